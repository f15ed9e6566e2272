package io.screenpop.tickets;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.screenpop.companies.ConnectWiseLinks;
import io.screenpop.connectwise.model.Priority;
import io.screenpop.connectwise.model.Reference;
import io.screenpop.connectwise.model.Ticket;

/** Turns ConnectWise tickets into {@link TicketView}s: links, and the priority's colour from {@code /service/priorities}. */
@ApplicationScoped
public class TicketViews {

    private static final Logger LOG = Logger.getLogger(TicketViews.class);

    private final ConnectWiseLinks links;
    private final ServiceSetup setup;

    /** CDI constructor. */
    public TicketViews(ConnectWiseLinks links, ServiceSetup setup) {
        this.links = links;
        this.setup = setup;
    }

    /** @param t a ticket as ConnectWise returns it @return its view */
    public TicketView of(Ticket t) {
        Reference p = t.priority();
        TicketView.PriorityBadge priority = p == null ? null : new TicketView.PriorityBadge(p.id(), p.name(), color(p.id()));
        Reference owner = t.owner();
        return new TicketView(t.id(), t.summary(), links.nilearTicket(t.id()), links.ticket(t.id()), named(t.status()),
                named(t.board()), priority, named(t.company()), named(t.contact()),
                owner == null ? null : new TicketView.Owner(owner.identifier(), owner.name()), t.resources(),
                Boolean.TRUE.equals(t.closedFlag()), t.info() == null ? null : t.info().get("dateEntered"));
    }

    private String color(Integer priorityId) {
        try {
            return setup.priority(priorityId).map(Priority::color).orElse(null);
        } catch (RuntimeException e) {
            LOG.debugf("Priority colours unavailable: %s", e.getMessage());
            return null;
        }
    }

    private static TicketView.Named named(Reference r) {
        return r == null ? null : new TicketView.Named(r.id(), r.name());
    }
}
