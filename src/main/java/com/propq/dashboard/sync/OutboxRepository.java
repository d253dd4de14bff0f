package com.propq.dashboard.sync;

import com.propq.dashboard.base.Actors;
import com.propq.dashboard.base.SqlWhere;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery engine's SQL, in one place: claiming, finishing a delivery, the circuit, the queue page and
 * housekeeping. Callers own the transactions.
 */
@Repository
class OutboxRepository {

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- claiming ------------------------------------------------------------------------------------------

    /**
     * A lane's due PENDING rows, read from its partial index in due order. A waiting PUBLISH row must not crowd
     * unit rows out of the candidates.
     */
    private static String dueIn(String lane) {
        return """
                (select p.id from outbox p
                 where p.state = 'PENDING' and p.lane = '%s' and (:ignoreSchedule or p.next_attempt_at <= now())
                   and (p.kind = 'UNIT' or not exists (
                            select 1 from outbox u
                            where u.kind = 'UNIT' and u.development_id = p.development_id
                              and u.state in ('PENDING', 'SENDING')))
                 order by p.next_attempt_at, p.id
                 limit :scan)""".formatted(lane);
    }

    /**
     * Up to the limit of a lane's candidates, locked; each checked again once locked (in the locking query, so that
     * a row another instance claimed or an edit changed meanwhile is judged as it is now).
     */
    private static String lockedIn(String lane) {
        return """
                select c.id, c.next_attempt_at from outbox c
                where c.id in (select id from candidates) and c.lane = '%s'
                  and ((c.state = 'PENDING' and (:ignoreSchedule or c.next_attempt_at <= now()))
                       or (c.state = 'SENDING' and c.locked_until < now()))
                  and (c.kind = 'UNIT' or not exists (
                           select 1 from outbox u
                           where u.kind = 'UNIT' and u.development_id = c.development_id
                             and u.state in ('PENDING', 'SENDING')))
                order by c.next_attempt_at, c.id
                limit :limit
                for update skip locked""".formatted(lane);
    }

    /**
     * The claim. The candidates come from the three partial indexes (each lane's due PENDING rows in due order,
     * SENDING rows whose lease ran out), a few more than needed since SKIP LOCKED may pass over some: the claim
     * never scans or sorts the whole outbox, however many thousands of rows wait. Each lane locks up to the limit
     * of its candidates; the rows not taken are free again when the claim commits, a moment later.
     */
    private static final String CLAIM = "with candidates as (\n" + dueIn("INTERACTIVE") + "\nunion all\n"
            + dueIn("BATCH") + """

            union all
            (select s.id from outbox s
             where s.state = 'SENDING' and s.locked_until < now()
             limit :scan)),
            interactive as (
            """ + lockedIn("INTERACTIVE") + """
            ),
            batch as (
            """ + lockedIn("BATCH") + """
            ),
            share as (
                select least((select count(*) from interactive),
                             :limit - least(:batchFloor, (select count(*) from batch))) as interactive,
                       set_config('synchronous_commit', 'off', true) as without_waiting_for_disk),
            taken as (
                (select id from interactive order by next_attempt_at, id
                 limit (select interactive from share))
                union all
                (select id from batch order by next_attempt_at, id
                 limit :limit - (select interactive from share)))
            update outbox o
            set state = 'SENDING', locked_until = now() + :leaseMs * interval '1 millisecond',
                claim_token = :token, updated_at = now()
            from taken where o.id = taken.id
            returning o.id, o.kind, o.lane, o.development_id, o.propq_development_id, o.unit_id,
                      o.unit_name, o.unit_version, o.payload::text, o.version, o.attempts""";

    /**
     * Claims up to {@code limit} rows in one statement and commits with it (without waiting for the disk, see
     * {@link #commitWithoutWaitingForDisk}; outside a transaction it is one round trip), so the HTTP calls that
     * follow hold no transaction. SKIP LOCKED lets any number of instances claim side by side without waiting for or
     * double-claiming each other's rows. A row is due when it is PENDING and its time has come, or SENDING with
     * a lease that ran out (its instance died mid-call). A development's PUBLISH row is due only when no UNIT row
     * of that development is pending or in flight, so what is published is what the agents see; parked unit rows
     * do not hold it back, or one bad unit would block publishing for good.
     *
     * <p>Interactive rows go first; batch rows fill what they leave. With {@code batchFloor} 1 the batch lane gets
     * one of the rows if it has a due one (the flusher asks for it when none of its calls in flight is a batch's),
     * so a stream of single edits never stops a batch.
     *
     * @param ignoreSchedule for the circuit's probe: take the oldest pending row even if its backoff runs on
     */
    List<ClaimedRow> claim(int limit, int batchFloor, Duration lease, UUID token, boolean ignoreSchedule) {
        return jdbc.sql(CLAIM)
                .param("scan", limit * 4 + 32)
                .param("batchFloor", batchFloor)
                .param("ignoreSchedule", ignoreSchedule)
                .param("limit", limit)
                .param("leaseMs", lease.toMillis())
                .param("token", token)
                .query((rs, n) -> new ClaimedRow(
                        rs.getLong(1),
                        OutboxKind.valueOf(rs.getString(2)),
                        OutboxLane.valueOf(rs.getString(3)),
                        rs.getLong(4),
                        rs.getString(5),
                        nullableLong(rs, 6),
                        rs.getString(7),
                        nullableLong(rs, 8),
                        rs.getString(9),
                        rs.getLong(10),
                        rs.getInt(11),
                        token))
                .list();
    }

    /**
     * Gives claimed rows that were never sent back to any instance at once, instead of when their lease ends: they
     * are pending again as they were (no attempt counted). A row no longer held by its claim is left alone.
     */
    void release(List<ClaimedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update outbox o set state = 'PENDING', locked_until = null, claim_token = null,
                            updated_at = now()
                        from unnest(cast(:ids as bigint[]), cast(:tokens as uuid[])) as r(id, token)
                        where o.id = r.id and o.claim_token = r.token and o.state = 'SENDING'""")
                .param("ids", rows.stream().map(ClaimedRow::id).toArray(Long[]::new))
                .param(
                        "tokens",
                        rows.stream().map(r -> r.claimToken().toString()).toArray(String[]::new))
                .update();
    }

    // --- finishing a delivery (each in the short transaction after the call) ------------------------------------

    /**
     * PropQ accepted the version we sent: everything that follows, in one statement (it was four round trips per
     * delivery, the flusher's ceiling). The row leaves the outbox only if it still holds that version and is still
     * ours; if an edit raised the version meanwhile, the row goes back to PENDING and the newer state is sent once
     * the coalescing window has passed (edits still coming in ride along). What PropQ now holds of the unit never
     * moves back (an answer that arrives late cannot lower it). The attempt goes to the delivery log, and the
     * transaction commits without waiting for the disk (see {@link #commitWithoutWaitingForDisk}). Answers whether
     * the row left.
     */
    boolean delivered(ClaimedRow row, Duration coalesceWindow, Instant attemptedAt, long durationMs, int status) {
        // "again" runs only when "gone" deleted nothing; it asks "gone" rather than comparing versions itself, since
        // both see the statement's snapshot and only "gone" waits for an edit that raises the version right now.
        return jdbc.sql("""
                        with gone as (
                            delete from outbox where id = :id and claim_token = :token and version = :version
                            returning id),
                        again as (
                            update outbox set state = 'PENDING', locked_until = null, claim_token = null,
                                attempts = 0, next_attempt_at = now() + :windowMs * interval '1 millisecond',
                                last_status = null, last_error = null, field_errors = null, updated_at = now()
                            where id = :id and claim_token = :token and not exists (select 1 from gone)),
                        accepted as (
                            insert into unit_delivery (unit_id, development_id, delivered_version, delivered_at)
                            select :unitId, :developmentId, :unitVersion, now()
                            where :kind = 'UNIT' and cast(:unitId as bigint) is not null
                              and cast(:unitVersion as bigint) is not null
                            on conflict (unit_id) do update
                            set delivered_version = greatest(unit_delivery.delivered_version,
                                                             excluded.delivered_version),
                                development_id = excluded.development_id, delivered_at = excluded.delivered_at),
                        logged as (""" + INSERT_LOG + """
                        )
                        select exists (select 1 from gone), set_config('synchronous_commit', 'off', true)""")
                .param("windowMs", coalesceWindow.toMillis())
                .param("id", row.id())
                .param("token", row.claimToken())
                .params(logParameters(row, attemptedAt, durationMs, status, "DELIVERED", null))
                .query((rs, n) -> rs.getBoolean(1))
                .single();
    }

    /**
     * {@link #delivered} for the accepted rows of many calls in one statement: a claim's deliveries cost one round
     * trip, not one each. Each row is judged as {@link #delivered} judges it (it leaves the outbox if it still holds
     * the version sent, else it is pending again after the coalescing window), the units' delivered versions and
     * the delivery log rows are written in bulk, and it commits without waiting for the disk when it runs outside
     * a transaction. It never waits for a lock on an outbox row: a row an edit holds right now (or that is no
     * longer this claim's) is left out, and answered to the caller, who records it with {@link #delivered}. Units'
     * delivered versions are written in unit order, so two instances recording at once never deadlock.
     */
    List<Long> deliveredAll(List<Delivered> deliveries, Duration coalesceWindow) {
        return jdbc.sql("""
                        with done as (
                            select * from jsonb_to_recordset(cast(:deliveries as jsonb)) as d(
                                id bigint, token uuid, version bigint, kind text, development_id bigint,
                                propq_development_id text, unit_id bigint, unit_name text, unit_version bigint,
                                attempted_at timestamptz, duration_ms integer, status integer)),
                        mine as (
                            select o.id from outbox o join done d on d.id = o.id and o.claim_token = d.token
                            order by o.id
                            for update of o skip locked),
                        gone as (
                            delete from outbox o using done d
                            where o.id = d.id and o.id in (select id from mine) and o.version = d.version
                            returning o.id),
                        again as (
                            update outbox set state = 'PENDING', locked_until = null, claim_token = null,
                                attempts = 0, next_attempt_at = now() + :windowMs * interval '1 millisecond',
                                last_status = null, last_error = null, field_errors = null, updated_at = now()
                            where id in (select id from mine) and id not in (select id from gone)),
                        recorded as (
                            select d.* from done d where d.id in (select id from mine)),
                        accepted as (
                            insert into unit_delivery (unit_id, development_id, delivered_version, delivered_at)
                            select unit_id, max(development_id), max(unit_version), now() from recorded
                            where kind = 'UNIT' and unit_id is not null and unit_version is not null
                            group by unit_id order by unit_id
                            on conflict (unit_id) do update
                            set delivered_version = greatest(unit_delivery.delivered_version,
                                                             excluded.delivered_version),
                                development_id = excluded.development_id, delivered_at = excluded.delivered_at),
                        logged as (
                            insert into delivery_log (outbox_id, kind, development_id, propq_development_id,
                                unit_id, unit_name, version, unit_version, attempted_at, duration_ms, http_status,
                                outcome, error)
                            select id, kind, development_id, propq_development_id, unit_id, unit_name, version,
                                   unit_version, attempted_at, duration_ms, status, 'DELIVERED', null
                            from recorded order by id)
                        select id from mine
                        where set_config('synchronous_commit', 'off', true) is not null""")
                .param("windowMs", coalesceWindow.toMillis())
                .param(
                        "deliveries",
                        JsonMapper.shared()
                                .writeValueAsString(
                                        deliveries.stream().map(Delivered::json).toList()))
                .query((rs, row) -> rs.getLong(1))
                .list();
    }

    /** A call PropQ accepted, waiting to be recorded with others by {@link #deliveredAll}. */
    record Delivered(ClaimedRow row, Instant attemptedAt, long durationMs, int status) {

        private Map<String, @Nullable Object> json() {
            var json = new HashMap<String, @Nullable Object>();
            json.put("id", row.id());
            json.put("token", row.claimToken().toString());
            json.put("version", row.version());
            json.put("kind", row.kind().name());
            json.put("development_id", row.developmentId());
            json.put("propq_development_id", row.propqDevelopmentId());
            json.put("unit_id", row.unitId());
            json.put("unit_name", row.unitName());
            json.put("unit_version", row.unitVersion());
            json.put("attempted_at", attemptedAt.toString());
            json.put("duration_ms", (int) Math.min(Integer.MAX_VALUE, durationMs));
            json.put("status", status);
            return json;
        }
    }

    /** Back to PENDING after {@code delay}; a late answer from an expired claim changes nothing. */
    void retryLater(ClaimedRow row, int status, String error, Duration delay, boolean countAttempt) {
        jdbc.sql("""
                        update outbox set state = 'PENDING', locked_until = null, claim_token = null,
                            attempts = attempts + :increment,
                            next_attempt_at = now() + :delayMs * interval '1 millisecond',
                            last_status = :status, last_error = :error, updated_at = now()
                        where id = :id and claim_token = :token""")
                .param("increment", countAttempt ? 1 : 0)
                .param("delayMs", delay.toMillis())
                .param("status", status)
                .param("error", error)
                .param("id", row.id())
                .param("token", row.claimToken())
                .update();
    }

    /**
     * Parks the row with PropQ's answer, unless an edit replaced the refused state meanwhile: then the newer
     * state is pending at once (it may well be the fix). Answers whether the row is parked.
     */
    boolean parkIfUnchanged(ClaimedRow row, int status, String error, @Nullable String fieldErrorsJson) {
        var states = jdbc.sql("""
                        update outbox set state = case when version = :version then 'PARKED' else 'PENDING' end,
                            locked_until = null, claim_token = null, attempts = attempts + 1, next_attempt_at = now(),
                            last_status = :status, last_error = :error,
                            field_errors = case when version = :version then cast(:fieldErrors as jsonb) end,
                            owner_notified_at = null, updated_at = now()
                        where id = :id and claim_token = :token
                        returning state""")
                .param("version", row.version())
                .param("status", status)
                .param("error", error)
                .param("fieldErrors", fieldErrorsJson, Types.VARCHAR)
                .param("id", row.id())
                .param("token", row.claimToken())
                .query((rs, n) -> rs.getString(1))
                .list();
        return states.equals(List.of("PARKED"));
    }

    private static final String INSERT_LOG = """
            insert into delivery_log (outbox_id, kind, development_id, propq_development_id, unit_id,
                unit_name, version, unit_version, attempted_at, duration_ms, http_status, outcome, error)
            values (:outboxId, :kind, :developmentId, :propqDevelopmentId, :unitId, :unitName, :version,
                :unitVersion, :attemptedAt, :durationMs, :status, :outcome, :error)""";

    /** Every attempt, whatever came of it. */
    void log(ClaimedRow row, Instant attemptedAt, long durationMs, int status, String outcome, @Nullable String error) {
        jdbc.sql(INSERT_LOG)
                .params(logParameters(row, attemptedAt, durationMs, status, outcome, error))
                .update();
    }

    private static Map<String, Object> logParameters(
            ClaimedRow row, Instant attemptedAt, long durationMs, int status, String outcome, @Nullable String error) {
        var parameters = new HashMap<String, Object>();
        parameters.put("outboxId", row.id());
        parameters.put("kind", row.kind().name());
        parameters.put("developmentId", row.developmentId());
        parameters.put("propqDevelopmentId", row.propqDevelopmentId());
        parameters.put("unitId", new SqlParameterValue(Types.BIGINT, row.unitId()));
        parameters.put("unitName", new SqlParameterValue(Types.VARCHAR, row.unitName()));
        parameters.put("version", row.version());
        parameters.put("unitVersion", new SqlParameterValue(Types.BIGINT, row.unitVersion()));
        parameters.put("attemptedAt", OffsetDateTime.ofInstant(attemptedAt, ZoneOffset.UTC));
        parameters.put("durationMs", (int) Math.min(Integer.MAX_VALUE, durationMs));
        parameters.put("status", status);
        parameters.put("outcome", outcome);
        parameters.put("error", new SqlParameterValue(Types.VARCHAR, error));
        return parameters;
    }

    // --- the circuit (one row shared by all instances) -------------------------------------------------------------

    CircuitState circuit() {
        return jdbc.sql("select consecutive_failures, unreachable_since, next_probe_at from sync_circuit where id = 1")
                .query((rs, n) -> new CircuitState(rs.getInt(1), instant(rs, 2), instant(rs, 3)))
                .single();
    }

    /**
     * One more "PropQ is down" failure. The threshold-th in a row opens the circuit (unreachable since now); while
     * open, the next probe waits {@code probeDelay}.
     */
    void recordOutageFailure(int threshold, Duration probeDelay) {
        jdbc.sql("""
                        update sync_circuit
                        set consecutive_failures = consecutive_failures + 1,
                            unreachable_since = case when unreachable_since is null
                                                          and consecutive_failures + 1 >= :threshold
                                                     then now() else unreachable_since end,
                            next_probe_at = case when unreachable_since is not null
                                                      or consecutive_failures + 1 >= :threshold
                                                 then now() + :probeMs * interval '1 millisecond' end
                        where id = 1""")
                .param("threshold", threshold)
                .param("probeMs", probeDelay.toMillis())
                .update();
    }

    /**
     * Lets this transaction commit without waiting for its WAL flush. Safe only for the flusher's own
     * bookkeeping (claims, answers, the log): if a crash loses it, the row is claimed and sent again,
     * which delivery at least once and update-by-name's absolute values already allow. Catalog edits
     * never use it. Without it every delivery waits for a disk flush, the flusher's ceiling.
     */
    void commitWithoutWaitingForDisk() {
        jdbc.sql("set local synchronous_commit = off").update();
    }

    /**
     * PropQ answered: the failure run ends and the circuit closes. Writes only when
     * something changes (most answers find a closed circuit). When the circuit was open, the rows that backed off
     * during the outage become due at once, so recovery does not wait out their backoff.
     */
    void recordReachable() {
        var wasOpen = jdbc.sql("""
                        with previous as (
                            select unreachable_since from sync_circuit
                            where id = 1 and (consecutive_failures > 0 or unreachable_since is not null)
                            for update)
                        update sync_circuit c
                        set consecutive_failures = 0, unreachable_since = null, next_probe_at = null
                        from previous where c.id = 1
                        returning previous.unreachable_since is not null""").query(Boolean.class).optional().orElse(false);
        if (wasOpen) {
            jdbc.sql("update outbox set next_attempt_at = now(), updated_at = now() "
                            + "where state = 'PENDING' and next_attempt_at > now()")
                    .update();
        }
    }

    /**
     * While the circuit is open, one instance at a time may probe: the one whose update moves the probe time
     * forward. Answers whether this caller holds the probe.
     */
    boolean takeProbe(Duration interval) {
        return jdbc.sql("""
                        update sync_circuit set next_probe_at = now() + :probeMs * interval '1 millisecond'
                        where id = 1 and unreachable_since is not null
                          and (next_probe_at is null or next_probe_at <= now())""").param("probeMs", interval.toMillis()).update() == 1;
    }

    // --- what pages, metrics and health read -----------------------------------------------------------------------

    /** Counts, the oldest undelivered change, the circuit, and a marker that moves whenever anything changed. */
    SyncSnapshot snapshot() {
        return jdbc.sql("""
                        select count(*) filter (where o.state = 'PENDING'),
                               count(*) filter (where o.state = 'SENDING'),
                               count(*) filter (where o.state = 'PARKED'),
                               (select count(*) from delivery_log
                                where outcome = 'DELIVERED' and attempted_at > now() - interval '24 hours'),
                               min(o.created_at) filter (where o.state in ('PENDING', 'SENDING')),
                               c.unreachable_since,
                               concat_ws('/', count(*), max(o.updated_at), sum(o.version),
                                         (select max(id) from delivery_log), c.consecutive_failures,
                                         c.unreachable_since)
                        from sync_circuit c left join outbox o on true
                        where c.id = 1
                        group by c.id""")
                .query((rs, n) -> new SyncSnapshot(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        instant(rs, 5),
                        instant(rs, 6),
                        rs.getString(7)))
                .single();
    }

    // --- the sync queue page ------------------------------------------------------------------------------------

    /** The columns of a sync queue row, in the order {@link #toQueueRow(ResultSet, int)} reads them. */
    private static final String QUEUE_COLUMNS = """
            select o.id, o.kind, o.state, o.development_id, o.propq_development_id, d.name, o.unit_id, o.unit_name,
                   o.version, o.attempts, o.next_attempt_at, o.last_status, o.last_error, o.created_at, o.updated_at,
                   coalesce(o.state = 'SENDING' and o.locked_until < now(), false)
            """;

    private static final String QUEUE_FROM = """

             from outbox o join development d on d.id = o.development_id
             where\s""";

    List<QueueRow> queue(QueueFilter filter, int offset, int limit) {
        var where = queueWhere(filter);
        return where.bind(jdbc.sql(QUEUE_COLUMNS + QUEUE_FROM + where.sql() + "\n" + """
                         order by case o.state when 'PARKED' then 0 when 'SENDING' then 1 else 2 end, o.created_at, o.id
                         offset :offset limit :limit"""))
                .param("offset", offset)
                .param("limit", limit)
                .query(OutboxRepository::toQueueRow)
                .list();
    }

    int countQueue(QueueFilter filter) {
        var where = queueWhere(filter);
        return where.bind(jdbc.sql("select count(*)\n" + QUEUE_FROM + where.sql()))
                .query(Integer.class)
                .single();
    }

    private static SqlWhere queueWhere(QueueFilter filter) {
        return new SqlWhere()
                .and("o.state = :state", "state", filter.state(), OutboxState::name)
                .and(
                        "(o.propq_development_id ilike :development or d.name ilike :development)",
                        "development",
                        filter.development(),
                        SqlWhere::containing)
                .and("o.unit_name ilike :unit", "unit", filter.unit(), SqlWhere::containing)
                .and("o.last_status = :errorCode", "errorCode", filter.errorCode())
                .and("o.changed_by = :changedBy", "changedBy", filter.mine() ? Actors.current() : null);
    }

    Optional<QueueRow> queueRow(long id) {
        return jdbc.sql(QUEUE_COLUMNS + """
                        from outbox o join development d on d.id = o.development_id where o.id = :id""")
                .param("id", id)
                .query(OutboxRepository::toQueueRow)
                .optional();
    }

    private static QueueRow toQueueRow(ResultSet rs, int row) throws SQLException {
        return new QueueRow(
                rs.getLong(1),
                rs.getString(2),
                OutboxState.valueOf(rs.getString(3)),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                nullableLong(rs, 7),
                rs.getString(8),
                rs.getLong(9),
                rs.getInt(10),
                instant(rs, 11),
                (Integer) rs.getObject(12),
                rs.getString(13),
                instant(rs, 14),
                instant(rs, 15),
                rs.getBoolean(16));
    }

    /** The attempts of one outbox row, newest first (the log outlives the row). */
    List<DeliveryAttempt> attempts(long outboxId, int limit) {
        return jdbc.sql("""
                        select attempted_at, version, unit_version, duration_ms, http_status, outcome, error
                        from delivery_log where outbox_id = :id order by attempted_at desc, id desc limit :limit""")
                .param("id", outboxId)
                .param("limit", limit)
                .query((rs, n) -> new DeliveryAttempt(
                        instant(rs, 1),
                        rs.getLong(2),
                        nullableLong(rs, 3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /** An admin's retry: a parked row becomes due now with a fresh attempt count. Only a parked row. */
    boolean retryParked(long id) {
        return jdbc.sql("""
                        update outbox set state = 'PENDING', attempts = 0, next_attempt_at = now(),
                            field_errors = null, updated_at = now()
                        where id = :id and state = 'PARKED'""").param("id", id).update() == 1;
    }

    /**
     * An admin's "send now" for a row that is not parked but stuck: a SENDING row whose lease ran out loses its claim
     * (a late answer to it then changes nothing, as for any expired claim), a PENDING row that failed before is due
     * now. A row in flight under a live lease is never touched.
     */
    boolean sendStuckNow(long id) {
        return jdbc.sql("""
                        update outbox set state = 'PENDING', locked_until = null, claim_token = null,
                            next_attempt_at = now(), updated_at = now()
                        where id = :id and ((state = 'SENDING' and locked_until < now())
                                            or (state = 'PENDING' and attempts > 0))""").param("id", id).update() == 1;
    }

    /** An admin's discard: the parked change will not be sent. Only a parked row (never one in flight). */
    boolean discardParked(long id) {
        return jdbc.sql("delete from outbox where id = :id and state = 'PARKED'")
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The parked rows a queue filter shows (whatever its state filter says), oldest first. */
    List<QueueRow> parkedRows(QueueFilter filter) {
        var parked = new QueueFilter(
                OutboxState.PARKED, filter.development(), filter.unit(), filter.errorCode(), filter.mine());
        return queue(parked, 0, Integer.MAX_VALUE);
    }

    /** Bulk retry: those of {@code ids} still parked become due now. Answers the ids that did. */
    List<Long> retryParked(Collection<Long> ids) {
        return jdbc.sql("""
                        update outbox set state = 'PENDING', attempts = 0, next_attempt_at = now(),
                            field_errors = null, updated_at = now()
                        where id in (:ids) and state = 'PARKED' returning id""").param("ids", ids).query((rs, row) -> rs.getLong(1)).list();
    }

    /** Bulk discard: those of {@code ids} still parked are deleted. Answers the ids that were. */
    List<Long> discardParked(Collection<Long> ids) {
        return jdbc.sql("delete from outbox where id in (:ids) and state = 'PARKED' returning id")
                .param("ids", ids)
                .query((rs, row) -> rs.getLong(1))
                .list();
    }

    /**
     * {@code username}'s parked rows they were not yet told about, marked as told in the same statement: each is
     * reported once, whichever instance serves their next page.
     */
    List<ParkedNotice> takeUnnotifiedParked(String username) {
        return jdbc.sql("""
                        with told as (
                            update outbox set owner_notified_at = now()
                            where changed_by = :username and state = 'PARKED' and owner_notified_at is null
                            returning id, kind, development_id, unit_id, unit_name, last_status)
                        select t.id, t.development_id, d.name, t.unit_id, t.unit_name, t.last_status
                        from told t join development d on d.id = t.development_id
                        order by t.id""")
                .param("username", username)
                .query((rs, n) -> new ParkedNotice(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), nullableLong(rs, 4), rs.getString(5), (Integer)
                                rs.getObject(6)))
                .list();
    }

    // --- housekeeping --------------------------------------------------------------------------------------------

    /**
     * Deletes up to {@code batch} delivery log rows older than the cutoff; callers loop until fewer come back.
     * Small batches keep each transaction short and never lock the whole log.
     */
    int deleteLogBefore(Instant cutoff, int batch) {
        return jdbc.sql("""
                        delete from delivery_log where id in (
                            select id from delivery_log where attempted_at < :cutoff limit :batch)""")
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .param("batch", batch)
                .update();
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        var value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
