package io.screenpop.connectwise;

import java.util.function.Predicate;

/**
 * Which failures of a ConnectWise write are retried: only 429 and 503, which ConnectWise answers
 * before processing the request. A 502/504 or a broken connection may hide a write that happened,
 * so it is reported to the caller instead of being repeated.
 */
public class RetryableWrite implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof ConnectWiseException cw && cw.isThrottled();
    }
}
