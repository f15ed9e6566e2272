package io.screenpop.browser;

import io.quarkus.test.common.http.TestHTTPResource;

/** What every real-browser test of the pages shares: the running service's base URL and full page URLs on it. */
abstract class PageTest {

    @TestHTTPResource("/")
    java.net.URL base;

    /** @return the absolute URL of a path on the service under test, e.g. {@code url("/calls")} */
    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
