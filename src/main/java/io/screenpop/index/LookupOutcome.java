package io.screenpop.index;

/** What a lookup of a caller's number found. */
public enum LookupOutcome {
    /** One company, and at most one contact at it: the screenpop can go straight there. */
    HIT,
    /** Several contacts at one company, or several companies: the agent chooses. */
    MULTIPLE,
    /** A valid number nobody in the index holds. */
    MISS,
    /** Not a phone number (hidden caller, text, an internal extension). */
    INVALID
}
