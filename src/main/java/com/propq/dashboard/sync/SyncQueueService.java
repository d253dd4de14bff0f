package com.propq.dashboard.sync;

import com.propq.dashboard.history.Actors;
import com.propq.dashboard.history.HistoryEntityType;
import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryKind;
import com.propq.dashboard.history.HistoryWriter;
import com.propq.dashboard.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    SyncQueueService(JdbcClient jdbc, HistoryWriter history, ApplicationEventPublisher events) {
        this.repository = new OutboxRepository(jdbc);
        this.history = history;
        this.events = events;
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

    private static HistoryEntry entry(QueueRow row, String action) {
        var actor = Actors.current();
        var label = row.unitName() == null ? row.propqDevelopmentId() + " (" + row.kind() + ")"
                : row.propqDevelopmentId() + " / " + row.unitName();
        var answer = row.lastStatus() == null ? null
                : "PropQ " + row.lastStatus() + (row.lastError() == null ? "" : ": " + DeliveryPolicy.cut(row.lastError()));
        return new HistoryEntry(actor, HistoryKind.SYNC_QUEUE_ACTION, HistoryEntityType.OUTBOX, row.id(), label,
                row.developmentId(), row.unitId(), null, "state", row.state().name(), action, answer, null);
    }
}
