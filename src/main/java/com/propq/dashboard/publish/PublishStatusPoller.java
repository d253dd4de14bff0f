package com.propq.dashboard.publish;

import com.propq.dashboard.history.HistoryEntityType;
import com.propq.dashboard.history.HistoryEntry;
import com.propq.dashboard.history.HistoryKind;
import com.propq.dashboard.history.HistoryWriter;
import com.propq.dashboard.propq.PropqClient;
import com.propq.dashboard.propq.PropqOutcome;
import com.propq.dashboard.propq.PublishStatus;
import com.propq.dashboard.sync.PublishDelivered;
import com.propq.dashboard.sync.PublishParked;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows accepted publishes: asks PropQ's publish-status for each due PUBLISHING request, with backoff, until the
 * status leaves PUBLISHING, the request times out, or PropQ answers with a permanent error. Safe on many
 * instances (SKIP LOCKED claims with a lease, schedule in the table), so it resumes after a restart. Also
 * receives the delivery engine's answer to the publish itself.
 */
@Component
class PublishStatusPoller {

    static final String ACTOR = HistoryEntry.systemActor("publish-poller");
    private static final Logger log = LoggerFactory.getLogger(PublishStatusPoller.class);

    private final PublishRepository repository;
    private final TransactionTemplate transactions;
    private final PropqClient client;
    private final PublishProperties settings;
    private final HistoryWriter history;
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile boolean ready;

    PublishStatusPoller(
            PublishRepository repository,
            TransactionTemplate transactions,
            PropqClient client,
            PublishProperties settings,
            HistoryWriter history) {
        this.repository = repository;
        this.transactions = transactions;
        this.client = client;
        this.settings = settings;
        this.history = history;
    }

    /** In sandbox mode PropQ is this app's own web server, reachable only once the application is ready. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        ready = true;
    }

    @EventListener
    void onDelivered(PublishDelivered event) {
        var requestId = event.publishRequestId();
        if (requestId == null) {
            return;
        }
        transactions.executeWithoutResult(tx -> {
            var left = repository.accepted(requestId, event.propqDevelopmentId(), settings.pollInitialDelay());
            if (left.isPresent() && event.devStatus() != null) {
                // The publish call's own answer is the first status: PropQ may be done before the first poll.
                repository.answeredByPublish(requestId, event.devStatus());
            }
            if (left.equals(Optional.of(PublishState.FAILED))) {
                // An admin sent the parked publish again and PropQ took it: the request lives again.
                history.record(finish(
                        requestId,
                        event.developmentId(),
                        event.propqDevelopmentId(),
                        PublishState.FAILED.name(),
                        PublishState.PUBLISHING.name(),
                        null));
            }
        });
    }

    @EventListener
    void onParked(PublishParked event) {
        var requestId = event.publishRequestId();
        if (requestId == null) {
            return;
        }
        var error = event.status() + ": " + event.error();
        transactions.executeWithoutResult(tx -> {
            if (repository.refused(requestId, error)) {
                history.record(finish(
                        requestId,
                        event.developmentId(),
                        event.propqDevelopmentId(),
                        PublishState.QUEUED.name(),
                        PublishState.FAILED.name(),
                        error));
            }
        });
    }

    @Scheduled(fixedDelayString = "${app.publish.poll-interval:PT1S}")
    void tick() {
        if (ready) {
            pollDue();
        }
    }

    /** Polls every due request this instance can claim; answers how many it polled. */
    int pollDue() {
        if (!polling.compareAndSet(false, true)) {
            return 0;
        }
        try {
            var token = UUID.randomUUID();
            var claims = transactions.execute(tx -> repository.claimDue(settings.batchSize(), settings.lease(), token));
            if (claims == null) {
                return 0;
            }
            for (var claim : claims) {
                try {
                    poll(claim);
                } catch (RuntimeException e) {
                    // The claim's lease runs out and the request is polled again.
                    log.warn("Could not poll the publish status of request {}", claim.id(), e);
                }
            }
            return claims.size();
        } finally {
            polling.set(false);
        }
    }

    private void poll(ClaimedRequest claim) {
        var outcome = client.publishStatus(claim.propqDevelopmentId()); // no transaction open during the call
        var next = settings.delayAfter(claim.pollAttempts() + 1);
        transactions.executeWithoutResult(tx -> {
            Optional<PublishState> state;
            String detail;
            switch (outcome) {
                case PropqOutcome.Success<PublishStatus> success -> {
                    detail = success.value().devStatus();
                    state = repository.observed(claim, detail, next, settings.timeout());
                }
                case PropqOutcome.Failure<PublishStatus> failure
                when failure.isTransient() -> {
                    detail = failure.detail();
                    state = repository.retryLater(claim, detail, next, settings.timeout());
                }
                case PropqOutcome.Failure<PublishStatus> failure -> {
                    detail = failure.detail();
                    state = repository.failed(claim, detail) ? Optional.of(PublishState.FAILED) : Optional.empty();
                }
            }
            state.filter(s -> !s.inProgress())
                    .ifPresent(s -> history.record(finish(
                            claim.id(),
                            claim.developmentId(),
                            claim.developmentName(),
                            PublishState.PUBLISHING.name(),
                            s == PublishState.FINISHED ? detail : s.name(),
                            s == PublishState.FINISHED ? null : detail)));
        });
    }

    private static HistoryEntry finish(
            long requestId, long developmentId, String label, String from, String to, @Nullable String reason) {
        return new HistoryEntry(
                ACTOR,
                HistoryKind.PUBLISH,
                HistoryEntityType.PUBLISH_REQUEST,
                requestId,
                label,
                developmentId,
                null,
                null,
                PublishService.HISTORY_FIELD,
                from,
                to,
                reason,
                null);
    }
}
