package io.screenpop.api;

/**
 * A multi-step write stopped after some records were created in ConnectWise. The answer says what
 * exists, so nothing is orphaned silently.
 */
public class PartialWriteException extends RuntimeException {

    private final int status;
    private final WriteAnswer answer;

    /**
     * @param status HTTP status to answer (ConnectWise's refusal status, or 502)
     * @param answer the answer naming what was created
     * @param cause  the failure that stopped the write
     */
    public PartialWriteException(int status, WriteAnswer answer, Throwable cause) {
        super(answer.message(), cause);
        this.status = status;
        this.answer = answer;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the answer body */
    public WriteAnswer answer() {
        return answer;
    }
}
