package io.screenpop.connectwise.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A status of a board ({@code /service/boards/{parentId}/statuses}, schema {@code BoardStatus}).
 *
 * @param id           status id
 * @param name         e.g. In Progress
 * @param sortOrder    position on the board
 * @param inactive     whether the status is retired
 * @param closedStatus whether tickets in it are closed
 * @param defaultFlag  the status new tickets get
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BoardStatus(Integer id, String name, Integer sortOrder, Boolean inactive, Boolean closedStatus,
        Boolean defaultFlag) {
}
