package io.screenpop.extensions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An extension assignment as the page and tools see it.
 *
 * @param extension        e.g. {@code 205}
 * @param memberIdentifier e.g. {@code tlopez}
 * @param memberName       e.g. Tina Lopez
 * @param assignedAt       when (ISO-8601 UTC)
 */
public record ExtensionView(String extension, @JsonProperty("member_identifier") String memberIdentifier,
        @JsonProperty("member_name") String memberName, @JsonProperty("assigned_at") String assignedAt) {

    /** @return the view of a row */
    public static ExtensionView of(InternalExtension e) {
        return new ExtensionView(e.extension, e.memberIdentifier, e.memberName,
                e.assignedAt == null ? null : e.assignedAt.toString());
    }
}
