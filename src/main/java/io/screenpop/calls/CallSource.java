package io.screenpop.calls;

/** Where a recorded call came from. */
public enum CallSource {
    /** A phone system opened {@code /screenpop} in the agent's browser. */
    SCREENPOP("screenpop", "Screenpop"),
    /** A contact-center platform called {@code /api/lookup} with an API key. */
    LOOKUP("lookup", "CCaaS lookup"),
    /** 3CX's CRM integration called {@code /api/3cx/crm}. */
    THREECX("3cx", "3CX");

    private final String wire;
    private final String label;

    CallSource(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    /** @return the name in JSON, e.g. {@code lookup} */
    public String wire() {
        return wire;
    }

    /** @return the name agents read, e.g. {@code CCaaS lookup} */
    public String label() {
        return label;
    }

    /**
     * @param wire a stored name
     * @return the source, or {@code SCREENPOP} for an unknown name
     */
    public static CallSource fromWire(String wire) {
        for (CallSource s : values()) {
            if (s.wire.equals(wire)) {
                return s;
            }
        }
        return SCREENPOP;
    }
}
