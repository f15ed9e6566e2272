package io.screenpop.sandbox.faults;

import java.time.Duration;

/**
 * A fault to inject into sandbox API calls (also the JSON body of {@code POST /sandbox/control/faults},
 * e.g. {@code {"kind":"LOST_ANSWER","pathContains":"/company/contacts","method":"POST"}}).
 * Missing values get defaults: {@code status} 0 means "delay only"; {@code count} 1 for failures,
 * 0 or negative means until cleared (the default for delay-only faults); {@code afterMatches} 0;
 * {@code retryAfterSeconds} 1 for 429 and 503, else none; {@code delayMillis} 0.
 *
 * @param status HTTP status to answer with (e.g. 429, 500, 503), or 0 to only delay
 * @param count how many matching requests fail
 * @param pathContains only requests whose API-relative path contains this text (null: all)
 * @param method only requests with this HTTP method (null: all)
 * @param afterMatches let this many matching requests succeed first ("fail halfway through paging")
 * @param retryAfterSeconds value of the {@code Retry-After} header, null for none
 * @param delayMillis delay before answering (slow mode)
 * @param kind what the fault does ({@link FaultKind}); default {@code ERROR} with a status, {@code DELAY} without
 */
public record Fault(Integer status, Integer count, String pathContains, String method, Integer afterMatches,
        Integer retryAfterSeconds, Long delayMillis, FaultKind kind) {

    /** Applies the defaults. */
    public Fault {
        status = status == null ? 0 : status;
        kind = kind == null ? (status == 0 ? FaultKind.DELAY : FaultKind.ERROR) : kind;
        status = kind == FaultKind.LOST_ANSWER && status == 0 ? 504 : status;
        count = count == null ? (kind == FaultKind.DELAY ? 0 : 1) : count;
        afterMatches = afterMatches == null ? 0 : afterMatches;
        retryAfterSeconds = retryAfterSeconds == null && (status == 429 || status == 503) ? Integer.valueOf(1) : retryAfterSeconds;
        delayMillis = delayMillis == null ? 0L : delayMillis;
        pathContains = pathContains == null || pathContains.isEmpty() ? null : pathContains;
        method = method == null || method.isEmpty() ? null : method;
    }

    /** @return one failure with this status on every path */
    public static Fault failing(int status) {
        return new Fault(status, null, null, null, null, null, null, FaultKind.ERROR);
    }

    /** @return a delay of every matching request, until cleared */
    public static Fault slow(Duration delay) {
        return new Fault(0, 0, null, null, null, null, delay.toMillis(), FaultKind.DELAY);
    }

    /** @return one request served (the write made) and then answered 504: the answer is lost */
    public static Fault lostAnswer() {
        return new Fault(504, 1, null, null, null, null, null, FaultKind.LOST_ANSWER);
    }

    /** @return one list answered {@code 200 []} */
    public static Fault emptyList() {
        return new Fault(0, 1, null, null, null, null, null, FaultKind.EMPTY_LIST);
    }

    /** @return one answer without its {@code Link} header: paging stops there */
    public static Fault stripLink() {
        return new Fault(0, 1, null, null, null, null, null, FaultKind.STRIP_LINK);
    }

    /** @return this fault for {@code n} matching requests (0: until cleared) */
    public Fault times(int n) {
        return new Fault(status, n, pathContains, method, afterMatches, retryAfterSeconds, delayMillis, kind);
    }

    /** @return this fault only for API paths containing {@code text}, e.g. {@code /company/contacts} */
    public Fault onPathContaining(String text) {
        return new Fault(status, count, text, method, afterMatches, retryAfterSeconds, delayMillis, kind);
    }

    /** @return this fault only for one HTTP method */
    public Fault onMethod(String httpMethod) {
        return new Fault(status, count, pathContains, httpMethod, afterMatches, retryAfterSeconds, delayMillis, kind);
    }

    /** @return this fault after {@code k} matching requests succeeded */
    public Fault afterMatches(int k) {
        return new Fault(status, count, pathContains, method, k, retryAfterSeconds, delayMillis, kind);
    }

    /** @return this fault with a {@code Retry-After} header */
    public Fault retryAfter(int seconds) {
        return new Fault(status, count, pathContains, method, afterMatches, seconds, delayMillis, kind);
    }

    /** @return this fault answered after a delay */
    public Fault delayed(Duration delay) {
        return new Fault(status, count, pathContains, method, afterMatches, retryAfterSeconds, delay.toMillis(), kind);
    }

    /** @return true when the fault only delays */
    public boolean delayOnly() {
        return kind == FaultKind.DELAY;
    }

    boolean applies(String httpMethod, String apiPath) {
        return (pathContains == null || apiPath.contains(pathContains))
                && (method == null || method.equalsIgnoreCase(httpMethod));
    }
}
