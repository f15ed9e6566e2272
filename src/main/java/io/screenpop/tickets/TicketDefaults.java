package io.screenpop.tickets;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.screenpop.api.InvalidInputException;
import io.screenpop.connectwise.model.Board;
import io.screenpop.connectwise.model.Priority;

/**
 * The board and priority of a new ticket when the caller names none:
 * <ul>
 * <li>board: {@code TICKET_DEFAULT_BOARD} (id or name) when set, else the instance's only active
 * service board; otherwise 400 naming {@code board} and listing the boards by name;</li>
 * <li>priority: {@code TICKET_DEFAULT_PRIORITY} (id or name) when set, else none, so ConnectWise
 * gives the ticket its own default priority.</li>
 * </ul>
 */
@ApplicationScoped
public class TicketDefaults {

    private final ServiceSetup setup;
    private final Optional<String> board;
    private final Optional<String> priority;

    /** CDI constructor. */
    public TicketDefaults(ServiceSetup setup, TicketConfig config) {
        this.setup = setup;
        this.board = config.defaultBoard().map(String::strip).filter(s -> !s.isEmpty());
        this.priority = config.defaultPriority().map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * @param requested the board the caller named (id or name), or {@code null}/blank
     * @return the board to create the ticket on
     * @throws InvalidInputException 400 naming {@code board}: an unknown board, or none named and no default
     */
    public Board board(String requested) {
        if (requested != null && !requested.isBlank()) {
            return setup.board(requested);
        }
        if (board.isPresent()) {
            try {
                return setup.board(board.get());
            } catch (InvalidInputException e) {
                throw new InvalidInputException("board", "is required: TICKET_DEFAULT_BOARD '" + board.get()
                        + "' is not an active service board. " + e.getMessage());
            }
        }
        List<Board> boards = setup.boards();
        if (boards.size() == 1) {
            return boards.get(0);
        }
        throw new InvalidInputException("board", boards.isEmpty() ? "is required, and this ConnectWise has no active service board"
                : "is required: this ConnectWise has " + boards.size() + " active service boards. Use one of: "
                        + boards.stream().map(Board::name).collect(Collectors.joining(", ")));
    }

    /**
     * @param requested the priority the caller named (id or name), or {@code null}/blank
     * @return the priority, or {@code null} to leave it to ConnectWise's default
     * @throws InvalidInputException 400 naming {@code priority} when the named (or configured) one is unknown
     */
    public Priority priority(String requested) {
        if (requested != null && !requested.isBlank()) {
            return setup.priority(requested);
        }
        return priority.map(setup::priority).orElse(null);
    }
}
