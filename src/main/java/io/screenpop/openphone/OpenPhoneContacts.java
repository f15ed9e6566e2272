package io.screenpop.openphone;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Pushes contacts created through this service to OpenPhone when {@code OPENPHONE_API_KEY} is set
 * (one INFO line at start-up says when it is not), keeps the OpenPhone contact id of each
 * ({@link OpenPhoneLinks}), and updates that OpenPhone contact, instead of creating a second one, when
 * the contact changes here (a number added) or is pushed again. A push never fails the ConnectWise write it
 * follows: OpenPhone failing or taking more than 3 s is logged (without the key), counted in
 * {@code screenpop_openphone_pushes_total{result=success|error|timeout}} and reported as
 * {@code integrated:false}.
 */
@ApplicationScoped
public class OpenPhoneContacts {

    private static final Logger LOG = Logger.getLogger(OpenPhoneContacts.class);

    private final OpenPhoneClient client;
    private final Optional<String> apiKey;
    private final MeterRegistry registry;
    private final OpenPhoneLinks links;

    /** CDI constructor. */
    public OpenPhoneContacts(@RestClient OpenPhoneClient client, OpenPhoneConfig config, MeterRegistry registry,
            OpenPhoneLinks links) {
        this.client = client;
        this.apiKey = config.apiKey().map(String::strip).filter(k -> !k.isEmpty());
        this.registry = registry;
        this.links = links;
    }

    void announce(@Observes StartupEvent start) {
        if (apiKey.isEmpty()) {
            LOG.info("OpenPhone contact push is off: OPENPHONE_API_KEY is not set");
        }
    }

    /**
     * A ConnectWise contact as OpenPhone gets it.
     *
     * @param connectWiseId the ConnectWise contact id (OpenPhone's {@code externalId})
     * @param firstName     first name
     * @param lastName      last name
     * @param company       company name, or {@code null}
     * @param emails        e-mail addresses, default first (may be empty)
     * @param numbers       the contact's numbers in E.164, at least one
     */
    public record Person(int connectWiseId, String firstName, String lastName, String company, List<String> emails,
            List<String> numbers) {
    }

    /** @return whether {@code OPENPHONE_API_KEY} is set */
    public boolean configured() {
        return apiKey.isPresent();
    }

    /**
     * Creates the contact in OpenPhone, or updates the OpenPhone contact it was pushed as before
     * (the id kept in {@code openphone_contact}), and records the id.
     *
     * @param connectWiseId the ConnectWise contact id (OpenPhone's {@code externalId})
     * @param firstName     first name
     * @param lastName      last name
     * @param company       company name, or {@code null}
     * @param email         e-mail address, or {@code null}
     * @param e164          the contact's number in E.164
     * @return the outcome, or empty when OpenPhone is not configured
     */
    public Optional<OpenPhonePush> push(int connectWiseId, String firstName, String lastName, String company,
            String email, String e164) {
        return push(new Person(connectWiseId, firstName, lastName, company,
                email == null || email.isBlank() ? List.of() : List.of(email.strip()), List.of(e164)));
    }

    /**
     * Creates or updates the contact in OpenPhone ({@link #push(int, String, String, String, String, String)}).
     *
     * @param person the contact with all its numbers
     * @return the outcome, or empty when OpenPhone is not configured
     */
    public Optional<OpenPhonePush> push(Person person) {
        if (apiKey.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> known = links.of(person.connectWiseId());
        return Optional.of(known.map(id -> send(person, id)).orElseGet(() -> send(person, null)));
    }

    /**
     * Updates the OpenPhone contact of a ConnectWise contact this service pushed before (a number was
     * added to it); a contact never pushed is left alone.
     *
     * @param person the contact with all its numbers
     * @return the outcome, or empty when OpenPhone is not configured or never had the contact
     */
    public Optional<OpenPhonePush> update(Person person) {
        if (apiKey.isEmpty()) {
            return Optional.empty();
        }
        return links.of(person.connectWiseId()).map(id -> send(person, id));
    }

    /** Creates ({@code openPhoneId} null) or updates the contact; never throws. */
    private OpenPhonePush send(Person person, String openPhoneId) {
        OpenPhoneContact contact = new OpenPhoneContact(new OpenPhoneContact.DefaultFields(person.firstName(),
                person.lastName(), person.company(),
                person.emails().stream().map(e -> new OpenPhoneContact.LabelledValue("Email", e)).toList(),
                person.numbers().stream().map(n -> new OpenPhoneContact.LabelledValue("Phone", n)).toList()),
                Integer.toString(person.connectWiseId()), "screenpop");
        int connectWiseId = person.connectWiseId();
        String verb = openPhoneId == null ? "pushed to" : "updated in";
        try {
            OpenPhoneContact.Created answer = openPhoneId == null ? client.createContact(apiKey.get(), contact)
                    : client.updateContact(apiKey.get(), openPhoneId, contact);
            String id = answer == null || answer.data() == null || answer.data().id() == null ? openPhoneId : answer.data().id();
            if (id != null) {
                links.save(connectWiseId, id);
            }
            count("success");
            LOG.infof("ConnectWise contact %d %s OpenPhone as %s", connectWiseId, verb, id);
            return new OpenPhonePush(true, id, null);
        } catch (TimeoutException e) {
            count("timeout");
            LOG.warnf("OpenPhone did not answer in time; ConnectWise contact %d was not %s it", connectWiseId, verb);
            return new OpenPhonePush(false, openPhoneId, "OpenPhone did not answer in time");
        } catch (RuntimeException e) {
            count("error");
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warnf("OpenPhone refused or failed: ConnectWise contact %d was not %s it: %s", connectWiseId, verb, why);
            return new OpenPhonePush(false, openPhoneId, "OpenPhone push failed: " + e.getMessage());
        }
    }

    private void count(String result) {
        Counter.builder("screenpop.openphone.pushes").tag("result", result)
                .description("Contacts pushed to OpenPhone by result").register(registry).increment();
    }
}
