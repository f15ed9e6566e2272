package io.screenpop.screenpop;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The screenpop tests again, against the packaged application (JAR, or native executable with -Dnative). */
@QuarkusIntegrationTest
class ScreenpopResourceIT extends ScreenpopResourceTest {
}
