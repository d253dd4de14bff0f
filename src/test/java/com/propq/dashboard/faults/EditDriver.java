package com.propq.dashboard.faults;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the scenarios' changes the way a user's edit is made: through the application's unit API (the same
 * service, transaction, history and outbox as the editor), signed in as the admin. Every edit raises a unit's
 * price by one, so prices only grow: PropQ receiving a lower price than one it had means an older state
 * overwrote a newer one. An edit whose answer was lost (the app was killed, the database was down) is settled by
 * reading the unit back before that unit is edited again: a change counts as made only if the catalog has it.
 */
final class EditDriver {

    private final String authorization;
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final AtomicInteger lostAnswers = new AtomicInteger();
    private final AtomicInteger foundCommitted = new AtomicInteger();

    EditDriver(String username, String password) {
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A unit as the driver knows it, and the prices it set that the catalog confirmed. */
    static final class Tracked {
        final FaultDatabase.SeededUnit unit;
        final List<BigDecimal> made = new ArrayList<>();
        long version;
        BigDecimal price;

        @Nullable
        BigDecimal unsure;

        Tracked(FaultDatabase.SeededUnit unit) {
            this.unit = unit;
            this.price = unit.price();
        }
    }

    /** Answers other than 200 and 409 since the last call, by status: a 4xx among them is a bug. */
    Map<Integer, Integer> takeOtherAnswers() {
        var taken = new TreeMap<Integer, Integer>();
        answers.forEach((status, count) -> taken.put(status, count.getAndSet(0)));
        taken.values().removeIf(count -> count == 0);
        return taken;
    }

    static List<Tracked> track(List<FaultDatabase.SeededUnit> units) {
        return units.stream().map(Tracked::new).toList();
    }

    /** Whether an app answers its API as the admin (used to wait for a start to finish). */
    boolean ready(String app) {
        try {
            return send(
                                    app,
                                    HttpRequest.newBuilder(URI.create(app + "/api/v1/units/0"))
                                            .GET())
                            .statusCode()
                    == 404;
        } catch (IOException e) {
            return false;
        }
    }

    void awaitReady(AppProcess app, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (!ready(app.baseUrl())) {
            if (!app.alive()) {
                throw new IllegalStateException(app.name() + " exited during start; see " + app.log());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(app.name() + " not ready after " + timeout + "; see " + app.log());
            }
            PropqStandIn.sleep(250);
        }
    }

    /**
     * One edit: the unit's price plus one, on the version last seen. Settles an earlier unsure edit first.
     * Answers false when the outcome is not known (the edit may or may not have been committed).
     */
    boolean raise(Tracked unit, String app) {
        if (unit.unsure != null && !settle(unit, app)) {
            return false;
        }
        var target = unit.price.add(BigDecimal.ONE);
        var body = "{\"expectedVersion\":" + unit.version + ",\"price\":" + target.toPlainString() + "}";
        try {
            var response = send(
                    app,
                    HttpRequest.newBuilder(URI.create(app + "/api/v1/units/" + unit.unit.id()))
                            .header("Content-Type", "application/json")
                            .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
            if (response.statusCode() == 200) {
                var node = JsonMapper.shared().readTree(response.body());
                unit.version = node.get("version").asLong();
                unit.price = node.get("price").decimalValue().stripTrailingZeros();
                unit.made.add(unit.price);
                return true;
            }
            if (response.statusCode() == 409) {
                // Only this driver edits the unit, so a conflict means an edit it could not confirm went through.
                lostAnswer(unit, target);
                settle(unit, app);
                return false;
            }
            // 503 while the database is down, or anything else: the edit may or may not have been committed.
            answers.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                    .incrementAndGet();
            lostAnswer(unit, target);
            return false;
        } catch (ConnectException notSent) {
            return false; // refused: the app is down, the edit never reached it
        } catch (IOException lost) {
            lostAnswer(unit, target);
            return false;
        }
    }

    private void lostAnswer(Tracked unit, BigDecimal target) {
        unit.unsure = target;
        lostAnswers.incrementAndGet();
    }

    /** Edits sent whose answer never came, and how many of them reading back found committed; then both reset. */
    String takeLostAnswers() {
        return lostAnswers.getAndSet(0) + " (committed after all: " + foundCommitted.getAndSet(0) + ")";
    }

    /** Reads the unit back to learn whether the unsure edit was committed. */
    boolean settle(Tracked unit, String app) {
        try {
            var response = send(
                    app,
                    HttpRequest.newBuilder(URI.create(app + "/api/v1/units/" + unit.unit.id()))
                            .GET());
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode node = JsonMapper.shared().readTree(response.body());
            var price = node.get("price").decimalValue().stripTrailingZeros();
            if (unit.unsure != null && price.compareTo(unit.unsure) == 0) {
                unit.made.add(price);
                foundCommitted.incrementAndGet();
            }
            unit.version = node.get("version").asLong();
            unit.price = price;
            unit.unsure = null;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Settles every unsure edit, retrying while the app is unreachable. */
    void settleAll(List<Tracked> units, String app, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        for (var unit : units) {
            while (unit.unsure != null && !settle(unit, app)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read unit " + unit.unit.id() + " back from " + app);
                }
                PropqStandIn.sleep(250);
            }
        }
    }

    /**
     * Edits in the background: up to {@code count} edits, the k-th due k * {@code interval} after the start (as
     * fast as possible for a zero interval), by {@code threads} workers that each own a share of the units, so no
     * two edit one unit. With {@code eachOnce} the k-th edit is of the k-th unit. {@code app} names the instance
     * for each edit.
     */
    Load start(List<Tracked> units, int count, Duration interval, int threads, boolean eachOnce, Supplier<String> app) {
        return new Load(units, count, interval, threads, eachOnce, app);
    }

    final class Load {
        private final AtomicInteger tickets = new AtomicInteger();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final List<Thread> workers = new ArrayList<>();

        private Load(
                List<Tracked> units,
                int count,
                Duration interval,
                int threads,
                boolean eachOnce,
                Supplier<String> app) {
            var started = System.nanoTime();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                var share = new ArrayList<Tracked>();
                for (int i = worker; i < units.size(); i += threads) {
                    share.add(units.get(i));
                }
                // In each-once mode worker w takes units w, w + threads, w + 2 * threads...: its share, in order.
                var ownTickets = new AtomicInteger();
                workers.add(Thread.ofPlatform().name("edits-" + w).start(() -> {
                    while (!stopped.get()) {
                        int ticket =
                                eachOnce ? worker + ownTickets.getAndIncrement() * threads : tickets.getAndIncrement();
                        if (ticket >= count) {
                            return;
                        }
                        PropqStandIn.sleep((started + interval.toNanos() * ticket - System.nanoTime()) / 1_000_000);
                        var unit = eachOnce
                                ? units.get(ticket)
                                : share.get(ThreadLocalRandom.current().nextInt(share.size()));
                        if (!raise(unit, app.get())) {
                            PropqStandIn.sleep(100); // the app is down or busy: do not spin
                        }
                    }
                }));
            }
        }

        void stop() {
            stopped.set(true);
            await();
        }

        void await() {
            for (var worker : workers) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private HttpResponse<String> send(String app, HttpRequest.Builder request) throws IOException {
        var client = clients.computeIfAbsent(
                app,
                a -> HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .connectTimeout(Duration.ofSeconds(2))
                        .version(HttpClient.Version.HTTP_1_1)
                        .build());
        try {
            return client.send(
                    request.header("Authorization", authorization)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(20))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
