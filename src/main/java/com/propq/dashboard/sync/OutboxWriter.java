package com.propq.dashboard.sync;

import com.propq.dashboard.base.Actors;
import com.propq.dashboard.propq.UnitPayload;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues changes for PropQ inside the caller's transaction, so that a catalog change and its
 * outbox row commit or roll back together.
 */
@Component
public class OutboxWriter {

    /**
     * What every upsert does to a row already queued: a new version, still due when it was (edits in a
     * burst ride along; a row in retry keeps its backoff; a row being sent is sent again by the flusher
     * when it sees the new version), and a parked row starts afresh.
     */
    private static final String REQUEUE = """
                    version = outbox.version + 1,
                    state = case when outbox.state = 'SENDING' then 'SENDING' else 'PENDING' end,
                    attempts = case when outbox.state = 'PARKED' then 0 else outbox.attempts end,
                    next_attempt_at = case when outbox.state = 'PARKED' then excluded.next_attempt_at
                                           else outbox.next_attempt_at end,
                    last_status = case when outbox.state = 'PARKED' then null else outbox.last_status end,
                    last_error = case when outbox.state = 'PARKED' then null else outbox.last_error end,
                    field_errors = null,
                    changed_by = excluded.changed_by,
                    updated_at = now()""";

    /**
     * One undelivered row per unit key: a new state replaces the payload and raises the version, so
     * ten quick edits become one call and an older value can never be sent after a newer one. A
     * parked row is replaced too (fixing the data is how it is unblocked); a row being sent keeps its
     * state, and the flusher sees the raised version and sends the newer state next. The lane only moves
     * up: an agent's edit of a unit a batch queued takes the unit to the interactive lane, and a batch
     * that touches a unit whose edit is still waiting leaves it there (it would otherwise wait for the
     * whole batch; it carries the batch's newer state with it). The row belongs to whoever queued its newest
     * state: they are told if PropQ refuses it.
     */
    private static final String UPSERT_UNITS = """
                insert into outbox (kind, development_id, propq_development_id, unit_id, unit_name, unit_version,
                                    next_attempt_at, payload, lane, changed_by, batch_id)
                select 'UNIT', s.development_id, s.propq_development_id, s.unit_id, s.unit_name, s.unit_version,
                       greatest(now(), d.delivered_at + :coalesceMs * interval '1 millisecond'),
                       %s,
                       :lane, :changedBy, cast(:batchId as uuid)
                from rows from (jsonb_to_recordset(cast(:states as jsonb)) as (development_id bigint,
                         propq_development_id text, unit_id bigint, unit_name text, unit_version bigint,
                         status_code integer, price text, directions jsonb))
                     with ordinality as s(development_id, propq_development_id, unit_id, unit_name, unit_version,
                         status_code, price, directions, line)
                     left join unit_delivery d on d.unit_id = s.unit_id
                order by s.line
                on conflict (propq_development_id, unit_name) where kind = 'UNIT' do update
                set payload = excluded.payload,
                    unit_id = excluded.unit_id,
                    unit_version = excluded.unit_version,
                    lane = case when excluded.lane = 'INTERACTIVE' then 'INTERACTIVE' else outbox.lane end,
                    batch_id = coalesce(excluded.batch_id, outbox.batch_id),
                    """.formatted(UnitPayload.jsonbBuildObject(
                    "s.unit_name", "s.status_code", "cast(s.price as numeric)", "s.directions"))
            + REQUEUE;

    /**
     * A development's publish request: one undelivered row per development, replaced by a newer request. The
     * flusher claims it only once no unit row of the development is pending or in flight. A person asked for it:
     * it is interactive.
     */
    private static final String UPSERT_PUBLISH = """
                insert into outbox (kind, development_id, propq_development_id, payload, lane, changed_by)
                values ('PUBLISH', :developmentId, :propqDevelopmentId,
                        jsonb_build_object('publishRequestId', cast(:publishRequestId as bigint)), 'INTERACTIVE',
                        :changedBy)
                on conflict (propq_development_id) where kind = 'PUBLISH' do update
                set payload = excluded.payload,
                    development_id = excluded.development_id,
                    """ + REQUEUE;

    /** Units per statement: bounds the size of one statement's JSON. */
    private static final int CHUNK = 5_000;

    private final long coalesceMs;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OutboxWriter(JdbcClient jdbc, ApplicationEventPublisher events, DeliveryProperties settings) {
        this.coalesceMs = settings.coalesceWindow().toMillis();
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Queues one unit's new state in {@code lane}: INTERACTIVE for a person's single edit, BATCH for a job's. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueUnit(UnitState state, OutboxLane lane) {
        queueUnits(List.of(state), lane);
    }

    /**
     * In bulk, so a bulk change of thousands of units costs a statement or two. A unit listed twice is queued
     * once, with its last state (one statement may not upsert a row twice).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueUnits(List<UnitState> states, OutboxLane lane) {
        upsertUnits(states, lane, null);
    }

    /**
     * A bulk change, import or undo of one development, in the batch lane, as one delivery batch: the development
     * page and the sync queue show how far it has reached PropQ ({@link DeliveryProgressFeed}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueBatch(UUID batchId, long developmentId, List<UnitState> states) {
        var queued = upsertUnits(states, OutboxLane.BATCH, batchId);
        if (queued > 0) {
            jdbc.sql("insert into delivery_batch (id, development_id, unit_count) values (:id, :developmentId, :count)")
                    .param("id", batchId)
                    .param("developmentId", developmentId)
                    .param("count", queued)
                    .update();
        }
    }

    /** The number of units queued. */
    private int upsertUnits(List<UnitState> states, OutboxLane lane, @Nullable UUID batchId) {
        if (states.isEmpty()) {
            return 0;
        }
        var latest = new LinkedHashMap<List<String>, UnitState>();
        states.forEach(state -> latest.put(List.of(state.propqDevelopmentId(), state.unitName()), state));
        var unique = List.copyOf(latest.values());
        for (int from = 0; from < unique.size(); from += CHUNK) {
            var chunk = unique.subList(from, Math.min(unique.size(), from + CHUNK));
            jdbc.sql(UPSERT_UNITS)
                    .param("coalesceMs", coalesceMs)
                    .param("lane", lane.name())
                    .param("changedBy", Actors.currentOrNone(), Types.VARCHAR)
                    .param("batchId", batchId, Types.OTHER)
                    .param(
                            "states",
                            JsonMapper.shared()
                                    .writeValueAsString(chunk.stream()
                                            .map(OutboxWriter::json)
                                            .toList()))
                    .update();
        }
        events.publishEvent(new OutboxChanged());
        return unique.size();
    }

    /**
     * Queues publishing a development (the publish feature calls this in its transaction); PropQ's answer comes
     * back as a {@link PublishDelivered} or {@link PublishParked} event.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queuePublish(long developmentId, String propqDevelopmentId, long publishRequestId) {
        jdbc.sql(UPSERT_PUBLISH)
                .param("developmentId", developmentId)
                .param("propqDevelopmentId", propqDevelopmentId)
                .param("publishRequestId", publishRequestId)
                .param("changedBy", Actors.currentOrNone(), Types.VARCHAR)
                .update();
        events.publishEvent(new OutboxChanged());
    }

    private static Map<String, Object> json(UnitState state) {
        var json = new HashMap<String, Object>();
        json.put("development_id", state.developmentId());
        json.put("propq_development_id", state.propqDevelopmentId());
        json.put("unit_id", state.unitId());
        json.put("unit_name", state.unitName());
        json.put("unit_version", state.unitVersion());
        json.put("status_code", state.statusCode());
        json.put("price", state.price().toPlainString());
        json.put("directions", state.directions());
        return json;
    }

    /** A development's PropQ id may change only before anything was delivered; its queued rows follow it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void retargetDevelopment(long developmentId, String newPropqDevelopmentId) {
        jdbc.sql("update outbox set propq_development_id = :propqId, updated_at = now() "
                        + "where development_id = :developmentId")
                .param("propqId", newPropqDevelopmentId)
                .param("developmentId", developmentId)
                .update();
    }
}
