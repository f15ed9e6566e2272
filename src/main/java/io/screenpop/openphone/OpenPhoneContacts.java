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
 * (one INFO line at start-up says when it is not). A push never fails the ConnectWise write it
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

    /** CDI constructor. */
    public OpenPhoneContacts(@RestClient OpenPhoneClient client, OpenPhoneConfig config, MeterRegistry registry) {
        this.client = client;
        this.apiKey = config.apiKey().map(String::strip).filter(k -> !k.isEmpty());
        this.registry = registry;
    }

    void announce(@Observes StartupEvent start) {
        if (apiKey.isEmpty()) {
            LOG.info("OpenPhone contact push is off: OPENPHONE_API_KEY is not set");
        }
    }

    /**
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
        if (apiKey.isEmpty()) {
            return Optional.empty();
        }
        OpenPhoneContact contact = new OpenPhoneContact(new OpenPhoneContact.DefaultFields(firstName, lastName, company,
                email == null || email.isBlank() ? List.of() : List.of(new OpenPhoneContact.LabelledValue("Email", email.strip())),
                List.of(new OpenPhoneContact.LabelledValue("Phone", e164))), Integer.toString(connectWiseId), "screenpop");
        try {
            OpenPhoneContact.Created created = client.createContact(apiKey.get(), contact);
            String id = created == null || created.data() == null ? null : created.data().id();
            count("success");
            LOG.infof("ConnectWise contact %d pushed to OpenPhone as %s", connectWiseId, id);
            return Optional.of(new OpenPhonePush(true, id, null));
        } catch (TimeoutException e) {
            count("timeout");
            LOG.warnf("OpenPhone did not answer in time; ConnectWise contact %d was not pushed", connectWiseId);
            return Optional.of(new OpenPhonePush(false, null, "OpenPhone did not answer in time"));
        } catch (RuntimeException e) {
            count("error");
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warnf("OpenPhone refused or failed the push of ConnectWise contact %d: %s", connectWiseId, why);
            return Optional.of(new OpenPhonePush(false, null, "OpenPhone push failed: " + e.getMessage()));
        }
    }

    private void count(String result) {
        Counter.builder("screenpop.openphone.pushes").tag("result", result)
                .description("Contacts pushed to OpenPhone by result").register(registry).increment();
    }
}
