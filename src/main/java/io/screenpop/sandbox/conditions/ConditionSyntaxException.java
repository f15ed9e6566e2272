package io.screenpop.sandbox.conditions;

/** A ConnectWise {@code conditions} string that cannot be parsed. */
public class ConditionSyntaxException extends IllegalArgumentException {

    /** @param message what is wrong and where (character position) */
    public ConditionSyntaxException(String message) {
        super(message);
    }
}
