package io.screenpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.screenpop.phone.PhoneNumberNormalizer;

/**
 * The lookup's fast paths (E.164 and plain digit forms confirmed by the index) give exactly what a
 * full libphonenumber parse gives, for numbers the index holds and for ones it does not.
 */
class PhoneLookupTest {

    private static final PhoneNumberNormalizer US = new PhoneNumberNormalizer("US");

    private static PhoneLookup lookup(PhoneNumberNormalizer normalizer) {
        PhoneIndex index = new PhoneIndex(new SimpleMeterRegistry());
        index.replace(IndexView.of(List.of(main("+14085551212"), main("+442079460958"), main("+12125550175"))));
        return new PhoneLookup(index, normalizer, new SimpleMeterRegistry());
    }

    private static IndexMatch main(String e164) {
        return new IndexMatch(e164, e164, null, "Main", PhoneSource.COMPANY_MAIN, 1, "AcmeCorp", "ACME Corporation",
                null, null, null, null, null, Instant.parse("2024-01-15T10:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4085551212", "(408) 555-1212", "408.555.1212", "408-555-1212", "1-408-555-1212",
            "14085551212", " 14085551212", "+1 (408) 555-1212", "+14085551212", "+1.408.555.1212", "1 (212) 555-0175",
            "+44 20 7946 0958", "+44 (0)20 7946 0958", "+442079460958", "020 7946 0958", "1408555121", "0408555121",
            "4085551213", "+1 408 555 1213", "408-555-1212 x204", "(408) 555-1212;ext=7", "2079460958", "+0 408 555 1212",
            "12345", "anonymous", "408 555 12 12 12 12"})
    void aFastPathAnswersExactlyAsLibphonenumber(String dialled) {
        assertEquals(US.normalize(dialled.startsWith(" ") ? "+" + dialled.strip() : dialled), lookup(US).normalize(dialled),
                dialled);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4085551212", "14085551212", "(212) 555-0175", "+44 20 7946 0958", "020 7946 0958"})
    void outsideNorthAmericaNationalDigitsAreParsedInTheDefaultRegion(String dialled) {
        PhoneNumberNormalizer gb = new PhoneNumberNormalizer("GB");
        assertEquals(gb.normalize(dialled), lookup(gb).normalize(dialled), dialled);
    }
}
