package io.screenpop.extensions;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of an extension write, e.g.
 * {@code {"success":true,"message":"Extension 205 assigned to Tina Lopez","assignment":{…}}}.
 *
 * @param success    whether the write happened
 * @param message    what happened
 * @param assignment the assignment now, or {@code null} after unassigning
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtensionAnswer(boolean success, String message, ExtensionView assignment) {
}
