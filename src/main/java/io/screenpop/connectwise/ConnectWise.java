package io.screenpop.connectwise;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.screenpop.connectwise.model.Activity;
import io.screenpop.connectwise.model.Board;
import io.screenpop.connectwise.model.CallbackEntry;
import io.screenpop.connectwise.model.BoardStatus;
import io.screenpop.connectwise.model.CommunicationItem;
import io.screenpop.connectwise.model.CommunicationType;
import io.screenpop.connectwise.model.Company;
import io.screenpop.connectwise.model.Contact;
import io.screenpop.connectwise.model.Member;
import io.screenpop.connectwise.model.NewActivity;
import io.screenpop.connectwise.model.NewCompany;
import io.screenpop.connectwise.model.NewContact;
import io.screenpop.connectwise.model.NewTicket;
import io.screenpop.connectwise.model.PatchOperation;
import io.screenpop.connectwise.model.Priority;
import io.screenpop.connectwise.model.Reference;
import io.screenpop.connectwise.model.TaxCode;
import io.screenpop.connectwise.model.Ticket;
import io.screenpop.connectwise.model.TicketNote;
import io.screenpop.connectwise.model.TimeEntry;
import io.smallrye.faulttolerance.api.Guard;

/**
 * The one way into ConnectWise, as {@code rest-fights} wraps {@code HeroRestClient}: typed
 * queries ({@link CwQuery}) instead of positional arguments, and the fault-tolerance policies in
 * one place (SmallRye Fault Tolerance {@link Guard}s):
 * <ul>
 * <li><b>interactive</b> (everything an agent waits for): a total deadline of
 * {@code CW_INTERACTIVE_TIMEOUT} (default 5 s) around the call and its retries. Reads retry
 * 429/502/503/504 and broken connections; writes retry only 429/503, which ConnectWise answers
 * before processing. A circuit breaker stops calls while ConnectWise keeps failing.</li>
 * <li><b>sync</b> (the full and incremental sync): {@code CW_SYNC_RETRIES} retries (default 4) and a
 * time-out of {@code CW_SYNC_TIMEOUT} (default 60 s) per attempt, with its own circuit breaker, so
 * a slow sync never trips the agents' breaker and the other way round.</li>
 * </ul>
 * Retries wait as {@code Retry-After} asks ({@link RetryAfterBackoff}).
 * <p>
 * <b>Unknown outcomes.</b> A create whose answer is lost (a time-out, 500/502/504 after the request
 * was sent, a dropped connection) is looked up before anyone is answered: a contact by name and
 * number at its company entered in the last {@link #RECENT} minutes, a ticket by summary and
 * company, a note by text on its ticket, a time entry by member, ticket and start, a company by
 * identifier, an activity by subject, contact and start. Found: the call returns it as if the
 * answer had arrived. Not found: {@link OutcomeUnknownException}. When the request repeats an action
 * whose earlier attempt had an unknown outcome ({@link WriteRetry}), the record is looked up
 * <em>before</em> writing, so the retry never writes twice. JSON Patch {@code replace} operations
 * are idempotent (RFC 6902 §4.3) and are retried like reads.
 */
@ApplicationScoped
public class ConnectWise {

    /** Header value selecting forward-only paging. */
    public static final String FORWARD_ONLY = ConnectWiseClient.FORWARD_ONLY;
    /** How far back a lost create is looked for, in minutes. */
    public static final int RECENT = 10;

    private static final Logger LOG = Logger.getLogger(ConnectWise.class);

    private final ConnectWiseClient client;
    private final Duration deadline;
    private final Guard deadlineGuard;
    private final Guard interactiveReads;
    private final Guard interactiveWrites;
    private final Guard syncReads;
    private final Guard syncWrites;
    private final Instance<WriteRetry> writeRetry;

    /** CDI constructor: builds the guards from {@link ConnectWiseConfig}. */
    public ConnectWise(@RestClient ConnectWiseClient client, ConnectWiseConfig config, Instance<WriteRetry> writeRetry) {
        this.client = client;
        this.writeRetry = writeRetry;
        this.deadline = config.interactiveTimeout();
        long deadlineMs = Math.max(1, deadline.toMillis());
        this.deadlineGuard = Guard.create().withDescription("connectwise-interactive-deadline")
                .withTimeout().duration(deadlineMs, ChronoUnit.MILLIS).done().build();
        this.interactiveReads = Guard.create().withDescription("connectwise-interactive-read")
                .withRetry().maxRetries(3).delay(200, ChronoUnit.MILLIS).maxDuration(deadlineMs, ChronoUnit.MILLIS)
                .whenException(new RetryableRead()).withCustomBackoff().strategy(RetryAfterBackoff::new).done().done()
                .withCircuitBreaker().name("connectwise-interactive").requestVolumeThreshold(20).failureRatio(0.75)
                .delay(10, ChronoUnit.SECONDS).skipOn(ConnectWiseRejectedException.class).done()
                .build();
        this.interactiveWrites = Guard.create().withDescription("connectwise-interactive-write")
                .withRetry().maxRetries(3).delay(200, ChronoUnit.MILLIS).maxDuration(deadlineMs, ChronoUnit.MILLIS)
                .whenException(new RetryableWrite()).withCustomBackoff().strategy(RetryAfterBackoff::new).done().done()
                .build();
        this.syncWrites = Guard.create().withDescription("connectwise-sync-write")
                .withRetry().maxRetries(3).delay(500, ChronoUnit.MILLIS)
                .whenException(new RetryableWrite()).withCustomBackoff().strategy(RetryAfterBackoff::new).done().done()
                .withTimeout().duration(Math.max(1, config.syncTimeout().toMillis()), ChronoUnit.MILLIS).done()
                .build();
        this.syncReads = Guard.create().withDescription("connectwise-sync")
                .withRetry().maxRetries(Math.max(0, config.syncRetries())).delay(500, ChronoUnit.MILLIS)
                .maxDuration(Math.max(1, config.syncTimeout().toMillis()) * (config.syncRetries() + 2), ChronoUnit.MILLIS)
                .whenException(new RetryableRead()).withCustomBackoff().strategy(RetryAfterBackoff::new).done().done()
                .withCircuitBreaker().name("connectwise-sync").requestVolumeThreshold(20).failureRatio(0.75)
                .delay(10, ChronoUnit.SECONDS).skipOn(ConnectWiseRejectedException.class).done()
                .withTimeout().duration(Math.max(1, config.syncTimeout().toMillis()), ChronoUnit.MILLIS).done()
                .build();
    }

    /** @return the interactive deadline ({@code CW_INTERACTIVE_TIMEOUT}) */
    public Duration interactiveDeadline() {
        return deadline;
    }

    // ------------------------------------------------------------------ sync reads (paged)

    /**
     * Reads every company matching the query, page by page (forward-only paging), with the sync policy.
     *
     * @param query conditions and fields; its page size is the page size
     * @param sink  receives each non-empty page in order
     * @return the number of records read
     */
    public long forEachCompany(CwQuery query, Consumer<List<Company>> sink) {
        return Pages.forEach(pageId -> sync(() -> client.listCompanies(query.conditionsText(), null, query.fields(),
                query.orderBy(), null, query.pageSize(), pageId, FORWARD_ONLY)), sink);
    }

    /**
     * Reads every contact matching the query, page by page, with the sync policy.
     *
     * @param query conditions and fields; its page size is the page size
     * @param sink  receives each non-empty page in order
     * @return the number of records read
     */
    public long forEachContact(CwQuery query, Consumer<List<Contact>> sink) {
        return Pages.forEach(pageId -> sync(() -> client.listContacts(query.conditionsText(), null, query.fields(),
                query.orderBy(), null, query.pageSize(), pageId, FORWARD_ONLY)), sink);
    }

    // ------------------------------------------------------------------ interactive reads

    /** @param query the query @return the first page of companies matching it (interactive) */
    public List<Company> companies(CwQuery query) {
        return orEmpty(read(() -> client.listCompanies(query.conditionsText(), null, query.fields(), query.orderBy(), 1,
                query.pageSize(), null, null).getEntity()));
    }

    /** @param query the query @return the first page of contacts matching it (interactive) */
    public List<Contact> contacts(CwQuery query) {
        return orEmpty(read(() -> client.listContacts(query.conditionsText(), null, query.fields(), query.orderBy(), 1,
                query.pageSize(), null, null).getEntity()));
    }

    /**
     * Every contact matching the query, all pages, each page within the interactive deadline.
     *
     * @param query the query
     * @return the contacts
     */
    public List<Contact> allContacts(CwQuery query) {
        List<Contact> all = new java.util.ArrayList<>();
        Pages.forEach(pageId -> read(() -> client.listContacts(query.conditionsText(), null, query.fields(),
                query.orderBy(), null, query.pageSize(), pageId, FORWARD_ONLY)), all::addAll);
        return all;
    }

    /** @param id contact id @return the contact @throws ConnectWiseRejectedException 404 when there is none */
    public Contact contact(int id) {
        return read(() -> client.getContact(id));
    }

    /** @param id company id @return the company @throws ConnectWiseRejectedException 404 when there is none */
    public Company company(int id) {
        return read(() -> client.getCompany(id));
    }

    /** @param query the query @return the instance's communication types */
    public List<CommunicationType> communicationTypes(CwQuery query) {
        return orEmpty(read(() -> client.listCommunicationTypes(query.conditionsText(), query.pageSize())));
    }

    /** @param query the query @return billing terms */
    public List<Reference> billingTerms(CwQuery query) {
        return orEmpty(read(() -> client.listBillingTerms(query.conditionsText(), query.pageSize())));
    }

    /** @param query the query @return tax codes */
    public List<TaxCode> taxCodes(CwQuery query) {
        return orEmpty(read(() -> client.listTaxCodes(query.conditionsText(), query.pageSize())));
    }

    /** @param query the query @return countries */
    public List<Reference> countries(CwQuery query) {
        return orEmpty(read(() -> client.listCountries(query.conditionsText(), query.pageSize())));
    }

    /** @param query the query @return locations (territories) */
    public List<Reference> locations(CwQuery query) {
        return orEmpty(read(() -> client.listLocations(query.conditionsText(), query.pageSize())));
    }

    /** @param query the query @return activity types */
    public List<Reference> activityTypes(CwQuery query) {
        return orEmpty(read(() -> client.listActivityTypes(query.conditionsText(), query.pageSize())));
    }

    /** @param query the query @return activity statuses */
    public List<Reference> activityStatuses(CwQuery query) {
        return orEmpty(read(() -> client.listActivityStatuses(query.conditionsText(), query.pageSize())));
    }

    /** @param query the query @return tickets */
    public List<Ticket> tickets(CwQuery query) {
        return orEmpty(read(() -> client.listTickets(query.conditionsText(), query.fields(), query.orderBy(),
                query.pageSize())));
    }

    /** @param id ticket number @return the ticket @throws ConnectWiseRejectedException 404 when there is none */
    public Ticket ticket(int id) {
        return read(() -> client.getTicket(id));
    }

    /** @param query the query @return service boards */
    public List<Board> boards(CwQuery query) {
        return orEmpty(read(() -> client.listBoards(query.conditionsText(), query.pageSize())));
    }

    /** @param boardId the board @param query the query @return the board's statuses */
    public List<BoardStatus> boardStatuses(int boardId, CwQuery query) {
        return orEmpty(read(() -> client.listBoardStatuses(boardId, query.conditionsText(), query.orderBy(),
                query.pageSize())));
    }

    /** @param query the query @return ticket priorities */
    public List<Priority> priorities(CwQuery query) {
        return orEmpty(read(() -> client.listPriorities(query.conditionsText(), query.pageSize())));
    }

    /** @param query the query @return members */
    public List<Member> members(CwQuery query) {
        return orEmpty(read(() -> client.listMembers(query.conditionsText(), query.fields(), query.orderBy(),
                query.pageSize())));
    }

    // ------------------------------------------------------------------ writes

    /**
     * {@code POST /company/companies}; a lost answer is checked by the (unique) identifier.
     *
     * @param company the new company
     * @return the company as created
     * @throws ConnectWiseRejectedException when ConnectWise refuses it (nothing was created)
     * @throws OutcomeUnknownException      when the answer was lost and the company was not found
     */
    public Company createCompany(NewCompany company) {
        return create("the company " + company.name(), () -> client.createCompany(company),
                () -> companies(CwQuery.where(Conditions.eq("identifier", company.identifier())).pageSize(1))
                        .stream().findFirst());
    }

    /**
     * {@code POST /company/contacts}; a lost answer is checked by first and last name at the company,
     * entered in the last {@value #RECENT} minutes and holding the first number.
     *
     * @param contact the new contact
     * @return the contact as created
     */
    public Contact createContact(NewContact contact) {
        Optional<String> number = contact.communicationItems() == null ? Optional.empty()
                : contact.communicationItems().stream().filter(CommunicationItem::isNumber).map(CommunicationItem::value)
                        .findFirst();
        return create("the contact " + contact.firstName() + " " + contact.lastName(),
                () -> client.createContact(contact),
                () -> contacts(CwQuery.where(Conditions.and(Conditions.eq("company/id", contact.company().id()),
                        Conditions.eq("firstName", contact.firstName()), Conditions.eq("lastName", contact.lastName()),
                        Conditions.after("_info/dateEntered", recent()))).fields(Contact.INDEX_FIELDS).orderBy("id desc")
                        .pageSize(25)).stream()
                        .filter(c -> number.isEmpty() || c.items().stream().anyMatch(i -> number.get().equals(i.value())))
                        .findFirst());
    }

    /**
     * {@code POST /company/contacts/{id}/communications}: adds one item without rewriting the
     * others; a lost answer is checked by reading the contact for an item of that value.
     *
     * @param contactId the contact
     * @param item      the new item
     * @return the item as created
     */
    public CommunicationItem addCommunication(int contactId, CommunicationItem item) {
        return create("the number " + item.value() + " on contact " + contactId,
                () -> client.addCommunication(contactId, item),
                () -> contact(contactId).items().stream().filter(i -> Objects.equals(i.value(), item.value())).findFirst());
    }

    /**
     * {@code POST /service/tickets}; a lost answer is checked by summary and company, entered in the
     * last {@value #RECENT} minutes.
     *
     * @param ticket the new ticket
     * @return the ticket as created
     */
    public Ticket createTicket(NewTicket ticket) {
        return create("the ticket \"" + ticket.summary() + "\"", () -> client.createTicket(ticket),
                () -> tickets(CwQuery.where(Conditions.and(Conditions.eq("company/id", ticket.company().id()),
                        Conditions.eq("summary", ticket.summary()), Conditions.after("_info/dateEntered", recent())))
                        .orderBy("id desc").pageSize(1)).stream().findFirst());
    }

    /**
     * {@code POST /service/tickets/{id}/notes}; a lost answer is checked by the note's text on that ticket.
     *
     * @param ticketId the ticket
     * @param note     the note
     * @return the note as created
     */
    public TicketNote addTicketNote(int ticketId, TicketNote note) {
        return create("the note on ticket #" + ticketId, () -> client.addTicketNote(ticketId, note),
                () -> orEmpty(read(() -> client.listTicketNotes(ticketId, Conditions.and(
                        Conditions.eq("text", note.text()), Conditions.after("_info/dateEntered", recent())).toString(),
                        "id desc", 1))).stream().findFirst());
    }

    /**
     * {@code POST /time/entries}; a lost answer is checked by member, ticket and start.
     *
     * @param entry the time entry (charged to a ticket)
     * @return the entry as created
     */
    public TimeEntry createTimeEntry(TimeEntry entry) {
        return create("the time entry on ticket #" + entry.chargeToId(), () -> client.createTimeEntry(entry),
                () -> orEmpty(read(() -> client.listTimeEntries(Conditions.and(
                        Conditions.eq("chargeToId", entry.chargeToId()), Conditions.eq("chargeToType", entry.chargeToType()),
                        Conditions.eq("member/identifier", entry.member().identifier()),
                        Conditions.at("timeStart", Instant.parse(entry.timeStart()))).toString(), "id desc", 1)))
                        .stream().findFirst());
    }

    /**
     * {@code POST /sales/activities}; a lost answer is checked by subject, contact or company, and start.
     *
     * @param activity the activity (a logged call)
     * @return the activity as created
     */
    public Activity createActivity(NewActivity activity) {
        Conditions who = activity.contact() != null ? Conditions.eq("contact/id", activity.contact().id())
                : Conditions.eq("company/id", activity.company().id());
        return create("the call activity \"" + activity.name() + "\"", () -> client.createActivity(activity),
                () -> orEmpty(read(() -> client.listActivities(Conditions.and(Conditions.eq("name", activity.name()), who,
                        Conditions.at("dateStart", Instant.parse(activity.dateStart()))).toString(), "id desc", 1)))
                        .stream().findFirst());
    }

    /**
     * {@code PATCH /company/companies/{id}} with JSON Patch {@code replace} operations (idempotent, retried).
     *
     * @param id         the company
     * @param operations the operations
     * @return the company after the change
     */
    public Company patchCompany(int id, List<PatchOperation> operations) {
        return read(() -> client.patchCompany(id, operations));
    }

    /**
     * Sets a contact's company: {@code PATCH /company/contacts/{id}} with
     * {@code [{"op":"replace","path":"company","value":{"id":companyId}}]} (idempotent, retried like a read).
     *
     * @param contactId the contact
     * @param companyId the company it now belongs to
     * @return the contact after the change
     * @throws ConnectWiseRejectedException when ConnectWise refuses it (e.g. 404 for an unknown contact)
     */
    public Contact setContactCompany(int contactId, int companyId) {
        return read(() -> client.patchContact(contactId, List.of(PatchOperation.replace("company", Reference.ofId(companyId)))));
    }

    /**
     * {@code PATCH /service/tickets/{id}} with JSON Patch {@code replace} operations (idempotent, retried).
     *
     * @param id         the ticket
     * @param operations the operations
     * @return the ticket after the change
     */
    public Ticket patchTicket(int id, List<PatchOperation> operations) {
        return read(() -> client.patchTicket(id, operations));
    }

    // ------------------------------------------------------------------ callbacks (background, sync policy)

    /** @return every callback registration (at most 1000, more than any instance has) */
    public List<CallbackEntry> callbacks() {
        return orEmpty(sync(() -> client.listCallbacks(null, CallbackEntry.FIELDS, 1, 1000)));
    }

    /**
     * {@code POST /system/callbacks}. A lost answer needs no look-up: the next reconciliation finds the
     * registration, or its duplicate, and keeps exactly one.
     *
     * @param entry the registration (no id, no memberId)
     * @return the registration as created
     */
    public CallbackEntry createCallback(CallbackEntry entry) {
        return guarded(syncWrites, () -> client.createCallback(entry));
    }

    /** @param id a registration to remove ({@code DELETE /system/callbacks/{id}}) */
    public void deleteCallback(int id) {
        guarded(syncWrites, () -> {
            client.deleteCallback(id);
            return null;
        });
    }

    // ------------------------------------------------------------------ policies

    private <T> T read(Supplier<T> call) {
        return guarded(deadlineGuard, () -> guarded(interactiveReads, call));
    }

    private <T> T sync(Supplier<T> call) {
        return guarded(syncReads, call);
    }

    /**
     * Sends a create; when its outcome is unknown, looks for the record before answering.
     *
     * @param change what is written, for messages
     * @param send   the POST
     * @param find   looks the record up; empty when it is not there
     */
    private <T> T create(String change, Supplier<T> send, Supplier<Optional<T>> find) {
        if (afterUnknownOutcome()) {
            Optional<T> earlier = lookUp(change, find, null);
            if (earlier.isPresent()) {
                LOG.infof("Retry of an action with an unknown outcome: %s was already in ConnectWise; not written again",
                        change);
                return earlier.get();
            }
        }
        try {
            return guarded(deadlineGuard, () -> guarded(interactiveWrites, send));
        } catch (RuntimeException e) {
            if (!outcomeUnknown(e)) {
                throw e;
            }
            LOG.warnf("ConnectWise did not confirm %s (%s); checking whether it was made", change,
                    ConnectWiseFailure.describe(e));
            Optional<T> found = lookUp(change, find, e);
            if (found.isPresent()) {
                LOG.infof("%s was made although its answer was lost", change);
                return found.get();
            }
            throw new OutcomeUnknownException(change, e);
        }
    }

    private <T> Optional<T> lookUp(String change, Supplier<Optional<T>> find, RuntimeException cause) {
        try {
            return find.get();
        } catch (RuntimeException e) {
            if (cause == null) {
                throw e;
            }
            LOG.warnf("Could not check whether %s was made: %s", change, ConnectWiseFailure.describe(e));
            return Optional.empty();
        }
    }

    /** @return true when the request may have reached ConnectWise and been processed before the failure */
    static boolean outcomeUnknown(Throwable e) {
        if (e instanceof ConnectWiseException cw) {
            return !(cw instanceof ConnectWiseRejectedException) && !cw.isThrottled();
        }
        if (e instanceof jakarta.ws.rs.ProcessingException) {
            return !refusedConnection(e);
        }
        return e instanceof TimeoutException;
    }

    /** A refused connection means the request never left: nothing can have been written. */
    private static boolean refusedConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    private boolean afterUnknownOutcome() {
        return Arc.container() != null && Arc.container().requestContext().isActive() && writeRetry.isResolvable()
                && writeRetry.get().afterUnknownOutcome();
    }

    private static Instant recent() {
        return Instant.now().minus(RECENT, ChronoUnit.MINUTES);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    @SuppressWarnings("unchecked")
    private static <T> T guarded(Guard guard, Supplier<T> call) {
        return (T) guard.get((Supplier<Object>) call, Object.class);
    }
}
