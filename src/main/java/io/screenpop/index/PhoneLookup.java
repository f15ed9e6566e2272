package io.screenpop.index;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.screenpop.phone.NormalizedPhone;
import io.screenpop.phone.PhoneNumberNormalizer;

/**
 * Answers "who is calling?" from the in-memory index: normalises the caller value to E.164 and
 * classifies the matches. Counts lookups by outcome ({@code screenpop_lookups_total}) and times
 * them ({@code screenpop_lookup_seconds}). Never touches the database.
 */
@ApplicationScoped
public class PhoneLookup {

    private final PhoneIndex index;
    private final PhoneNumberNormalizer normalizer;
    private final Timer timer;
    private final Counter hit;
    private final Counter multiple;
    private final Counter miss;
    private final Counter invalid;

    /** CDI constructor. */
    public PhoneLookup(PhoneIndex index, PhoneNumberNormalizer normalizer, MeterRegistry registry) {
        this.index = index;
        this.normalizer = normalizer;
        this.timer = Timer.builder("screenpop.lookup").description("Phone index lookup latency").register(registry);
        this.hit = counter(registry, "hit");
        this.multiple = counter(registry, "multiple");
        this.miss = counter(registry, "miss");
        this.invalid = counter(registry, "invalid");
    }

    /**
     * @param dialled the caller value as a phone system sends it, e.g. {@code +14085551212},
     *                {@code 4085551212} or a {@code +} that a URL decoded into a space
     * @return the lookup result; never {@code null}
     */
    public LookupResult lookup(String dialled) {
        long start = System.nanoTime();
        LookupResult result = classify(dialled);
        timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        switch (result.outcome()) {
            case HIT -> hit.increment();
            case MULTIPLE -> multiple.increment();
            case MISS -> miss.increment();
            default -> invalid.increment();
        }
        return result;
    }

    /**
     * @param dialled a caller value
     * @return its E.164 form, if it is a phone number
     */
    public Optional<NormalizedPhone> normalize(String dialled) {
        if (dialled == null) {
            return Optional.empty();
        }
        // Fast path: a plain form the index holds was validated by libphonenumber when it was
        // indexed; parsing the caller value again would cost microseconds for nothing.
        String plain = plainCandidate(dialled);
        if (plain != null && !index.lookup(plain).isEmpty()) {
            return Optional.of(new NormalizedPhone(plain, null));
        }
        // "+1408..." sent unencoded in a query string arrives as " 1408...": put the plus back.
        if (dialled.startsWith(" ") && !dialled.isBlank() && Character.isDigit(dialled.strip().charAt(0))) {
            Optional<NormalizedPhone> international = normalizer.normalize("+" + dialled.strip());
            if (international.isPresent()) {
                return international;
            }
        }
        return normalizer.normalize(dialled);
    }

    /**
     * The E.164 form of a value made only of digits and the separators space, {@code -}, {@code .},
     * {@code (} and {@code )}, where that form is plain: {@code +} then the digits (E.164 itself
     * included); or, when the default region is in the North American Numbering Plan (calling code
     * 1), ten digits starting 2-9 or {@code 1} and ten such digits, for which libphonenumber's answer is {@code +1} and the
     * ten digits (NANP area codes never start with 0 or 1, so no national prefix is stripped).
     * Used only when the index holds the result, i.e. libphonenumber called it valid when indexing,
     * so it equals what a full parse would give; anything else (extensions, letters, trunk
     * prefixes such as {@code (0)}, other regions' national forms) takes the full parse.
     */
    private String plainCandidate(String value) {
        int n = value.length();
        if (n < 7 || n > 32) {
            return null;
        }
        char[] digits = new char[16];
        int count = 0;
        boolean plus = false;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == digits.length) {
                    return null;
                }
                digits[count++] = c;
            } else if (c == '+' && count == 0 && !plus) {
                plus = true;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return null;
            }
        }
        if (plus) {
            if (count < 7 || count > 15 || digits[0] == '0') {
                return null;
            }
            return count == n - 1 ? value : "+" + new String(digits, 0, count); // already E.164: no copy
        }
        if (normalizer.defaultCallingCode() != 1) {
            return null;
        }
        if (count == 10 && digits[0] >= '2') {
            return "+1" + new String(digits, 0, 10);
        }
        if (count == 11 && digits[0] == '1' && digits[1] >= '2') {
            return "+" + new String(digits, 0, 11);
        }
        return null;
    }

    private LookupResult classify(String dialled) {
        Optional<NormalizedPhone> phone = normalize(dialled);
        if (phone.isEmpty()) {
            return new LookupResult(dialled, null, null, List.of(), LookupOutcome.INVALID);
        }
        String e164 = phone.get().e164();
        List<IndexMatch> matches = index.lookup(e164);
        return new LookupResult(dialled, e164, phone.get().extension(), matches, outcomeOf(matches));
    }

    /**
     * @param matches the matches of one number
     * @return HIT when they name one company (or one contact without a company) and at most one contact
     */
    static LookupOutcome outcomeOf(List<IndexMatch> matches) {
        if (matches.isEmpty()) {
            return LookupOutcome.MISS;
        }
        if (matches.size() == 1) {
            return LookupOutcome.HIT;
        }
        Set<Integer> companies = matches.stream().map(m -> m.companyId() == null ? -1 : m.companyId())
                .collect(Collectors.toSet());
        long contacts = matches.stream().map(IndexMatch::contactId).filter(id -> id != null).distinct().count();
        return companies.size() == 1 && contacts <= 1 ? LookupOutcome.HIT : LookupOutcome.MULTIPLE;
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("screenpop.lookups").tag("outcome", outcome)
                .description("Caller lookups by outcome").register(registry);
    }
}
