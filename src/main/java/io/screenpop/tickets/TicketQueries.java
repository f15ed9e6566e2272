package io.screenpop.tickets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;


import io.quarkus.cache.CacheResult;
import io.screenpop.connectwise.Conditions;
import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.model.Ticket;

/**
 * Reads tickets from ConnectWise: one ticket, the open tickets of a company or of a member, and
 * the ticket search (cached for 30 seconds in {@code tickets-search}). Lists are newest first.
 */
@ApplicationScoped
public class TicketQueries {

    /** Most tickets a list shows. */
    public static final int LIMIT = 25;

    private static final String NEWEST_FIRST = "id desc";

    private final ConnectWise connectWise;
    private final TicketViews views;

    /** CDI constructor. */
    public TicketQueries(ConnectWise connectWise, TicketViews views) {
        this.connectWise = connectWise;
        this.views = views;
    }

    /** @param id ticket number @return the ticket as ConnectWise has it. @throws io.screenpop.connectwise.ConnectWiseRejectedException 404 */
    public Ticket ticket(int id) {
        return connectWise.ticket(id);
    }

    /** @param id ticket number @return the ticket's view. @throws io.screenpop.connectwise.ConnectWiseRejectedException 404 */
    public TicketView get(int id) {
        return views.of(ticket(id));
    }

    /** @param companyId ConnectWise company id @return its open tickets, newest first, at most {@value #LIMIT} */
    public List<TicketView> openForCompany(int companyId) {
        return list(Conditions.eq("company/id", companyId).and(open()), LIMIT);
    }

    /**
     * @param identifier a member identifier
     * @return open tickets the member owns or is a resource on, newest first, at most {@value #LIMIT}
     */
    public List<TicketView> openForMember(String identifier) {
        Conditions mine = Conditions.or(Conditions.eq("owner/identifier", identifier),
                Conditions.containsText("resources", identifier));
        return list(mine.and(open()), 100).stream()
                .filter(t -> t.owner() != null && identifier.equalsIgnoreCase(t.owner().identifier())
                        || assigned(t.resources(), identifier))
                .limit(LIMIT).toList();
    }

    /**
     * Ticket search, cached for 30 seconds: by number when {@code q} is a number, else by summary.
     *
     * @param q         a ticket number or part of a summary
     * @param companyId only this company's tickets, or 0 for any company
     * @return matching tickets, open and closed, newest first, at most {@value #LIMIT}
     */
    @CacheResult(cacheName = "tickets-search")
    public List<TicketView> search(String q, int companyId) {
        String text = q.strip();
        Conditions match = text.matches("\\d{1,9}") ? Conditions.eq("id", Long.parseLong(text))
                : Conditions.containsText("summary", text);
        return list(companyId > 0 ? match.and(Conditions.eq("company/id", companyId)) : match, LIMIT);
    }

    private List<TicketView> list(Conditions conditions, int pageSize) {
        return connectWise.tickets(CwQuery.where(conditions).fields(Ticket.LIST_FIELDS).orderBy(NEWEST_FIRST).pageSize(pageSize)).stream()
                .map(views::of).toList();
    }

    private static Conditions open() {
        return Conditions.eq("closedFlag", false);
    }

    private static boolean assigned(String resources, String identifier) {
        return resources != null && Arrays.stream(resources.split(","))
                .anyMatch(r -> r.strip().toLowerCase(Locale.ROOT).equals(identifier.toLowerCase(Locale.ROOT)));
    }
}
