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
        // Fast path: a caller value already in E.164 that the index holds was validated by
        // libphonenumber when it was indexed; parsing it again would cost microseconds for nothing.
        if (isE164(dialled) && !index.lookup(dialled).isEmpty()) {
            return Optional.of(new NormalizedPhone(dialled, null));
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

    private static boolean isE164(String value) {
        int n = value.length();
        if (n < 8 || n > 16 || value.charAt(0) != '+' || value.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
