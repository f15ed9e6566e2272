package io.screenpop.calls;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads and purges {@code call_event}: the latest calls with optional filters, and today's unknown
 * callers. Plain JDBC on the blocking worker pool; the lookup path never calls it.
 */
@ApplicationScoped
public class CallHistory {

    /** Most calls one read returns. */
    public static final int MAX_LIMIT = 500;

    private final DataSource dataSource;

    /** CDI constructor. */
    public CallHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Which calls to read.
     *
     * @param limit   at most this many (1 to {@link #MAX_LIMIT})
     * @param agent   only this agent's calls, or {@code null} for everyone's
     * @param outcome only this outcome, or {@code null}
     * @param since   only calls at or after this instant, or {@code null}
     */
    public record Query(int limit, String agent, CallOutcome outcome, Instant since) {
    }

    /**
     * A number that called today and is not in the index.
     *
     * @param number the caller value as last dialled
     * @param e164   its E.164 form
     * @param calls  how many times it called today
     * @param last   when it last called
     */
    public record UnknownCaller(String number, String e164, int calls, Instant last) {
    }

    /** @return the start of today in the server's time zone */
    public static Instant startOfToday() {
        return LocalDate.now(ZoneId.systemDefault()).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    /**
     * @param query filters and limit
     * @return matching calls, newest first
     */
    public List<CallEvent> latest(Query query) {
        StringBuilder sql = new StringBuilder("select id, at, number, e164, outcome, company_id, company_name,"
                + " contact_id, contact_name, source, api_key, agent from call_event where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.agent() != null) {
            sql.append(" and agent = ?");
            args.add(query.agent());
        }
        if (query.outcome() != null) {
            sql.append(" and outcome = ?");
            args.add(query.outcome().name());
        }
        if (query.since() != null) {
            sql.append(" and at >= ?");
            args.add(query.since().atOffset(ZoneOffset.UTC));
        }
        sql.append(" order by at desc, id desc");
        int limit = Math.max(1, Math.min(MAX_LIMIT, query.limit()));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            s.setMaxRows(limit);
            List<CallEvent> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read recent calls", e);
        }
    }

    /**
     * @param since calls at or after this instant
     * @return distinct valid numbers whose last lookup since then found nobody, most recent first (at most 200)
     */
    public List<UnknownCaller> unknownSince(Instant since) {
        Map<String, UnknownCaller> byNumber = new LinkedHashMap<>();
        for (CallEvent e : latest(new Query(MAX_LIMIT, null, CallOutcome.NO_MATCH, since))) {
            if (e.e164() == null) {
                continue;
            }
            UnknownCaller seen = byNumber.get(e.e164());
            byNumber.put(e.e164(), seen == null ? new UnknownCaller(e.number(), e.e164(), 1, e.at())
                    : new UnknownCaller(seen.number(), seen.e164(), seen.calls() + 1, seen.last()));
        }
        return byNumber.values().stream().limit(200).toList();
    }

    /**
     * @param before delete calls older than this
     * @return how many were deleted
     */
    public int purgeBefore(Instant before) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from call_event where at < ?")) {
            s.setObject(1, before.atOffset(ZoneOffset.UTC));
            int deleted = s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge old calls", e);
        }
    }

    private static CallEvent row(ResultSet r) throws SQLException {
        return new CallEvent(r.getLong(1), r.getObject(2, OffsetDateTime.class).toInstant(), r.getString(3),
                r.getString(4), CallOutcome.valueOf(r.getString(5)), (Integer) r.getObject(6), r.getString(7),
                (Integer) r.getObject(8), r.getString(9), CallSource.fromWire(r.getString(10)), r.getString(11),
                r.getString(12));
    }
}
