package io.screenpop.sandbox.faults;

/** What an injected {@link Fault} does to a matching sandbox API call. */
public enum FaultKind {
    /** Answer with the fault's error status instead of serving the request. */
    ERROR,
    /** Only delay the request (slow mode; a long delay is a hang), then serve it. */
    DELAY,
    /** Serve the request (a write is made), then answer 504 as a gateway that lost the answer would. */
    LOST_ANSWER,
    /** Answer {@code 200 []} without a {@code Link} header, as ConnectWise does when the API member lost a permission. */
    EMPTY_LIST,
    /** Serve the request but drop its {@code Link} header, as a proxy that strips it would: paging stops there. */
    STRIP_LINK
}
