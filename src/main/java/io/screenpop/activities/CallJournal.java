package io.screenpop.activities;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.screenpop.connectwise.ConnectWise;
import io.screenpop.connectwise.CwQuery;
import io.screenpop.connectwise.model.Activity;
import io.screenpop.connectwise.model.NewActivity;
import io.screenpop.connectwise.model.Reference;
import io.screenpop.index.IndexMatch;
import io.screenpop.index.PhoneIndex;
import io.screenpop.phone.PhoneNumberNormalizer;

/**
 * Logs a finished call in ConnectWise as an activity of type {@code Call}
 * ({@code POST /sales/activities}) on the caller's contact and company: the best match of the
 * number in the index (the most recently updated contact, else the company line). A number nobody
 * holds is logged nowhere. The activity is closed when the instance has a closed status, runs from
 * the call's start to its end, and names the agent's extension in its notes (ConnectWise assigns it
 * to the API member: extensions are not mapped to members).
 */
@ApplicationScoped
public class CallJournal {

    private static final Logger LOG = Logger.getLogger(CallJournal.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ConnectWise connectWise;
    private final ActivitySetup setup;
    private final PhoneIndex index;
    private final PhoneNumberNormalizer normalizer;

    /** CDI constructor. */
    public CallJournal(ConnectWise connectWise, ActivitySetup setup, PhoneIndex index,
            PhoneNumberNormalizer normalizer) {
        this.connectWise = connectWise;
        this.setup = setup;
        this.index = index;
        this.normalizer = normalizer;
    }

    /**
     * @param call the validated call report
     * @return the new activity's id, or empty when nobody in the index holds the number
     * @throws io.screenpop.connectwise.ConnectWiseException when ConnectWise refuses or fails the write
     */
    public Optional<Integer> log(CallReport call) {
        List<IndexMatch> matches = index.lookup(call.e164());
        if (matches.isEmpty()) {
            LOG.infof("Call from %s not journaled: unknown number", call.e164());
            return Optional.empty();
        }
        IndexMatch holder = matches.get(0);
        Optional<Reference> type = setup.callType();
        if (type.isEmpty()) {
            LOG.warnf("ConnectWise has no active activity type named %s; logging the call with the default type",
                    ActivitySetup.CALL_TYPE);
        }
        Activity created = connectWise.createActivity(new NewActivity(subject(call), type.map(t -> Reference.ofId(t.id())).orElse(null),
                holder.companyId() == null ? null : Reference.ofId(holder.companyId()),
                holder.contactId() == null ? null : Reference.ofId(holder.contactId()),
                call.e164(), setup.closedStatus().map(s -> Reference.ofId(s.id())).orElse(null), notes(call),
                iso(call.start()), iso(call.start().plus(call.duration()))));
        LOG.infof("Call %s %s journaled as activity %d (company %s, contact %s)", call.direction(), call.e164(),
                created.id(), holder.companyId(), holder.contactId());
        return Optional.of(created.id());
    }

    private String subject(CallReport call) {
        String number = normalizer.display(call.e164());
        boolean in = call.direction() == CallReport.Direction.INBOUND;
        if (call.answered()) {
            return in ? "Inbound call from " + number : "Outbound call to " + number;
        }
        return in ? "Missed call from " + number : "Unanswered call to " + number;
    }

    private static String notes(CallReport call) {
        String who = call.agent() == null ? "no agent" : "agent extension " + call.agent();
        return (call.direction() == CallReport.Direction.INBOUND ? "Inbound" : "Outbound") + " call, "
                + (call.answered() ? "answered, " + length(call.duration()) : "not answered") + "; " + who
                + ". Started " + WHEN.format(call.start()) + ". Logged by screenpop from " + call.source() + ".";
    }

    private static String length(Duration d) {
        long minutes = d.toMinutes();
        long seconds = d.toSecondsPart();
        return minutes == 0 ? seconds + " s" : minutes + " min " + seconds + " s";
    }

    private static String iso(java.time.Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
