package io.screenpop.connectwise.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /sales/activities} (schema {@code Activity}); {@code null} fields are not sent,
 * so ConnectWise applies its defaults (e.g. {@code assignTo} = the API member).
 *
 * @param name        subject, ≤ 100 characters (required)
 * @param type        activity type by id (Call), or {@code null} for the instance's default
 * @param company     company by id, or {@code null}
 * @param contact     contact by id, or {@code null}
 * @param phoneNumber the number, ≤ 30 characters
 * @param status      status by id (a closed one for a finished call), or {@code null} for the default
 * @param notes       free text
 * @param dateStart   start, ISO-8601 UTC, e.g. {@code 2025-06-02T15:04:05Z}
 * @param dateEnd     end, ISO-8601 UTC
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewActivity(String name, Reference type, Reference company, Reference contact, String phoneNumber,
        Reference status, String notes, String dateStart, String dateEnd) {
}
