package io.screenpop.connectwise.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A service board ({@code /service/boards}, schema {@code Board}).
 *
 * @param id           board id
 * @param name         e.g. Help Desk
 * @param inactiveFlag whether the board is retired
 * @param projectFlag  whether it is a project board (project tickets, not service tickets)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Board(Integer id, String name, Boolean inactiveFlag, Boolean projectFlag) {
}
