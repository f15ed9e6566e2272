package io.screenpop.phone;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Turns phone numbers written any way people write them into E.164 with libphonenumber.
 * <p>
 * National forms ({@code (408) 555-1212}, {@code 020 7946 0958}) are read in the region given
 * (a company's country) or {@code PHONE_DEFAULT_REGION}. An extension ({@code x204},
 * {@code ext. 204}, {@code ;ext=204}) is split off and never blocks a match on the main number.
 * Values that are not dialable numbers (emails, text, short internal extensions, numbers too
 * short or long for their country) yield empty.
 */
@ApplicationScoped
public class PhoneNumberNormalizer {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Extension suffixes libphonenumber does not read itself, e.g. "ext:204" or "extension 204". */
    private static final Pattern EXTENSION_SUFFIX =
            Pattern.compile("(?i)\\s*[,;]?\\s*(?:extension|ext\\.?|x|#)\\s*[:.]?\\s*(\\d{1,7})\\s*$");
    private static final Pattern HAS_LETTERS_OTHER_THAN_EXTENSION = Pattern.compile("[A-Za-z@]");

    private final String defaultRegion;
    private final int defaultCallingCode;

    /** CDI constructor. */
    @jakarta.inject.Inject
    public PhoneNumberNormalizer(PhoneConfig config) {
        this(config.defaultRegion());
    }

    /**
     * @param defaultRegion ISO 3166-1 alpha-2 region for national forms, e.g. {@code US}
     */
    public PhoneNumberNormalizer(String defaultRegion) {
        this.defaultRegion = defaultRegion.toUpperCase(java.util.Locale.ROOT);
        this.defaultCallingCode = UTIL.getCountryCodeForRegion(this.defaultRegion);
    }

    /** @return the default region's country calling code, e.g. 1 for {@code US} (0 for an unknown region) */
    public int defaultCallingCode() {
        return defaultCallingCode;
    }

    /** @return the configured default region, e.g. {@code US} */
    public String defaultRegion() {
        return defaultRegion;
    }

    /**
     * Normalises a number read in the default region.
     *
     * @param raw the number as typed or stored; may be {@code null}
     * @return the E.164 number and extension, or empty when {@code raw} is not a phone number
     */
    public Optional<NormalizedPhone> normalize(String raw) {
        return normalize(raw, null, null);
    }

    /**
     * Normalises a number read in a given region.
     *
     * @param raw       the number as typed or stored; may be {@code null}
     * @param region    ISO alpha-2 region for national forms, or {@code null} for the default
     * @param extension a separately stored extension (ConnectWise's {@code extension} field), or {@code null};
     *                  it wins over one written into {@code raw}
     * @return the E.164 number and extension, or empty when {@code raw} is not a phone number
     */
    public Optional<NormalizedPhone> normalize(String raw, String region, String extension) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.isEmpty() || value.length() > 64) {
            return Optional.empty();
        }
        String suffixExtension = null;
        Matcher suffix = EXTENSION_SUFFIX.matcher(value);
        if (suffix.find() && suffix.start() > 0) {
            suffixExtension = suffix.group(1);
            value = value.substring(0, suffix.start());
        }
        if (HAS_LETTERS_OTHER_THAN_EXTENSION.matcher(value).find()) {
            return Optional.empty();
        }
        String parseRegion = region == null || region.isBlank() ? defaultRegion : region;
        PhoneNumber number;
        try {
            number = UTIL.parse(value, parseRegion);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
        if (UTIL.isPossibleNumberWithReason(number) != PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                || !UTIL.isValidNumber(number)) {
            return Optional.empty();
        }
        String ext = firstNonBlank(extension, suffixExtension, number.hasExtension() ? number.getExtension() : null);
        return Optional.of(new NormalizedPhone(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), ext));
    }

    /**
     * Formats an E.164 number for people: national form in the default region, international otherwise.
     *
     * @param e164 a number as produced by {@link #normalize(String)}
     * @return e.g. {@code (408) 555-1212} or {@code +44 20 7946 0958}; the input unchanged if it cannot be parsed
     */
    public String display(String e164) {
        try {
            PhoneNumber number = UTIL.parse(e164, defaultRegion);
            boolean home = UTIL.getRegionCodeForNumber(number) != null
                    && UTIL.getRegionCodeForNumber(number).equals(defaultRegion);
            return UTIL.format(number, home ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                    : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
