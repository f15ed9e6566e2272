package io.screenpop.contacts;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import io.screenpop.phone.NormalizedPhone;
import io.screenpop.phone.PhoneNumberNormalizer;

/**
 * How a number is written into ConnectWise: digits only in national form for the default region
 * ({@code 4084511400}, which ConnectWise formats for display), E.164 for other countries
 * ({@code +442079460958}), so that every reader, this service included, parses it back unambiguously.
 */
@ApplicationScoped
public class StoredNumber {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final PhoneNumberNormalizer normalizer;

    /** CDI constructor. */
    public StoredNumber(PhoneNumberNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * @param phone a normalised number
     * @return the value to store in a communication item or company phone field
     */
    public String valueOf(NormalizedPhone phone) {
        try {
            var number = UTIL.parse(phone.e164(), normalizer.defaultRegion());
            if (normalizer.defaultRegion().equals(UTIL.getRegionCodeForNumber(number))) {
                return UTIL.getNationalSignificantNumber(number);
            }
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            // fall through to E.164
        }
        return phone.e164();
    }
}
