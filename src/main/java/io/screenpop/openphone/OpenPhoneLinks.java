package io.screenpop.openphone;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads and writes {@link OpenPhoneLink}s: which OpenPhone contact each pushed ConnectWise contact became. */
@ApplicationScoped
public class OpenPhoneLinks {

    /**
     * @param connectWiseId ConnectWise contact id
     * @return the OpenPhone contact id it was pushed as, if it was
     */
    @Transactional
    public Optional<String> of(int connectWiseId) {
        return OpenPhoneLink.<OpenPhoneLink>findByIdOptional(connectWiseId).map(l -> l.openphoneContactId);
    }

    /**
     * Records (or replaces) the OpenPhone contact of a ConnectWise contact.
     *
     * @param connectWiseId ConnectWise contact id
     * @param openPhoneId   OpenPhone's contact id
     */
    @Transactional
    public void save(int connectWiseId, String openPhoneId) {
        OpenPhoneLink link = OpenPhoneLink.<OpenPhoneLink>findByIdOptional(connectWiseId).orElseGet(() -> {
            OpenPhoneLink fresh = new OpenPhoneLink();
            fresh.connectwiseContactId = connectWiseId;
            return fresh;
        });
        link.openphoneContactId = openPhoneId;
        link.pushedAt = Instant.now();
        link.persist();
    }
}
