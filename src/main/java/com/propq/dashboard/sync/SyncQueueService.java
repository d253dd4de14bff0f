package com.propq.dashboard.sync;

import com.propq.dashboard.base.Actors;
import com.propq.dashboard.base.Roles;
import com.propq.dashboard.history.HistoryEntityType;
import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryKind;
import com.propq.dashboard.history.HistoryWriter;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sync queue page's reads (agents and admins) and the admins' actions on parked rows, each recorded in the
 * change history with the row's last PropQ answer.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
public class SyncQueueService {

    /** The delivery log of a row shows at most this many attempts. */
    public static final int LOG_LIMIT = 200;

    private final OutboxRepository repository;
    private final HistoryWriter history;
    private final ApplicationEventPublisher events;
    private final Duration retryEvery;

    SyncQueueService(
            OutboxRepository repository,
            HistoryWriter history,
            ApplicationEventPublisher events,
            DeliveryProperties properties) {
        this.retryEvery = properties.circuitProbeInterval();
        this.repository = repository;
        this.history = history;
        this.events = events;
    }

    /** How often deliveries try PropQ again while it is down: the circuit's probe interval. */
    public Duration retryEvery() {
        return retryEvery;
    }

    public SyncSnapshot summary() {
        return repository.snapshot();
    }

    public List<QueueRow> rows(QueueFilter filter, int offset, int limit) {
        return repository.queue(filter, offset, limit);
    }

    public int count(QueueFilter filter) {
        return repository.countQueue(filter);
    }

    public List<DeliveryAttempt> deliveryLog(long outboxId) {
        return repository.attempts(outboxId, LOG_LIMIT);
    }

    /**
     * The signed-in user's changes PropQ refused since they were last told, each answered once (the next page
     * shows them; later pages do not).
     */
    @Transactional
    public List<ParkedNotice> takeMyParkedNotices() {
        return repository.takeUnnotifiedParked(Actors.current());
    }

    /** Sends a parked row again now. False when it is no longer parked (fixed, retried or discarded meanwhile). */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public boolean retry(long outboxId) {
        var row = repository.queueRow(outboxId).filter(r -> r.state() == OutboxState.PARKED);
        if (row.isEmpty() || !repository.retryParked(outboxId)) {
            return false;
        }
        history.record(entry(row.get(), "RETRY"));
        events.publishEvent(new OutboxChanged());
        return true;
    }

    /**
     * Sends a stuck row that is not parked (a SENDING row whose lease ran out, a PENDING row that failed before) now.
     * False when it is no longer stuck (delivered, claimed again meanwhile).
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public boolean sendNow(long outboxId) {
        var row = repository.queueRow(outboxId).filter(r -> r.stuck() && r.state() != OutboxState.PARKED);
        if (row.isEmpty() || !repository.sendStuckNow(outboxId)) {
            return false;
        }
        history.record(entry(row.get(), "SEND_NOW"));
        events.publishEvent(new OutboxChanged());
        return true;
    }

    /** Drops a parked row: PropQ will not get this change. False when it is no longer parked. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public boolean discard(long outboxId) {
        var row = repository.queueRow(outboxId).filter(r -> r.state() == OutboxState.PARKED);
        if (row.isEmpty() || !repository.discardParked(outboxId)) {
            return false;
        }
        history.record(entry(row.get(), "DISCARD"));
        return true;
    }

    /**
     * The parked rows the filter shows, for an admin to confirm a bulk action on exactly these (its count is what
     * the confirmation says).
     */
    @RolesAllowed(Roles.ADMIN)
    public List<QueueRow> parked(QueueFilter filter) {
        return repository.parkedRows(filter);
    }

    /**
     * Sends every one of {@code rows} still parked again now (e.g. after PropQ fixed our permissions): one
     * change-history entry lists them all. Answers how many were retried.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public int retryAll(List<QueueRow> rows) {
        var retried = rows.isEmpty() ? List.<Long>of() : repository.retryParked(ids(rows));
        if (!retried.isEmpty()) {
            history.record(bulkEntry(rows, retried, "RETRY"));
            events.publishEvent(new OutboxChanged());
        }
        return retried.size();
    }

    /** Drops every one of {@code rows} still parked, with one change-history entry that lists them. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public int discardAll(List<QueueRow> rows) {
        var discarded = rows.isEmpty() ? List.<Long>of() : repository.discardParked(ids(rows));
        if (!discarded.isEmpty()) {
            history.record(bulkEntry(rows, discarded, "DISCARD"));
        }
        return discarded.size();
    }

    private static List<Long> ids(List<QueueRow> rows) {
        return rows.stream().map(QueueRow::id).toList();
    }

    /** One entry for a bulk action: the rows it changed, each with its last PropQ answer, one per line. */
    private static HistoryEntry bulkEntry(List<QueueRow> rows, List<Long> changed, String action) {
        var done = Set.copyOf(changed);
        var lines = rows.stream()
                .filter(r -> done.contains(r.id()))
                .map(r -> label(r) + (r.lastStatus() == null ? "" : " (PropQ " + r.lastStatus() + ")"))
                .collect(Collectors.joining("\n"));
        var developments = rows.stream()
                .filter(r -> done.contains(r.id()))
                .map(QueueRow::developmentId)
                .distinct()
                .toList();
        return new HistoryEntry(
                Actors.current(),
                HistoryKind.SYNC_QUEUE_ACTION,
                HistoryEntityType.OUTBOX,
                null,
                done.size() + " parked changes",
                developments.size() == 1 ? developments.getFirst() : null,
                null,
                null,
                "state",
                OutboxState.PARKED.name(),
                action,
                lines,
                null);
    }

    private static String label(QueueRow row) {
        return row.unitName() == null
                ? row.propqDevelopmentId() + " (" + row.kind() + ")"
                : row.propqDevelopmentId() + " / " + row.unitName();
    }

    private static HistoryEntry entry(QueueRow row, String action) {
        var actor = Actors.current();
        var label = label(row);
        var answer = row.lastStatus() == null
                ? null
                : "PropQ " + row.lastStatus()
                        + (row.lastError() == null ? "" : ": " + DeliveryPolicy.cut(row.lastError()));
        return new HistoryEntry(
                actor,
                HistoryKind.SYNC_QUEUE_ACTION,
                HistoryEntityType.OUTBOX,
                row.id(),
                label,
                row.developmentId(),
                row.unitId(),
                null,
                "state",
                row.state().name(),
                action,
                answer,
                null);
    }
}
