package com.propq.dashboard.faults;

import com.propq.dashboard.faults.PropqStandIn.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The fault scenarios F1 to F6 that the README's "Fault injection" table lists. Each scenario has a development
 * of its own, seeded as existing data; every change is an edit through the application; the outcome is judged by {@link FaultHarness#judge}, plus the scenario's own
 * expectation (attempts bounded, duplicates only for calls in flight, one token request per invalidation...).
 */
final class FaultScenarios {

    /** The engine's shipped defaults that the expectations are computed from. */
    private static final int CIRCUIT_THRESHOLD = 5;

    private static final int CONCURRENCY = 4;
    private static final Duration PROBE_INTERVAL = Duration.ofSeconds(30);
    private static final Duration DELIVERY_LIMIT = Duration.ofMinutes(3);

    private final FaultHarness h;

    FaultScenarios(FaultHarness harness) {
        this.h = harness;
    }

    /** F1: PropQ answers 503 (or refuses connections) for the outage while edits keep coming, then recovers. */
    ScenarioResult outage(boolean refuse) {
        var name = refuse ? "F1-refused" : "F1-503";
        var propqId = "FI-" + name.toUpperCase();
        var units = prepare(propqId, 200, 2, 10);
        var outage = h.settings.outage();
        var began = Instant.now();
        var start = System.nanoTime();
        if (refuse) {
            h.propq.refuseConnections();
        } else {
            h.propq.fault(Fault.UNAVAILABLE);
        }
        var edits = h.settings.outageEdits();
        var load = h.driver.start(units, edits, outage.dividedBy(edits), CONCURRENCY, false, h.app::baseUrl);
        load.await();
        PropqStandIn.sleep(outage.toMillis() - (System.nanoTime() - start) / 1_000_000);
        var attempts = h.database.attempts(propqId, began);
        int tries = attempts.values().stream().mapToInt(Integer::intValue).sum();
        if (refuse) {
            h.propq.acceptConnections();
        } else {
            h.propq.fault(Fault.NONE);
        }
        h.driver.settleAll(units, h.app.baseUrl(), Duration.ofSeconds(30));
        var recovery = h.awaitDelivered(propqId, units, DELIVERY_LIMIT);
        long bound = CIRCUIT_THRESHOLD + CONCURRENCY + outage.dividedBy(PROBE_INTERVAL) + 2;
        var failures = new ArrayList<String>();
        if (recovery == null || recovery.compareTo(Duration.ofSeconds(60)) > 0) {
            failures.add("not everything delivered within 60 s of recovery: " + FaultHarness.seconds(recovery));
        }
        if (tries > bound) {
            failures.add(tries + " attempts while PropQ was down, more than the bound " + bound);
        }
        var notes = String.format(
                "PropQ %s for %d s while %d edits were made; attempts while down: %d %s "
                        + "(bound %d: %d failures open the circuit, %d calls in flight, then one probe per %d s); "
                        + "everything delivered %s after recovery; PropQ unit calls in all: %d",
                refuse ? "refused connections" : "answered 503",
                outage.toSeconds(),
                edits,
                tries,
                attempts,
                bound,
                CIRCUIT_THRESHOLD,
                CONCURRENCY,
                PROBE_INTERVAL.toSeconds(),
                FaultHarness.seconds(recovery),
                h.propq.counts().unitCalls());
        var result = h.judge(name, propqId, units, notes, failures);
        return nothingParked(result);
    }

    /** F2: kill -9 of the application at random moments while calls are in flight, restarted each time. */
    ScenarioResult crashes() {
        var propqId = "FI-F2";
        var units = prepare(propqId, 100, 20, 150);
        var load = steadyEdits(units, Duration.ofMillis(25), CONCURRENCY);
        var inFlight = new HashSet<String>();
        var perKill = new ArrayList<Integer>();
        long downMillis = 0;
        for (int kill = 0; kill < h.settings.kills(); kill++) {
            PropqStandIn.sleep(ThreadLocalRandom.current().nextLong(1_500, 6_000));
            h.app.kill();
            // Nobody answers for the killed instance's claims: what is SENDING now was in flight at the kill. A
            // claim of an earlier kill whose lease has not ended yet is counted once.
            int before = inFlight.size();
            inFlight.addAll(h.database.sendingClaims());
            perKill.add(inFlight.size() - before);
            var down = System.nanoTime();
            h.start(h.app);
            downMillis += (System.nanoTime() - down) / 1_000_000;
        }
        PropqStandIn.sleep(3_000);
        var drained = finish(load, propqId, units);
        var counts = h.propq.counts();
        int inFlightAtKills = inFlight.size();
        var failures = new ArrayList<String>();
        if (counts.duplicateCalls() > inFlightAtKills) {
            failures.add(counts.duplicateCalls() + " duplicate calls, more than the " + inFlightAtKills
                    + " calls in flight at the kills");
        }
        var notes = String.format(
                "%d kills (SIGKILL), each restarted (%.1f s to serve again on average); calls in "
                        + "flight at the kills: %d %s; duplicate calls: %d; older over newer: %d; delivered %s after "
                        + "the last restart; PropQ unit calls: %d",
                h.settings.kills(),
                downMillis / 1000.0 / Math.max(1, h.settings.kills()),
                inFlightAtKills,
                perKill,
                counts.duplicateCalls(),
                counts.olderOverNewer(),
                FaultHarness.seconds(drained),
                counts.unitCalls());
        return nothingParked(h.judge("F2", propqId, units, notes, failures));
    }

    /**
     * F3: two instances on one database deliver changes of as many units, in both lanes: the edits through the unit
     * API are interactive, while the hold-expiry job of both instances releases half as many expired holds as a
     * batch.
     */
    ScenarioResult twoInstances() {
        var propqId = "FI-F3";
        int changes = h.settings.twoInstanceChanges();
        var units = prepare(propqId, changes, 2, 20);
        var second = h.newApp("app-b");
        h.start(second);
        long deliveredBeforeA = FaultHarness.deliveries(h.app, "DELIVERED");
        // Each release is a change PropQ must end with: the unit's price, now AVAILABLE.
        var released = EditDriver.track(h.database.seedExpiredHolds(propqId, changes / 2));
        released.forEach(unit -> unit.made.add(unit.price));
        var next = new AtomicInteger();
        var apps = List.of(h.app.baseUrl(), second.baseUrl());
        var load = h.driver.start(units, changes, Duration.ZERO, 8, true, () -> apps.get(next.getAndIncrement() % 2));
        load.await();
        h.driver.settleAll(units, h.app.baseUrl(), Duration.ofSeconds(30));
        var both = new ArrayList<>(units);
        both.addAll(released);
        var drained = h.awaitDelivered(propqId, both, Duration.ofMinutes(10));
        var byA = FaultHarness.deliveries(h.app, "DELIVERED") - deliveredBeforeA;
        var byB = FaultHarness.deliveries(second, "DELIVERED");
        second.stop();
        var counts = h.propq.counts();
        var failures = new ArrayList<String>();
        int made = both.stream().mapToInt(u -> u.made.size()).sum();
        if (counts.unitCalls() > made * 1.03) {
            failures.add(counts.unitCalls() + " PropQ calls for " + made + " changes: more than 3% above");
        }
        if (byA == 0 || byB == 0) {
            failures.add("one instance delivered nothing: A " + byA + ", B " + byB);
        }
        int stillHeld = h.database.held(propqId);
        if (stillHeld > 0) {
            failures.add(stillHeld + " expired holds not released");
        }
        var notes = String.format(
                "two instances, %d units each edited once through either (interactive lane) while "
                        + "their hold-expiry jobs released %d expired holds (batch lane); PropQ calls %d "
                        + "(%.2f per change), delivered by A %d and by B %d; two requests for one unit in flight at "
                        + "once: %d times; delivered %s after the last edit",
                changes,
                released.size(),
                counts.unitCalls(),
                counts.unitCalls() / (double) Math.max(1, made),
                byA,
                byB,
                counts.overlaps(),
                FaultHarness.seconds(drained));
        return nothingParked(h.judge("F3", propqId, both, notes, failures));
    }

    /** F4: every token PropQ issued is revoked, several times, while changes are being delivered. */
    ScenarioResult tokens() {
        var propqId = "FI-F4";
        var units = prepare(propqId, 100, 10, 40);
        var load = steadyEdits(units, Duration.ofMillis(40), CONCURRENCY);
        PropqStandIn.sleep(3_000);
        int before = h.propq.counts().tokenRequests();
        int invalidations = h.settings.tokenInvalidations();
        for (int i = 0; i < invalidations; i++) {
            h.propq.invalidateTokens();
            PropqStandIn.sleep(4_000);
        }
        var drained = finish(load, propqId, units);
        var counts = h.propq.counts();
        int requests = counts.tokenRequests() - before;
        var failures = new ArrayList<String>();
        if (requests != invalidations) {
            failures.add(requests + " token requests for " + invalidations + " invalidations");
        }
        var notes = String.format(
                "%d invalidations of every token while edits were delivered; token requests: %d; "
                        + "calls answered 401: %d; delivered %s after the last edit",
                invalidations, requests, counts.unauthorizedCalls(), FaultHarness.seconds(drained));
        return nothingParked(h.judge("F4", propqId, units, notes, failures));
    }

    /** F5: PostgreSQL stops mid-run and starts again; the application is not restarted. */
    ScenarioResult databaseRestart() {
        var propqId = "FI-F5";
        var units = prepare(propqId, 100, 10, 40);
        int starts = h.app.starts();
        var load = steadyEdits(units, Duration.ofMillis(40), CONCURRENCY);
        PropqStandIn.sleep(5_000);
        h.database.stop();
        PropqStandIn.sleep(h.settings.databaseDown().toMillis());
        h.database.start();
        var restarted = System.nanoTime();
        var recovered = firstEditAfter(units, restarted, Duration.ofMinutes(2));
        PropqStandIn.sleep(5_000);
        var drained = finish(load, propqId, units);
        var failures = new ArrayList<String>();
        if (!h.app.alive() || h.app.starts() != starts) {
            failures.add("the application did not survive the database restart by itself");
        }
        if (recovered == null) {
            failures.add("no edit succeeded within 2 minutes of the database restart");
        }
        var notes = String.format(
                "PostgreSQL stopped for %d s and started again, the app left alone; first edit "
                        + "accepted %s after the restart; duplicate calls %d; delivered %s after the last edit",
                h.settings.databaseDown().toSeconds(),
                FaultHarness.seconds(recovered),
                h.propq.counts().duplicateCalls(),
                FaultHarness.seconds(drained));
        return nothingParked(h.judge("F5", propqId, units, notes, failures));
    }

    /** How long after {@code since} the first new edit was confirmed (the edit workers keep trying meanwhile). */
    private static @Nullable Duration firstEditAfter(List<EditDriver.Tracked> units, long since, Duration timeout) {
        int before = units.stream().mapToInt(u -> u.made.size()).sum();
        while (System.nanoTime() - since < timeout.toNanos()) {
            if (units.stream().mapToInt(u -> u.made.size()).sum() > before) {
                return Duration.ofNanos(System.nanoTime() - since);
            }
            PropqStandIn.sleep(100);
        }
        return null;
    }

    /**
     * F6: bad answers, one kind at a time, each until the delivery log shows how the engine classified it; then a
     * newer edit of every unit (the documented way out of a park).
     */
    ScenarioResult badAnswers(QueuePage queuePage) {
        var propqId = "FI-F6";
        var units = prepare(propqId, 40, 0, 10);
        h.propq.slowAnswer(h.settings.slowAnswer());
        // Slow edits: few rows fail at once, so most kinds are classified before the circuit opens.
        var load = steadyEdits(units, Duration.ofMillis(400), 2);
        var expected = new LinkedHashMap<Fault, String>();
        expected.put(Fault.HTML_ERROR, "RETRY 500");
        expected.put(Fault.EMPTY_BODY, "RETRY 502");
        expected.put(Fault.INVALID_JSON, "RETRY 200");
        expected.put(Fault.UNEXPECTED_BODY, "RETRY 200");
        expected.put(Fault.REDIRECT, "PARKED 302");
        expected.put(Fault.SLOW, "RETRY 0");
        var failures = new ArrayList<String>();
        var seen = new ArrayList<String>();
        for (var phase : expected.entrySet()) {
            PropqStandIn.sleep(1_000);
            var began = Instant.now();
            h.propq.fault(phase.getKey());
            var observed = awaitAttempt(propqId, began, phase.getValue(), Duration.ofSeconds(75));
            if (phase.getKey() == Fault.REDIRECT || phase.getKey() == Fault.HTML_ERROR) {
                var shown = queuePage.causeShown(
                        phase.getKey() == Fault.REDIRECT ? "HTTP 302" : "HTTP 500",
                        phase.getKey() == Fault.REDIRECT ? "resales-online.com/login" : "Internal Server Error");
                if (!shown) {
                    failures.add("the sync queue page did not show the cause of " + phase.getKey());
                }
                seen.add(phase.getKey() + " shown on the sync queue page: " + shown);
            }
            h.propq.fault(Fault.NONE);
            if (!observed.containsKey(phase.getValue())) {
                failures.add(phase.getKey() + " was not classified as " + phase.getValue() + ": " + observed);
            }
            seen.add(phase.getKey() + " -> " + observed);
            // Back to normal before the next kind: an answer PropQ accepted after this moment.
            awaitAttempt(propqId, Instant.now(), "DELIVERED 200", Duration.ofSeconds(75));
        }
        load.stop();
        h.driver.settleAll(units, h.app.baseUrl(), Duration.ofSeconds(30));
        int parkedBeforeFix = h.database.outbox(propqId).getOrDefault("PARKED", 0);
        // A parked row waits for a fix: a newer edit of the unit replaces it (docs/architecture.md, The outbox rules).
        var fix = h.driver.start(units, units.size(), Duration.ZERO, 2, true, h.app::baseUrl);
        fix.await();
        var drained = finish(fix, propqId, units);
        var notes = String.format(
                "each bad answer until classified, as attempts by outcome and status: %s; rows "
                        + "parked by the 302 before the fix: %d, then a newer edit of each unit replaced them; "
                        + "duplicate calls (answers applied but not understood: the 200 with an HTML body, the slow "
                        + "answer): %d; calls still being answered by PropQ when the app, past its read timeout, "
                        + "sent the unit again: %d; delivered %s after the fix",
                seen,
                parkedBeforeFix,
                h.propq.counts().duplicateCalls(),
                h.propq.counts().overlaps(),
                FaultHarness.seconds(drained));
        return nothingParked(h.judge("F6", propqId, units, notes, failures, true));
    }

    /** The scenario's development with its units, and PropQ reset to answer unit calls in min..max ms. */
    private List<EditDriver.Tracked> prepare(String propqId, int unitCount, int minLatencyMs, int maxLatencyMs) {
        var units = EditDriver.track(h.database.seed(propqId, unitCount));
        h.propq.reset();
        h.propq.latency(minLatencyMs, maxLatencyMs);
        return units;
    }

    /** Edits of random units, one per interval, through the first instance, until stopped. */
    private EditDriver.Load steadyEdits(List<EditDriver.Tracked> units, Duration interval, int threads) {
        return h.driver.start(units, Integer.MAX_VALUE, interval, threads, false, h.app::baseUrl);
    }

    /** Stops the edits, settles the ones whose answer was lost, and waits for PropQ to hold every change. */
    private @Nullable Duration finish(EditDriver.Load load, String propqId, List<EditDriver.Tracked> units) {
        load.stop();
        h.driver.settleAll(units, h.app.baseUrl(), Duration.ofMinutes(2));
        return h.awaitDelivered(propqId, units, DELIVERY_LIMIT);
    }

    private Map<String, Integer> awaitAttempt(String propqId, Instant since, String outcome, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Integer> attempts = Map.of();
        while (System.nanoTime() < deadline) {
            attempts = h.database.attempts(propqId, since);
            if (attempts.containsKey(outcome)) {
                return attempts;
            }
            PropqStandIn.sleep(100);
        }
        return attempts;
    }

    private static ScenarioResult nothingParked(ScenarioResult result) {
        if (result.parked() == 0) {
            return result;
        }
        var failures = new ArrayList<>(result.failures());
        failures.add(result.parked() + " rows parked at the end");
        return new ScenarioResult(
                result.name(),
                result.changes(),
                result.delivered(),
                result.lost(),
                result.parked(),
                result.duplicateCalls(),
                result.finalEqual(),
                result.notes(),
                List.copyOf(failures));
    }
}
