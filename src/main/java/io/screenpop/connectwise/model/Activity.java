package io.screenpop.connectwise.model;

/**
 * A ConnectWise activity ({@code /sales/activities}, schema {@code Activity}), trimmed to the fields
 * this service reads back after creating one.
 *
 * @param id      activity id
 * @param name    subject
 * @param type    activity type {id, name}
 * @param company company {id, identifier, name}, or {@code null}
 * @param contact contact {id, name}, or {@code null}
 */
public record Activity(Integer id, String name, Reference type, Reference company, Reference contact) {
}
