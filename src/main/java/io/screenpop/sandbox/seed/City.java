package io.screenpop.sandbox.seed;

import java.util.List;

/**
 * A place demo companies are located in.
 *
 * @param name city name
 * @param state US state code, empty in the UK
 * @param zip a real-looking ZIP or postcode
 * @param uk true for United Kingdom
 * @param areaCodes US area codes (numbers use exchange 555) or, in the UK, one Ofcom drama range as
 *                  {@code "area exchange"}, e.g. {@code "20 7946"} for 020 7946 0xxx
 */
record City(String name, String state, String zip, boolean uk, List<String> areaCodes) {

    static City us(String name, String state, String zip, String... areaCodes) {
        return new City(name, state, zip, false, List.of(areaCodes));
    }

    static City uk(String name, String postcode, String dramaRange) {
        return new City(name, "", postcode, true, List.of(dramaRange));
    }
}
