package io.screenpop.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;


import io.quarkus.cache.CacheResult;
import io.screenpop.api.InvalidInputException;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.model.CommunicationType;

/**
 * The phone and fax communication types of this ConnectWise instance
 * ({@code /company/communicationTypes}), cached for ten minutes. Names differ per instance, so
 * they are read, never hard-coded.
 */
@ApplicationScoped
public class PhoneTypes {

    private final ConnectWise connectWise;

    /** CDI constructor. */
    public PhoneTypes(ConnectWise connectWise) {
        this.connectWise = connectWise;
    }

    /** @return every communication type of the instance (phone, fax and e-mail), cached */
    @CacheResult(cacheName = "communication-types")
    public List<CommunicationType> all() {
        return List.copyOf(connectWise.communicationTypes(CwQuery.all()));
    }

    /** @return the phone and fax types, default first */
    public List<CommunicationType> phoneTypes() {
        return all().stream().filter(PhoneTypes::isNumberType)
                .sorted((a, b) -> Boolean.compare(Boolean.TRUE.equals(b.defaultFlag()), Boolean.TRUE.equals(a.defaultFlag())))
                .toList();
    }

    /**
     * Resolves a type name an agent or tool sent. An exact name (any case) wins; {@code Phone}
     * means the instance's default phone type when no type has that name.
     *
     * @param name e.g. {@code Cell}, {@code Direct}, {@code Fax}
     * @return the type
     * @throws InvalidInputException 400 naming {@code phone_type} and the valid names
     */
    public CommunicationType resolve(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        List<CommunicationType> types = phoneTypes();
        Optional<CommunicationType> exact = types.stream()
                .filter(t -> t.description() != null && t.description().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        if (wanted.equals("phone") && !types.isEmpty()) {
            return types.stream().filter(t -> Boolean.TRUE.equals(t.phoneFlag())).findFirst().orElse(types.get(0));
        }
        throw new InvalidInputException("phone_type", "Unknown phone type '" + name + "'. Use one of: "
                + types.stream().map(CommunicationType::description).collect(Collectors.joining(", ")));
    }

    /** @return the instance's default e-mail type, if it has one */
    public Optional<CommunicationType> emailType() {
        return all().stream().filter(t -> Boolean.TRUE.equals(t.emailFlag()))
                .sorted((a, b) -> Boolean.compare(Boolean.TRUE.equals(b.defaultFlag()), Boolean.TRUE.equals(a.defaultFlag())))
                .findFirst();
    }

    /** @return "Fax" for fax types, "Phone" otherwise: ConnectWise's {@code communicationType} */
    public static String communicationTypeOf(CommunicationType type) {
        return Boolean.TRUE.equals(type.faxFlag()) && !Boolean.TRUE.equals(type.phoneFlag()) ? "Fax" : "Phone";
    }

    private static boolean isNumberType(CommunicationType t) {
        return Boolean.TRUE.equals(t.phoneFlag()) || Boolean.TRUE.equals(t.faxFlag());
    }
}
