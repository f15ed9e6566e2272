package io.screenpop.sandbox.seed;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Hands out distinct fictional numbers: US numbers in a city's area codes (then any other US area
 * code when those run out), UK landlines in a city's drama range, UK mobiles in 07700 900xxx.
 * Fixture numbers are never handed out. Returns null when every suitable range is exhausted.
 */
final class NumberAllocator {

    private final Map<String, NumberPool> pools = new HashMap<>();
    private final Set<String> reserved;
    private final SplittableRandom random;

    NumberAllocator(Set<String> reserved, SplittableRandom random) {
        this.reserved = reserved;
        this.random = random;
    }

    /** @return a landline (US or UK) in the city's ranges, or null */
    FictionalNumber landline(City city) {
        for (String range : city.areaCodes()) {
            FictionalNumber number = pool(city.uk(), range).take(reserved);
            if (number != null) {
                return number;
            }
        }
        if (city.uk()) {
            return null;
        }
        for (City other : DemoPlaces.US) {
            for (String area : other.areaCodes()) {
                FictionalNumber number = pool(false, area).take(reserved);
                if (number != null) {
                    return number;
                }
            }
        }
        return null;
    }

    /** @return a mobile number: UK 07700 900xxx for UK cities, else a US landline-style number; or null */
    FictionalNumber mobile(City city) {
        if (!city.uk()) {
            return landline(city);
        }
        FictionalNumber number = pool(true, DemoPlaces.UK_MOBILE_RANGE).take(reserved);
        return number != null ? number : landline(city);
    }

    private NumberPool pool(boolean uk, String range) {
        return pools.computeIfAbsent((uk ? "UK " : "US ") + range, key -> uk
                ? NumberPool.uk(range, random.nextInt(1000))
                : NumberPool.us(range, random.nextInt(9900)));
    }
}
