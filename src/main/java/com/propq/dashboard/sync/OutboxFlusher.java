package com.propq.dashboard.sync;

import com.propq.dashboard.propq.Accepted;
import com.propq.dashboard.propq.PropqClient;
import com.propq.dashboard.propq.PropqCredentials;
import com.propq.dashboard.propq.PropqOutcome;
import com.propq.dashboard.propq.UnitPayload;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the outbox to PropQ: claims due rows (one statement), calls PropQ with no transaction or connection
 * held, then records the answer. At most {@code concurrency} calls in flight; a unit has one outbox row, and a
 * claimed row is nobody else's until its lease ends (or its answer is recorded), so a unit never has two requests
 * in flight. A nudge (after a commit, after each call, on the poll) runs one flush on the dispatcher thread;
 * nudges that arrive meanwhile coalesce into the next one.
 *
 * <p>An accepted unit change, the common case, frees its slot as soon as PropQ answers: the recorder thread writes
 * the answers that arrived meanwhile together ({@link OutboxRepository#deliveredAll}), so the bookkeeping costs a
 * round trip per batch of answers rather than several per call, and the next call does not wait for it. Every
 * other answer (retry, park, a publish) is recorded by its worker before the slot is freed, as it always was.
 *
 * <p>Two lanes ({@link OutboxLane}): every freed slot goes to a due interactive row first, so a person's edit waits
 * at most for the first call in flight to end, never for a batch to drain; while none of this instance's calls in
 * flight is a batch row, one slot is the batch lane's, so batches keep moving under any stream of single edits.
 * Either lane may use every slot the other leaves idle.
 *
 * <p>Claiming ahead: a claim takes up to {@code claimAhead} rows beyond the free slots and keeps them, so a freed
 * slot starts its next call at once rather than after a claim of its own (with PropQ's answers in a few tens of
 * milliseconds, that claim was the gap between two calls of a slot). The rows kept stay this instance's (SENDING,
 * under lease), and they never take a fresh change's place: after any change is committed here the next freed
 * slot claims from the database, where an interactive row comes first, before it uses a kept row. A kept row is
 * sent only while its lease leaves room for a whole call ({@code callLimit}); the kept rows go back to the outbox
 * at once (pending, no attempt counted) when an answer is anything but a success, so that the circuit and the
 * backoff decide what is sent next, as without them, and when the flusher closes.
 */
final class OutboxFlusher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxFlusher.class);

    private final OutboxRepository repository;
    private final TransactionTemplate transactions;
    private final PropqClient client;
    private final PropqCredentials credentials;
    private final DeliveryProperties settings;
    private final DeliveryMetrics metrics;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExecutorService dispatcher;
    private final ExecutorService workers;
    private final ExecutorService recorder;
    private final ConcurrentLinkedQueue<OutboxRepository.Delivered> accepted = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean recordQueued = new AtomicBoolean();
    private final Semaphore slots;
    private final AtomicInteger batchInFlight = new AtomicInteger();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    /** Rows claimed beyond the free slots, in claim order (interactive ones in front). */
    private final ConcurrentLinkedDeque<Ahead> ahead = new ConcurrentLinkedDeque<>();
    /** A change was committed since the last claim: the next freed slot claims before it takes a kept row. */
    private final AtomicBoolean changed = new AtomicBoolean(true);
    /** An answer was not a success: the kept rows go back before anything else is sent. */
    private final AtomicBoolean distrustAhead = new AtomicBoolean();

    private final long aheadMaxAgeNanos;
    private volatile boolean closed;

    /** A row claimed ahead, and when: it is sent only while its lease has room for a whole call. */
    private record Ahead(ClaimedRow row, long claimedAt) {}

    OutboxFlusher(
            String name,
            OutboxRepository repository,
            TransactionTemplate transactions,
            PropqClient client,
            PropqCredentials credentials,
            DeliveryProperties settings,
            Duration callLimit,
            DeliveryMetrics metrics,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.aheadMaxAgeNanos = settings.lease().minus(callLimit).toNanos();
        this.transactions = transactions;
        this.client = client;
        this.credentials = credentials;
        this.settings = settings;
        this.metrics = metrics;
        this.events = events;
        this.clock = clock;
        this.slots = new Semaphore(settings.concurrency());
        this.dispatcher = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name(name + "-dispatch").factory());
        this.recorder = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name(name + "-record").factory());
        var counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(
                settings.concurrency(),
                r -> Thread.ofPlatform()
                        .name(name + "-" + counter.incrementAndGet())
                        .unstarted(r));
    }

    /** Asks for a flush soon; cheap and safe to call from anywhere, any number of times. */
    void nudge() {
        if (closed || !flushQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            dispatcher.execute(() -> {
                flushQueued.set(false);
                try {
                    flush();
                } catch (RuntimeException e) {
                    log.warn("Outbox flush failed; the next nudge or poll tries again", e);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            flushQueued.set(false);
        }
    }

    /** A change was committed: {@link #nudge}, and the next freed slot claims before it takes a row kept ahead. */
    void changed() {
        changed.set(true);
        nudge();
    }

    /** Claims as many due rows as there are free delivery slots (and some ahead), and hands each to a worker. */
    private void flush() {
        while (!closed) {
            int free = slots.availablePermits();
            if (free == 0) {
                return;
            }
            if (distrustAhead.getAndSet(false)) {
                releaseAhead();
            }
            if (!changed.getAndSet(false) && takeAhead(free)) {
                continue;
            }
            // The circuit and the claim are one statement each, outside a transaction: one round trip apiece.
            boolean probe = repository.circuit().open();
            int room = probe || distrustAhead.get() ? 0 : Math.max(0, settings.claimAhead() - ahead.size());
            int limit = probe ? 1 : Math.min(free + room, settings.batchSize());
            if (probe) {
                releaseAhead();
                if (!Boolean.TRUE.equals(
                        transactions.execute(tx -> repository.takeProbe(settings.circuitProbeInterval())))) {
                    return; // open, and the probe is not due yet (or another instance holds it)
                }
            }
            int batchFloor = !probe && settings.concurrency() > 1 && batchInFlight.get() == 0 ? 1 : 0;
            var token = UUID.randomUUID();
            long claimedAt = System.nanoTime();
            List<ClaimedRow> rows = repository.claim(limit, batchFloor, settings.lease(), token, probe);
            if (!rows.isEmpty()) {
                metrics.recordClaim();
            }
            // Interactive rows come first in a claim, so the fresh ones take the free slots; the rest wait, kept in
            // front of older kept rows only if they are interactive. A publish is never kept: it may go only while
            // none of its development's units waits, which a later edit could change meanwhile.
            var notKept = new ArrayList<ClaimedRow>();
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                if (i < free) {
                    if (!start(row, probe)) {
                        releaseAhead();
                        repository.release(rows.subList(i, rows.size()));
                        return;
                    }
                } else if (row.kind() == OutboxKind.PUBLISH) {
                    notKept.add(row);
                } else if (row.lane() == OutboxLane.INTERACTIVE) {
                    ahead.addFirst(new Ahead(row, claimedAt));
                } else {
                    ahead.addLast(new Ahead(row, claimedAt));
                }
            }
            repository.release(notKept);
            if (probe || rows.size() < limit) {
                return;
            }
        }
    }

    /**
     * Starts up to {@code free} calls from the rows kept ahead; answers false if none was kept. Kept rows whose
     * lease no longer has room for a whole call go back to the outbox first.
     */
    private boolean takeAhead(int free) {
        if (ahead.isEmpty()) {
            return false;
        }
        var stale = new ArrayList<ClaimedRow>();
        for (var kept : ahead) {
            // Only a row this thread took out goes back: a worker may be polling the same deque.
            if (isStale(kept) && ahead.removeFirstOccurrence(kept)) {
                stale.add(kept.row());
            }
        }
        repository.release(stale);
        for (int started = 0; started < free; started++) {
            var row = pollFreshAhead();
            if (row == null) {
                break;
            }
            if (!start(row, false)) {
                repository.release(List.of(row));
                break;
            }
        }
        return true;
    }

    /**
     * The first row kept ahead, if its lease still has room for a whole call; otherwise null, and a row past that
     * stays in front for the dispatcher to give back.
     */
    private @Nullable ClaimedRow pollFreshAhead() {
        var next = ahead.pollFirst();
        if (next == null) {
            return null;
        }
        if (isStale(next)) {
            ahead.addFirst(next);
            return null;
        }
        return next.row();
    }

    private boolean isStale(Ahead kept) {
        return System.nanoTime() - kept.claimedAt() > aheadMaxAgeNanos;
    }

    /** Gives the rows kept ahead back to the outbox (see {@link OutboxRepository#release}). */
    private void releaseAhead() {
        var rows = new ArrayList<ClaimedRow>();
        for (var next = ahead.pollFirst(); next != null; next = ahead.pollFirst()) {
            rows.add(next.row());
        }
        try {
            repository.release(rows);
        } catch (RuntimeException e) {
            log.warn("Could not give {} claimed rows back; they are sent when their lease ends", rows.size(), e);
        }
    }

    /**
     * Takes a slot and hands the row to a worker; answers false if the workers are shut down. The worker keeps its
     * slot for the next row kept ahead while no change or failure calls for a claim, so a slot's next call starts
     * without a round trip through the dispatcher.
     */
    private boolean start(ClaimedRow row, boolean probe) {
        slots.acquireUninterruptibly();
        if (row.lane() == OutboxLane.BATCH) {
            batchInFlight.incrementAndGet();
        }
        try {
            workers.execute(() -> {
                try {
                    for (var next = row; next != null; next = nextAhead()) {
                        try {
                            deliver(next, probe && next == row);
                        } finally {
                            if (next.lane() == OutboxLane.BATCH) {
                                batchInFlight.decrementAndGet();
                            }
                        }
                    }
                } finally {
                    slots.release();
                    nudge();
                }
            });
            return true;
        } catch (RejectedExecutionException shuttingDown) {
            if (row.lane() == OutboxLane.BATCH) {
                batchInFlight.decrementAndGet();
            }
            slots.release();
            return false;
        }
    }

    /**
     * The next row kept ahead for a worker that just finished a call, or null when the dispatcher must decide: a
     * change was committed (a claim puts interactive rows first), an answer failed, or the row's lease is too short
     * now (the dispatcher gives it back).
     */
    private @Nullable ClaimedRow nextAhead() {
        if (closed || changed.get() || distrustAhead.get()) {
            return null;
        }
        var next = pollFreshAhead();
        if (next != null && next.lane() == OutboxLane.BATCH) {
            batchInFlight.incrementAndGet();
        }
        return next;
    }

    private void deliver(ClaimedRow row, boolean probe) {
        var attemptedAt = clock.instant();
        var started = System.nanoTime();
        DeliveryDecision decision;
        String devStatus = null;
        try {
            var outcome = send(row);
            if (outcome instanceof PropqOutcome.Success<?> success && success.value() instanceof Accepted accepted) {
                devStatus = accepted.devStatus();
            }
            decision = DeliveryPolicy.decide(outcome);
        } catch (RuntimeException unreadable) {
            // Our own row cannot be read into a request: no retry will help, an admin must look at it.
            decision = new DeliveryDecision.Park(0, DeliveryPolicy.cut("Not sent: " + unreadable), Map.of(), false);
        }
        var millis = (System.nanoTime() - started) / 1_000_000;
        if (decision instanceof DeliveryDecision.Deliver deliver && row.kind() == OutboxKind.UNIT) {
            accepted.add(new OutboxRepository.Delivered(row, attemptedAt, millis, deliver.status()));
            record();
            return;
        }
        if (!(decision instanceof DeliveryDecision.Deliver)) {
            // What is sent next is for the circuit and the backoff to decide, not for rows claimed before this answer.
            distrustAhead.set(true);
        }
        var finalDecision = decision;
        try {
            var parked = transactions.execute(tx -> finish(row, finalDecision, attemptedAt, millis, probe));
            metrics.recordAttempt(row.kind(), outcome(finalDecision), finalDecision.status(), millis);
            if (row.kind() == OutboxKind.PUBLISH) {
                announcePublish(row, finalDecision, Boolean.TRUE.equals(parked), devStatus);
            }
        } catch (RuntimeException e) {
            // The answer could not be recorded (database trouble): the lease runs out and the row is sent again,
            // which update-by-name makes harmless.
            log.warn("Could not record the PropQ answer for outbox row {}; it will be sent again", row.id(), e);
        }
    }

    /** Asks the recorder to write the accepted answers waiting; nudges coalesce like the dispatcher's. */
    private void record() {
        if (!recordQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            recorder.execute(() -> {
                recordQueued.set(false);
                recordAccepted();
            });
        } catch (RejectedExecutionException shuttingDown) {
            recordQueued.set(false);
        }
    }

    /**
     * Records every accepted answer waiting, a few hundred per statement. A row an edit holds locked right now is
     * recorded alone, waiting for that edit as a worker used to, so the others need not. If the database fails,
     * the rows' leases run out and they are sent again, which update-by-name makes harmless.
     */
    private void recordAccepted() {
        var batch = new ArrayList<OutboxRepository.Delivered>();
        for (var next = accepted.poll(); next != null; next = accepted.poll()) {
            batch.add(next);
            if (batch.size() == settings.batchSize() || accepted.isEmpty()) {
                recordAccepted(batch);
                batch.clear();
            }
        }
    }

    private void recordAccepted(List<OutboxRepository.Delivered> batch) {
        try {
            var recorded = new HashSet<>(repository.deliveredAll(batch, settings.coalesceWindow()));
            for (var delivery : batch) {
                if (!recorded.contains(delivery.row().id())) {
                    transactions.executeWithoutResult(tx -> repository.delivered(
                            delivery.row(),
                            settings.coalesceWindow(),
                            delivery.attemptedAt(),
                            delivery.durationMs(),
                            delivery.status()));
                }
            }
            reachable();
            for (var delivery : batch) {
                metrics.recordAttempt(OutboxKind.UNIT, "DELIVERED", delivery.status(), delivery.durationMs());
            }
        } catch (RuntimeException e) {
            log.warn("Could not record {} PropQ answers; their rows will be sent again", batch.size(), e);
        }
    }

    private PropqOutcome<?> send(ClaimedRow row) {
        return switch (row.kind()) {
            case UNIT -> client.updateUnitByName(row.propqDevelopmentId(), UnitPayload.fromJson(row.payload()));
            case PUBLISH -> client.publish(row.propqDevelopmentId());
        };
    }

    /** Records the answer; for a park, answers whether the row is parked (an edit may have superseded it). */
    private boolean finish(ClaimedRow row, DeliveryDecision decision, Instant attemptedAt, long millis, boolean probe) {
        boolean parked = false;
        switch (decision) {
            case DeliveryDecision.Deliver deliver -> {
                // A publish (a unit's acceptance is recorded in bulk, see recordAccepted): the row, the log and
                // the commit without waiting for the disk in one statement.
                repository.delivered(row, settings.coalesceWindow(), attemptedAt, millis, deliver.status());
                reachable();
                return false;
            }
            case DeliveryDecision.Retry retry -> {
                repository.commitWithoutWaitingForDisk();
                var delay = DeliveryPolicy.backoff(
                        row.attempts(), settings.backoffBase(), settings.backoffCap(), retry.retryAfter());
                // While the circuit is open only probes go out, and they do not add to the rows' attempt counts.
                repository.retryLater(row, retry.status(), retry.error(), delay, !probe);
                var probeDelay =
                        retry.retryAfter() != null && retry.retryAfter().compareTo(settings.circuitProbeInterval()) > 0
                                ? retry.retryAfter()
                                : settings.circuitProbeInterval();
                repository.recordOutageFailure(settings.circuitFailureThreshold(), probeDelay);
            }
            case DeliveryDecision.Park park -> {
                repository.commitWithoutWaitingForDisk();
                parked = repository.parkIfUnchanged(row, park.status(), park.error(), json(park.fieldErrors()));
                if (park.credentialsRefused()) {
                    credentials.refused(attemptedAt);
                } else if (park.status() != 0) {
                    reachable();
                }
            }
        }
        repository.log(row, attemptedAt, millis, decision.status(), outcome(decision), decision.error());
        return parked;
    }

    /**
     * PropQ answered a call with our token: the circuit closes, and propq learns that the credentials work (once per
     * batch of answers, and no write unless they were flagged).
     */
    private void reachable() {
        repository.recordReachable();
        credentials.accepted();
    }

    private void announcePublish(
            ClaimedRow row, DeliveryDecision decision, boolean parked, @Nullable String devStatus) {
        var requestId = publishRequestId(row.payload());
        if (decision instanceof DeliveryDecision.Deliver) {
            events.publishEvent(
                    new PublishDelivered(row.developmentId(), row.propqDevelopmentId(), requestId, devStatus));
        } else if (decision instanceof DeliveryDecision.Park park && parked) {
            events.publishEvent(new PublishParked(
                    row.developmentId(), row.propqDevelopmentId(), requestId, park.status(), park.error()));
        }
    }

    static String outcome(DeliveryDecision decision) {
        return switch (decision) {
            case DeliveryDecision.Deliver d -> "DELIVERED";
            case DeliveryDecision.Retry r -> "RETRY";
            case DeliveryDecision.Park p -> "PARKED";
        };
    }

    private static @Nullable Long publishRequestId(String json) {
        var id = JsonMapper.shared().readTree(json).get("publishRequestId");
        return id == null || id.isNull() ? null : id.asLong();
    }

    private static @Nullable String json(Map<String, List<String>> fieldErrors) {
        return fieldErrors.isEmpty() ? null : JsonMapper.shared().writeValueAsString(fieldErrors);
    }

    /**
     * Stops claiming; calls in flight get a moment to finish and their answers are recorded, the rest are picked up
     * when their lease ends.
     */
    @Override
    public void close() {
        closed = true;
        dispatcher.shutdownNow();
        workers.shutdown();
        try {
            if (dispatcher.awaitTermination(5, TimeUnit.SECONDS)) {
                releaseAhead();
            }
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
            recorder.execute(this::recordAccepted);
            recorder.shutdown();
            if (!recorder.awaitTermination(5, TimeUnit.SECONDS)) {
                recorder.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            recorder.shutdownNow();
            Thread.currentThread().interrupt();
        } catch (RejectedExecutionException alreadyClosed) {
            // closed twice: nothing left to record
        }
    }
}
