package com.propq.dashboard.publish;

import com.propq.dashboard.base.Actors;
import com.propq.dashboard.base.Roles;
import com.propq.dashboard.history.HistoryEntityType;
import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryKind;
import com.propq.dashboard.history.HistoryWriter;
import com.propq.dashboard.sync.OutboxWriter;
import com.propq.dashboard.sync.SyncStatusService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishing a development, and reading publish requests with their status steps, for the pages. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class PublishService {

    /** The history's field name of a publish request's entries. */
    public static final String HISTORY_FIELD = "publish";

    private final PublishRepository repository;
    private final PublishTargets catalog;
    private final SyncStatusService sync;
    private final OutboxWriter outbox;
    private final HistoryWriter history;

    PublishService(
            PublishRepository repository,
            PublishTargets catalog,
            SyncStatusService sync,
            OutboxWriter outbox,
            HistoryWriter history) {
        this.repository = repository;
        this.catalog = catalog;
        this.sync = sync;
        this.outbox = outbox;
        this.history = history;
    }

    /** What the confirmation shows: unit changes PropQ has not accepted yet, which the publish will wait for. */
    public int waitingChanges(long developmentId) {
        return sync.waitingUnitChanges(developmentId);
    }

    /** The development's units that PropQ has never received and that are not waiting to be sent either. */
    public int unitsNotAtPropq(long developmentId) {
        return sync.unitsNeverReceived(developmentId);
    }

    /** The development's publish in progress (queued or publishing), if any. */
    public Optional<Long> inProgress(long developmentId) {
        return repository.inProgress(developmentId);
    }

    /**
     * Records who asked to publish the development and queues its PUBLISH outbox row, with the history entry, in
     * one transaction. The delivery engine sends it once the development's pending unit changes are delivered.
     *
     * @throws PublishInProgressException when a publish of the development is already queued or publishing
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    public PublishRequest publish(long developmentId) {
        var development = catalog.development(developmentId)
                .orElseThrow(() -> new NoSuchElementException("No development " + developmentId));
        var running = repository.inProgress(developmentId);
        if (running.isPresent()) {
            throw new PublishInProgressException(running.get());
        }
        var user = Actors.current();
        long id;
        try {
            id = repository.insert(developmentId, development.propqId(), development.name(), user);
        } catch (DuplicateKeyException raced) {
            // Another request for this development committed between the check and the insert.
            throw new PublishInProgressException(
                    repository.inProgress(developmentId).orElse(0L));
        }
        outbox.queuePublish(developmentId, development.propqId(), id);
        history.record(new HistoryEntry(
                user,
                HistoryKind.PUBLISH,
                HistoryEntityType.PUBLISH_REQUEST,
                id,
                development.name(),
                developmentId,
                null,
                null,
                HISTORY_FIELD,
                null,
                PublishState.QUEUED.name(),
                null,
                null));
        return repository.ofDevelopment(developmentId, 1).getFirst();
    }

    /** The Publishing page: requests across developments, newest first. */
    public List<PublishRequest> requests(PublishFilter filter, int offset, int limit) {
        return repository.page(filter, offset, limit);
    }

    public int countRequests(PublishFilter filter) {
        return repository.count(filter);
    }

    /** The development page's timeline: its newest requests, each with every status step, newest first. */
    public List<PublishTimeline> timeline(long developmentId, int limit) {
        var requests = repository.ofDevelopment(developmentId, limit);
        var steps = repository.steps(requests.stream().map(PublishRequest::id).toList());
        return requests.stream()
                .map(r -> new PublishTimeline(r, steps.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** Each development's newest publish request (absent if it was never published), for the developments list. */
    public Map<Long, PublishRequest> lastRequests(Collection<Long> developmentIds) {
        return repository.latest(developmentIds);
    }
}
