package io.screenpop.tickets;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Defaults of {@code POST /api/tickets} for callers that name no board or priority. */
@ConfigMapping(prefix = "ticket")
public interface TicketConfig {

    /** Board id or name used when a ticket names none ({@code TICKET_DEFAULT_BOARD}). */
    Optional<String> defaultBoard();

    /** Priority id or name used when a ticket names none ({@code TICKET_DEFAULT_PRIORITY}). */
    Optional<String> defaultPriority();
}
