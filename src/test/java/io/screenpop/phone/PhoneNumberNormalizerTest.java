package io.screenpop.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberNormalizerTest {

    private final PhoneNumberNormalizer normalizer = new PhoneNumberNormalizer("US");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "(408) 555-1212      | +14085551212 | ",
            "408.555.1212        | +14085551212 | ",
            "+1 408 555 1212     | +14085551212 | ",
            "1-408-555-1212      | +14085551212 | ",
            "408-555-1212 x204   | +14085551212 | 204",
            "408-555-1212 ext. 204 | +14085551212 | 204",
            "408 555 1212 ext:17 | +14085551212 | 17",
            "4085551212          | +14085551212 | ",
            "14085551212         | +14085551212 | ",
            "+14085551212        | +14085551212 | ",
            "+44 20 7946 0958    | +442079460958 | ",
            "+44 (0)20 7946 0958 | +442079460958 | ",
    })
    void everyUsFormatMeetsAtOneE164(String raw, String e164, String extension) {
        Optional<NormalizedPhone> result = normalizer.normalize(raw);
        assertTrue(result.isPresent(), () -> raw + " should be a phone number");
        assertEquals(e164, result.get().e164());
        assertEquals(extension, result.get().extension());
    }

    @Test
    void nationalUkNumberIsReadInTheRecordsRegion() {
        assertEquals("+442079460958", normalizer.normalize("020 7946 0958", "GB", null).orElseThrow().e164());
        assertEquals("+442079460958", normalizer.normalize("+44 20 7946 0958", "GB", null).orElseThrow().e164());
    }

    @Test
    void separateExtensionFieldWinsAndNeverBlocksTheMatch() {
        NormalizedPhone phone = normalizer.normalize("408-555-1212 x9", null, "204").orElseThrow();
        assertEquals("+14085551212", phone.e164());
        assertEquals("204", phone.extension());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane@example.com", "see notes", "n/a", "204", "1234", "", "   ", "555-1212",
            "000-000-0000", "12", "call Bob at reception", "+1 408 555 1212 or 408 555 1213"})
    void valuesThatAreNotPhoneNumbersAreSkipped(String raw) {
        assertTrue(normalizer.normalize(raw).isEmpty(), () -> raw + " must not be indexed");
    }

    @Test
    void nullIsSkipped() {
        assertTrue(normalizer.normalize(null).isEmpty());
    }

    @Test
    void countryNamesFromConnectWiseBecomeRegions() {
        assertEquals("GB", CountryRegions.regionOf("United Kingdom").orElseThrow());
        assertEquals("US", CountryRegions.regionOf("United States").orElseThrow());
        assertEquals("US", CountryRegions.regionOf("USA").orElseThrow());
        assertEquals("CA", CountryRegions.regionOf("canada").orElseThrow());
        assertTrue(CountryRegions.regionOf("Atlantis").isEmpty());
        assertTrue(CountryRegions.regionOf(null).isEmpty());
    }

    @Test
    void displayUsesNationalFormAtHome() {
        assertEquals("(408) 555-1212", normalizer.display("+14085551212"));
        assertEquals("+44 20 7946 0958", normalizer.display("+442079460958"));
    }
}
