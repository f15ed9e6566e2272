package io.screenpop.sandbox.seed;

/**
 * A phone number from a range reserved for fiction, in three groups: US {@code 408 555 1212},
 * UK {@code 20 7946 0958} (national number without the trunk 0) or {@code 7700 900 123}.
 */
record FictionalNumber(boolean uk, String area, String exchange, String line) {

    /** @return the national significant number, e.g. {@code 4085551212} or {@code 2079460958} */
    String national() {
        return area + exchange + line;
    }
}
