package io.screenpop.api;

import java.util.Map;

/**
 * Input that passed bean validation but is still wrong against ConnectWise's data (an unknown
 * phone type, a territory that does not exist). Answered 400 with the field and the reason;
 * nothing was written.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> errors;

    /**
     * @param field  the form field, e.g. {@code phone_type}
     * @param reason why it is wrong, for the agent
     */
    public InvalidInputException(String field, String reason) {
        super(reason);
        this.errors = Map.of(field, reason);
    }

    /** @return field → reason */
    public Map<String, String> errors() {
        return errors;
    }
}
