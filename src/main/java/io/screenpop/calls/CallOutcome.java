package io.screenpop.calls;

import io.screenpop.index.LookupOutcome;

/** What a call's lookup found, as {@code /calls} and {@code /api/calls} show it. */
public enum CallOutcome {
    /** One company (and at most one contact): the pop went straight to it. */
    SINGLE_MATCH("single_match", "Single match"),
    /** Several contacts or companies hold the number: the agent chose. */
    CHOICE("choice", "Choice"),
    /** A valid number nobody holds: an unknown caller. */
    NO_MATCH("no_match", "No match"),
    /** Withheld caller ID or text that is not a phone number. */
    NOT_A_NUMBER("not_a_number", "Not a number"),
    /** A technician's internal extension. */
    INTERNAL_EXTENSION("internal_extension", "Internal extension");

    private final String wire;
    private final String label;

    CallOutcome(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    /** @return the name in JSON and URLs, e.g. {@code no_match} */
    public String wire() {
        return wire;
    }

    /** @return the name agents read, e.g. {@code No match} */
    public String label() {
        return label;
    }

    /**
     * @param outcome the phone index's classification
     * @return the call outcome it stands for
     */
    public static CallOutcome of(LookupOutcome outcome) {
        return switch (outcome) {
            case HIT -> SINGLE_MATCH;
            case MULTIPLE -> CHOICE;
            case MISS -> NO_MATCH;
            case INVALID -> NOT_A_NUMBER;
        };
    }

    /**
     * @param wire a wire name such as {@code no_match}, any case
     * @return the outcome, or {@code null} when the name is unknown
     */
    public static CallOutcome fromWire(String wire) {
        for (CallOutcome o : values()) {
            if (o.wire.equalsIgnoreCase(wire)) {
                return o;
            }
        }
        return null;
    }
}
