package io.screenpop.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.screenpop.api.InvalidInputException;

/** Which caller numbers are internal extensions, with the default and a configured pattern. */
class InternalExtensionsTest {

    @Test
    void defaultIsThreeOrFourDigits() {
        InternalExtensions extensions = new InternalExtensions(() -> "^\\d{3,4}$");
        assertTrue(extensions.isInternal("205"));
        assertTrue(extensions.isInternal(" 2040 "));
        assertFalse(extensions.isInternal("20"));
        assertFalse(extensions.isInternal("20405"));
        assertFalse(extensions.isInternal("4085551212"));
        assertFalse(extensions.isInternal("+205"));
        assertFalse(extensions.isInternal(null));
        assertEquals("205", extensions.valid(" 205"));
        assertThrows(InvalidInputException.class, () -> extensions.valid("x205"));
    }

    @Test
    void configuredPatternDecides() {
        InternalExtensions extensions = new InternalExtensions(() -> "^9\\d{2}$");
        assertTrue(extensions.isInternal("901"));
        assertFalse(extensions.isInternal("205"));
    }
}
