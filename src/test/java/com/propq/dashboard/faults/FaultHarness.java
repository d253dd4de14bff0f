package com.propq.dashboard.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every scenario stands on: one PostgreSQL, the PropQ stand-in and the packaged application started as
 * separate processes against them, the edit driver, and the one way a scenario's outcome is judged.
 */
final class FaultHarness implements AutoCloseable {

    static final String ADMIN = "admin";
    /** The harness's own throw-away installation: not a secret anywhere. */
    static final String ADMIN_PASSWORD = "fault-harness-admin-2026";

    final FaultSettings settings;
    final FaultDatabase database;
    final PropqStandIn propq;
    final EditDriver driver = new EditDriver(ADMIN, ADMIN_PASSWORD);
    final AppProcess app;
    private final AppClasspath classpath;
    private final Path workDirectory;
    private final List<AppProcess> extra = new ArrayList<>();

    FaultHarness(FaultSettings settings, AppClasspath classpath, Path workDirectory) {
        this.settings = settings;
        this.classpath = classpath;
        this.workDirectory = workDirectory;
        try {
            Files.createDirectories(workDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.database = new FaultDatabase(workDirectory.resolve("pgdata"), AppProcess.freePort());
        this.propq = new PropqStandIn(AppProcess.freePort());
        database.start();
        this.app = newApp("app-a");
    }

    /** An instance of the app with the harness's configuration; not started. */
    AppProcess newApp(String name) {
        var process = new AppProcess(
                name,
                classpath,
                workDirectory,
                Map.ofEntries(
                        Map.entry("SPRING_DATASOURCE_URL", database.jdbcUrl()),
                        Map.entry("SPRING_DATASOURCE_USERNAME", "postgres"),
                        Map.entry("SPRING_DATASOURCE_PASSWORD", "postgres"),
                        Map.entry("PROPQ_BASE_URL", propq.baseUrl()),
                        Map.entry("PROPQ_CLIENT_ID", PropqStandIn.CLIENT_ID),
                        Map.entry("PROPQ_CLIENT_SECRET", PropqStandIn.CLIENT_SECRET),
                        Map.entry(
                                "APP_SECRETS_DIR",
                                workDirectory.resolve("no-secrets").toString()),
                        Map.entry("APP_ADMIN_INITIAL_PASSWORD", ADMIN_PASSWORD),
                        Map.entry("APP_API_ENABLED", "true"),
                        Map.entry("APP_DEMO_ENABLED", "false"),
                        // Short timeouts and lease so that the scenarios take minutes, not hours; the lease stays above
                        // connect + read timeout, as the configuration asks. Everything else is the shipped default.
                        Map.entry("PROPQ_CONNECT_TIMEOUT", "2s"),
                        Map.entry("PROPQ_READ_TIMEOUT", settings.readTimeout().toSeconds() + "s"),
                        Map.entry("APP_SYNC_LEASE", settings.lease().toSeconds() + "s"),
                        // F3's expired holds are released while its edits run, not a minute later.
                        Map.entry("APP_HOLD_EXPIRY_INTERVAL", "PT2S"),
                        Map.entry("JAVA_TOOL_OPTIONS", "")));
        extra.add(process);
        return process;
    }

    void start(AppProcess process) {
        process.start();
        driver.awaitReady(process, Duration.ofSeconds(180));
    }

    /**
     * Waits until the development's outbox holds nothing pending or in flight and PropQ holds the catalog's price
     * of every changed unit. Answers the time it took, or null if it did not happen in time.
     */
    @Nullable
    Duration awaitDelivered(String propqId, List<EditDriver.Tracked> units, Duration timeout) {
        var started = System.nanoTime();
        var deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var outbox = database.outbox(propqId);
            if (outbox.getOrDefault("PENDING", 0) == 0
                    && outbox.getOrDefault("SENDING", 0) == 0
                    && mismatches(propqId, units).isEmpty()) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            PropqStandIn.sleep(200);
        }
        return null;
    }

    private List<String> mismatches(String propqId, List<EditDriver.Tracked> units) {
        var catalog = database.catalogPrices(propqId);
        var wrong = new ArrayList<String>();
        for (var unit : units) {
            if (unit.made.isEmpty()) {
                continue;
            }
            var atPropq = propq.price(unit.unit.key());
            var inCatalog = catalog.get(unit.unit.key());
            if (atPropq == null || inCatalog == null || atPropq.compareTo(inCatalog) != 0) {
                wrong.add(unit.unit.key() + " catalog " + inCatalog + " PropQ " + atPropq);
            }
        }
        return wrong;
    }

    /**
     * The scenario's line: every confirmed change is delivered if PropQ holds its price or a higher one (prices
     * only grow), lost otherwise, and also lost if the catalog no longer holds the last confirmed price.
     */
    ScenarioResult judge(
            String name, String propqId, List<EditDriver.Tracked> units, String notes, List<String> failures) {
        return judge(name, propqId, units, notes, failures, false);
    }

    /**
     * @param abandonedCalls the scenario makes the app give up on calls PropQ is still answering (timeouts): a
     *                       retry then meets the abandoned call at PropQ, which says nothing about the app's own
     *                       one-call-per-unit rule
     */
    ScenarioResult judge(
            String name,
            String propqId,
            List<EditDriver.Tracked> units,
            String notes,
            List<String> failures,
            boolean abandonedCalls) {
        var catalog = database.catalogPrices(propqId);
        int changes = 0;
        int delivered = 0;
        int lost = 0;
        for (var unit : units) {
            if (unit.made.isEmpty()) {
                continue;
            }
            var atPropq = propq.price(unit.unit.key());
            for (var price : unit.made) {
                changes++;
                if (atPropq != null && price.compareTo(atPropq) <= 0) {
                    delivered++;
                } else {
                    lost++;
                }
            }
            BigDecimal last = unit.made.getLast();
            var inCatalog = catalog.get(unit.unit.key());
            if (inCatalog == null || inCatalog.compareTo(last) < 0) {
                failures.add(
                        "the catalog lost a confirmed edit of " + unit.unit.key() + ": " + last + " -> " + inCatalog);
            }
        }
        var mismatches = mismatches(propqId, units);
        var counts = propq.counts();
        var otherAnswers = driver.takeOtherAnswers();
        if (otherAnswers.keySet().stream().anyMatch(status -> status < 500)) {
            failures.add("the app refused edits: " + otherAnswers);
        }
        if (!otherAnswers.isEmpty()) {
            notes = notes + "; edit answers other than 200/409: " + otherAnswers;
        }
        notes = notes + "; edits whose answer was lost: " + driver.takeLostAnswers();
        var parked = database.outbox(propqId).getOrDefault("PARKED", 0);
        var all = new ArrayList<>(failures);
        if (lost > 0) {
            all.add(lost + " changes lost");
        }
        if (!mismatches.isEmpty()) {
            all.add(mismatches.size() + " units differ, e.g. " + mismatches.getFirst());
        }
        if (counts.olderOverNewer() > 0) {
            all.add(counts.olderOverNewer() + " calls put an older price over a newer one");
        }
        if (counts.overlaps() > 0 && !abandonedCalls) {
            all.add(counts.overlaps() + " times a unit had two requests in flight at once");
        }
        if (changes == 0) {
            all.add("no change was made");
        }
        return new ScenarioResult(
                name,
                changes,
                delivered,
                lost,
                parked,
                counts.duplicateCalls(),
                mismatches.isEmpty(),
                notes,
                List.copyOf(all));
    }

    /** The sum of one instance's {@code propq_deliveries_total} lines for unit rows with this outcome. */
    static long deliveries(AppProcess process, String outcome) {
        var request = HttpRequest.newBuilder(URI.create(process.managementUrl() + "/actuator/prometheus"))
                .build();
        try (var client = HttpClient.newHttpClient()) {
            var body =
                    client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return Math.round(body.lines()
                    .filter(l -> l.startsWith("propq_deliveries_total{")
                            && l.contains("kind=\"UNIT\"")
                            && l.contains("outcome=\"" + outcome + "\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                    .sum());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String seconds(@Nullable Duration duration) {
        return duration == null ? "not within the limit" : String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    @Override
    public void close() {
        for (var process : extra) {
            process.stop();
        }
        propq.close();
        database.close();
    }
}
