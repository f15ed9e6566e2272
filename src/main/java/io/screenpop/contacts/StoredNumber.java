package io.screenpop.contacts;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import io.screenpop.phone.NormalizedPhone;
import io.screenpop.phone.PhoneNumberNormalizer;

/**
 * How a number is written into ConnectWise: digits only in national form for the default region
 * ({@code 4084511400}, which ConnectWise formats for display), E.164 for other countries
 * ({@code +442079460958}), so that every reader, this service included, parses it back unambiguously. A record
 * whose company is in another country is read in that country's context (the index parses a UK company's numbers
 * as UK numbers), so there a default-region number is written in E.164 too.
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
        return valueOf(phone, null);
    }

    /**
     * @param phone        a normalised number
     * @param recordRegion the ISO region the record is read in (its company's country), or {@code null} when unknown
     * @return the value to store: national digits only when both the number and the record are in the default region
     */
    public String valueOf(NormalizedPhone phone, String recordRegion) {
        try {
            var number = UTIL.parse(phone.e164(), normalizer.defaultRegion());
            if (normalizer.defaultRegion().equals(UTIL.getRegionCodeForNumber(number))
                    && (recordRegion == null || recordRegion.equalsIgnoreCase(normalizer.defaultRegion()))) {
                return UTIL.getNationalSignificantNumber(number);
            }
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            // fall through to E.164
        }
        return phone.e164();
    }
}
