package io.screenpop.tickets;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;


import io.quarkus.cache.CacheResult;
import io.screenpop.api.InvalidInputException;
import io.screenpop.connectwise.Conditions;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.model.Board;
import io.screenpop.connectwise.model.BoardStatus;
import io.screenpop.connectwise.model.Priority;
import io.screenpop.connectwise.model.Ticket;

/**
 * The service-desk setup of this ConnectWise: active service boards, each board's active statuses,
 * and priorities, cached for ten minutes. Agents and tools name a board, status or priority by id or
 * by name (any case); an unknown one is a 400 listing the valid names.
 */
@ApplicationScoped
public class ServiceSetup {

    private final ConnectWise connectWise;

    /** CDI constructor. */
    public ServiceSetup(ConnectWise connectWise) {
        this.connectWise = connectWise;
    }

    /** @return the active service boards by name; cached */
    @CacheResult(cacheName = "service-boards")
    public List<Board> boards() {
        return connectWise.boards(CwQuery.where(Conditions.eq("inactiveFlag", false))).stream()
                .filter(b -> !Boolean.TRUE.equals(b.projectFlag()))
                .sorted(Comparator.comparing(Board::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** @return the priorities, most urgent first; cached */
    @CacheResult(cacheName = "service-priorities")
    public List<Priority> priorities() {
        return connectWise.priorities(CwQuery.all()).stream()
                .sorted(Comparator.comparing(p -> p.sortOrder() == null ? Integer.MAX_VALUE : p.sortOrder())).toList();
    }

    /** @param boardId board id @return the board's active statuses in board order; cached per board */
    @CacheResult(cacheName = "board-statuses")
    public List<BoardStatus> statuses(int boardId) {
        return connectWise.boardStatuses(boardId, CwQuery.where(Conditions.eq("inactive", false)).orderBy("sortOrder asc"));
    }

    /** @return the priority with this id, if known (for its colour) */
    public Optional<Priority> priority(Integer id) {
        return id == null ? Optional.empty() : priorities().stream().filter(p -> id.equals(p.id())).findFirst();
    }

    /** @param value board id or name @return the board. @throws InvalidInputException 400 naming {@code board} */
    public Board board(String value) {
        return pick(boards(), value, Board::id, Board::name, "board", "Unknown board");
    }

    /** @param value priority id or name @return the priority. @throws InvalidInputException 400 naming {@code priority} */
    public Priority priority(String value) {
        return pick(priorities(), value, Priority::id, Priority::name, "priority", "Unknown priority");
    }

    /**
     * @param ticket a ticket
     * @param value  status id or name
     * @return the status of the ticket's board
     * @throws InvalidInputException 400 naming {@code status}
     */
    public BoardStatus status(Ticket ticket, String value) {
        return status(ticket.board().id(), ticket.board().name(), value);
    }

    /**
     * @param boardId   the ticket's board
     * @param boardName its name, for the error
     * @param value     status id or name
     * @return the status of that board
     * @throws InvalidInputException 400 naming {@code status}
     */
    public BoardStatus status(int boardId, String boardName, String value) {
        return pick(statuses(boardId), value, BoardStatus::id, BoardStatus::name, "status",
                "Unknown status on board " + boardName);
    }

    private static <T> T pick(List<T> items, String value, Function<T, Integer> id, Function<T, String> name,
            String field, String unknown) {
        String wanted = value == null ? "" : value.strip();
        Optional<T> found = wanted.matches("\\d{1,9}")
                ? items.stream().filter(i -> Integer.valueOf(wanted).equals(id.apply(i))).findFirst()
                : items.stream().filter(i -> name.apply(i) != null
                        && name.apply(i).toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))).findFirst();
        return found.orElseThrow(() -> new InvalidInputException(field, unknown + " '" + value + "'. Use one of: "
                + items.stream().map(name).collect(Collectors.joining(", "))));
    }
}
