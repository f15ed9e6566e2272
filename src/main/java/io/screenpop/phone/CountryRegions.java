package io.screenpop.phone;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the country names ConnectWise stores on companies and contacts ({@code country.name},
 * e.g. "United Kingdom", "United States") to ISO 3166-1 alpha-2 regions for libphonenumber.
 * Names come from the JDK's English country names plus the common aliases MSPs type.
 */
public final class CountryRegions {

    private static final Map<String, String> BY_NAME = build();

    private CountryRegions() {
    }

    /**
     * @param countryName a country name or an ISO alpha-2/alpha-3 code, any case; may be {@code null}
     * @return the ISO alpha-2 region, or empty when the name is unknown or blank
     */
    public static Optional<String> regionOf(String countryName) {
        if (countryName == null || countryName.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(key(countryName)));
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            Locale locale = new Locale("", iso);
            map.put(key(locale.getDisplayCountry(Locale.ENGLISH)), iso);
            map.put(key(iso), iso);
            try {
                map.put(key(locale.getISO3Country()), iso);
            } catch (java.util.MissingResourceException ignored) {
                // a region without an alpha-3 code keeps its other names
            }
        }
        Map<String, String> aliases = Map.ofEntries(
                Map.entry("usa", "US"), Map.entry("united states of america", "US"), Map.entry("america", "US"),
                Map.entry("uk", "GB"), Map.entry("great britain", "GB"), Map.entry("england", "GB"),
                Map.entry("scotland", "GB"), Map.entry("wales", "GB"), Map.entry("northern ireland", "GB"),
                Map.entry("britain", "GB"), Map.entry("republic of ireland", "IE"), Map.entry("holland", "NL"));
        aliases.forEach((name, iso) -> map.put(key(name), iso));
        return Map.copyOf(map);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace(".", "");
    }
}
