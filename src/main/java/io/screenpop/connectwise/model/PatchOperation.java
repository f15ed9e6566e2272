package io.screenpop.connectwise.model;

/**
 * One JSON Patch operation (RFC 6902) as ConnectWise takes it on PATCH, e.g.
 * {@code {"op":"replace","path":"defaultContact","value":{"id":456}}}.
 *
 * @param op    {@code replace}, {@code add} or {@code remove}
 * @param path  field path, e.g. {@code billingTerms}
 * @param value the new value
 */
public record PatchOperation(String op, String path, Object value) {

    /** @return a {@code replace} operation */
    public static PatchOperation replace(String path, Object value) {
        return new PatchOperation("replace", path, value);
    }
}
