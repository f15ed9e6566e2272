package io.screenpop.sandbox.seed;

/** A company's postal address; {@code line2} may be null. */
record Address(String line1, String line2, String city, String state, String zip, boolean uk) {
}
