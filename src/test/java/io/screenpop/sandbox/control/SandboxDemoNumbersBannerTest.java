package io.screenpop.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SandboxDemoNumbersBannerTest {

    @Test
    void listsFixtureNumbersWrittenDifferentWays() {
        String text = DemoNumbersBanner.text(8080);
        assertTrue(text.contains("Try http://localhost:8080/screenpop?phone=4085551212 (ACME Corporation main line)"), text);
        assertTrue(text.contains("phone=%2B442079460958 (Globex UK Ltd"), text);
        assertTrue(text.contains("phone=503-555-0150 (Pat Lee at Initech AND Initrode"), text);
        assertTrue(text.contains("phone=%28408%29+555-1212"), text);
    }
}
