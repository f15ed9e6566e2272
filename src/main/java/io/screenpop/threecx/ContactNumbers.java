package io.screenpop.threecx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.screenpop.index.IndexState;
import io.screenpop.index.PhoneEntry;

/**
 * A contact's numbers by kind, from the live index generation: the mobile (a ConnectWise type named
 * like Cell or Mobile) and the desk phone (any other type that is not a fax).
 */
@ApplicationScoped
public class ContactNumbers {

    /**
     * A contact's numbers in E.164.
     *
     * @param phone  desk phone (Direct, Home …), or {@code null}
     * @param mobile mobile (Cell, Mobile …), or {@code null}
     */
    public record Numbers(String phone, String mobile) {
    }

    /**
     * @param contactId   ConnectWise contact id
     * @param calledE164  the number that matched; preferred for its own kind
     * @param calledType  its ConnectWise type name
     * @return the contact's desk and mobile numbers
     */
    @Transactional
    public Numbers of(int contactId, String calledE164, String calledType) {
        List<PhoneEntry> entries = PhoneEntry.<PhoneEntry>find("generation = ?1 and contactId = ?2 order by id",
                IndexState.get().currentGeneration, contactId).list();
        String phone = isDesk(calledType) ? calledE164 : first(entries, ContactNumbers::isDesk).orElse(null);
        String mobile = isMobile(calledType) ? calledE164 : first(entries, ContactNumbers::isMobile).orElse(null);
        return new Numbers(phone, mobile);
    }

    /**
     * @param contactId ConnectWise contact id
     * @return the contact's first desk and first mobile number in the live index generation
     */
    @Transactional
    public Numbers of(int contactId) {
        List<PhoneEntry> entries = PhoneEntry.<PhoneEntry>find("generation = ?1 and contactId = ?2 order by id",
                IndexState.get().currentGeneration, contactId).list();
        return new Numbers(first(entries, ContactNumbers::isDesk).orElse(null), first(entries, ContactNumbers::isMobile).orElse(null));
    }

    private static Optional<String> first(List<PhoneEntry> entries, java.util.function.Predicate<String> kind) {
        return entries.stream().filter(e -> kind.test(e.phoneType)).map(e -> e.e164).findFirst();
    }

    /** @return true for Cell, Mobile and the like */
    static boolean isMobile(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return t.contains("cell") || t.contains("mobile");
    }

    private static boolean isDesk(String type) {
        return !isMobile(type) && (type == null || !type.toLowerCase(Locale.ROOT).contains("fax"));
    }
}
