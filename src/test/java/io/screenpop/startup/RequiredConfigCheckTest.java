package io.screenpop.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The start-up checks' verdicts on single settings. */
class RequiredConfigCheckTest {

    @Test
    void aRateLimitMustBePositive() {
        assertEquals(Optional.of("API_RATE_LIMIT_PER_MINUTE must be a positive number of requests a minute per key, got 0"),
                RequiredConfigCheck.rateLimitProblem(0));
        assertTrue(RequiredConfigCheck.rateLimitProblem(-5).isPresent());
        assertEquals(Optional.empty(), RequiredConfigCheck.rateLimitProblem(1));
    }
}
