package com.propq.dashboard.bench;

import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.propq.dashboard.catalog.CatalogEditService;
import com.propq.dashboard.catalog.CatalogService;
import com.propq.dashboard.catalog.PriceListService;
import com.propq.dashboard.catalog.UnitFilter;
import com.propq.dashboard.catalog.UnitSearch;
import com.propq.dashboard.catalog.UnitSort;
import com.propq.dashboard.catalog.UnitStatus;
import com.propq.dashboard.e2e.Browsers;
import com.propq.dashboard.history.HistoryFilter;
import com.propq.dashboard.history.HistoryService;
import com.propq.dashboard.propq.PropqClient;
import com.propq.dashboard.propq.PropqOutcome;
import com.propq.dashboard.propq.UnitPayload;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.sync.OutboxLane;
import com.propq.dashboard.sync.OutboxWriter;
import com.propq.dashboard.sync.SyncStatusService;
import com.propq.dashboard.sync.UnitState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark harness: every figure measured in one run, each beside its baseline or
 * bound, printed as a table with the machine, and written to {@code target/bench/results.json}. It
 * asserts nothing about speed (a noisy machine must not fail a build), it reports MET or MISSED against the
 * current targets, with the first, looser ones beside them ("was ..."). Two sizes:
 * {@link PropqDashboardBenchmark} (the real one, {@code ./mvnw -Pbench verify}) and
 * {@link HarnessSmokeTest} (a few hundred changes, in every {@code ./mvnw verify}, so it cannot rot).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.demo.enabled=false",
            "app.sync.enabled=true",
            "app.sync.flush-interval=20ms",
            "app.sync.batch-size=200",
            "app.sync.concurrency=8",
            "app.sync.backoff-base=50ms",
            "app.sync.backoff-cap=500ms",
            "app.catalog.hold-expiry-interval=PT1H",
            "app.admin.initial-password=" + BenchmarkHarness.ADMIN_PASSWORD
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "bench", roles = "AGENT")
abstract class BenchmarkHarness {

    /** How big each benchmark is. */
    record Sizes(
            int b1Changes,
            int b1WarmupRounds,
            int b2Changes,
            int b3Edits,
            int b5Units,
            int b5CsvLines,
            int b6Entries,
            int b7Sessions,
            int b8BatchChanges,
            int b8SingleEdits) {}

    abstract Sizes sizes();

    /** The first admin's password in the benchmark's throw-away database (B7 signs in with it). */
    static final String ADMIN_PASSWORD = "bench-admin-password-2026";

    private static final int CONCURRENCY = 8;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PropqClient client;

    @Autowired
    PropqSandbox sandbox;

    @Autowired
    CatalogEditService editing;

    @Autowired
    CatalogService catalog;

    @Autowired
    SyncStatusService syncStatus;

    @Autowired
    PriceListService priceList;

    @Autowired
    HistoryService history;

    @LocalServerPort
    int port;

    private final BenchmarkReport report = new BenchmarkReport();
    private final java.util.Map<String, java.util.Map<String, Object>> results = new java.util.TreeMap<>();

    @AfterAll
    void print() throws Exception {
        var machine = new java.util.LinkedHashMap<String, Object>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("jdk", System.getProperty("java.vm.name") + " " + Runtime.version());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put(
                "postgresql",
                jdbc.sql("show server_version").query(String.class).single());
        machine.put("sizes", sizes().toString());
        report.print(machine);
        var json = new java.util.LinkedHashMap<String, Object>();
        json.put("machine", machine);
        json.putAll(results);
        var file = java.nio.file.Path.of("target", "bench", "results.json");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, BenchmarkReport.json(json));
        System.out.println("Figures written to " + file.toAbsolutePath());
    }

    /** The figures measured so far, by benchmark ("b1".."b6") and key. */
    java.util.Map<String, java.util.Map<String, Object>> results() {
        return results;
    }

    private void result(String benchmark, String key, Object value) {
        results.computeIfAbsent(benchmark, k -> new java.util.LinkedHashMap<>()).put(key, value);
    }

    private record Dev(long id, String propqId) {}

    private Dev development(int units) {
        var propqId = "RO-DEV-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE);
        long id = jdbc.sql("insert into development (propq_id, name) values (:p, :n) returning id")
                .param("p", propqId)
                .param("n", "Bench " + propqId)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into unit (development_id, name, status, price, directions, block, floor)
                select :d, 'U-' || lpad(n::text, 6, '0'),
                       (array['AVAILABLE','HOLD','SOLD','RESERVED'])[1 + n % 4], 100000 + (n * 37 % 900000),
                       '{S}', 'B' || (n % 10), n % 20
                from generate_series(1, :count) n""").param("d", id).param("count", units).update();
        jdbc.sql("update unit set hold_reason = 'bench' where development_id = :d and status = 'HOLD'")
                .param("d", id)
                .update();
        return new Dev(id, propqId);
    }

    private List<UnitState> states(Dev dev, int count, int priceOffset) {
        return jdbc.sql("select id, name, version from unit where development_id = :d order by id limit :n")
                .param("d", dev.id())
                .param("n", count)
                .query((rs, i) -> new UnitState(
                        dev.id(),
                        dev.propqId(),
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        1,
                        BigDecimal.valueOf(200_000L + priceOffset + i),
                        List.of("S")))
                .list();
    }

    /**
     * Whether the development's outbox is empty. It stops at the first row instead of counting them all: counting
     * 10,000 rows every few milliseconds took a share of the very CPU the figures measure.
     */
    private boolean outboxEmpty(Dev dev) {
        return !jdbc.sql("select exists (select 1 from outbox where development_id = :d)")
                .param("d", dev.id())
                .query(Boolean.class)
                .single();
    }

    /**
     * Waits until every benchmark's outbox rows are delivered (B5's import queues hundreds), so that a throughput
     * figure is its own benchmark's alone.
     */
    private void quietOutbox() {
        await().atMost(Duration.ofMinutes(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from outbox")
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    /**
     * Changes per second of the outbox, end to end (claim, call, mark, log), from commit to an empty outbox. It
     * watches the sandbox's count of calls (memory, no query) until every change has been sent, and only then the
     * outbox: a query every few milliseconds for the whole run cost PostgreSQL about a millisecond each, on the very
     * cores the figure measures.
     */
    private double outboxThroughput(Dev dev, List<UnitState> states) {
        int sent = sandbox.requests(PropqSandbox.Operation.UPDATE_UNIT) + states.size();
        long start = System.nanoTime();
        transactions.executeWithoutResult(tx -> outbox.queueUnits(states, OutboxLane.BATCH));
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> sandbox.requests(PropqSandbox.Operation.UPDATE_UNIT) >= sent);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(5)).until(() -> outboxEmpty(dev));
        return states.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** The same client, the same requests, the same concurrency, no database: the ceiling. */
    private double baselineThroughput(Dev dev, List<UnitState> states) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        var failures = new AtomicInteger();
        long start = System.nanoTime();
        var futures = states.stream()
                .map(s -> pool.submit(() -> {
                    var outcome = client.updateUnitByName(
                            dev.propqId(),
                            new UnitPayload(
                                    s.unitName(), s.statusCode(), s.price().add(BigDecimal.ONE), s.directions()));
                    if (!(outcome instanceof PropqOutcome.Success<?>)) {
                        failures.incrementAndGet();
                    }
                }))
                .toList();
        for (var f : futures) {
            f.get();
        }
        double rate = states.size() / ((System.nanoTime() - start) / 1e9);
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " baseline calls failed");
        }
        return rate;
    }

    @Test
    void b1AndB2DeliveryThroughput() throws Exception {
        sandbox.apply(sandbox.settings().withLatency(Duration.ZERO));
        quietOutbox();
        int changes = sizes().b1Changes();
        client.me();
        // Both paths run warm, as in a server that has been up a while: in a JVM just started the plain loop runs
        // at a fraction of its speed (its whole path is Java the JIT has yet to compile), and the ratio would say
        // more about that than about the outbox. The warm-up has units of its own, so that no measured change waits
        // out the coalescing window of one sent moments before.
        var warmUp = development(changes);
        for (int round = 0; round < sizes().b1WarmupRounds(); round++) {
            baselineThroughput(warmUp, states(warmUp, changes, 2 * round * changes));
            outboxThroughput(warmUp, states(warmUp, changes, (2 * round + 1) * changes));
        }
        var b1 = development(changes);
        double baseline = baselineThroughput(b1, states(b1, changes, 0));
        double outboxRate = outboxThroughput(b1, states(b1, changes, 1_000_000));
        result("b1", "changes", changes);
        result("b1", "warmup_rounds", sizes().b1WarmupRounds());
        result("b1", "outbox_per_s", round(outboxRate));
        result("b1", "baseline_per_s", round(baseline));
        result("b1", "ratio", round(outboxRate / baseline));
        report.add(
                "B1",
                String.format(
                        Locale.ROOT,
                        "outbox %.0f changes/s vs plain client loop %.0f/s (ratio %.2f), each warmed up first (%d rounds)",
                        outboxRate,
                        baseline,
                        outboxRate / baseline,
                        sizes().b1WarmupRounds()),
                "ratio >= 0.90 (was 0.50)",
                outboxRate / baseline >= 0.9);

        var b2 = development(sizes().b2Changes());
        sandbox.apply(sandbox.settings().withLatency(Duration.ofMillis(50)));
        try {
            double rate = outboxThroughput(b2, states(b2, sizes().b2Changes(), 0));
            double bound = CONCURRENCY / 0.050;
            // What the HTTP path alone reaches at this latency: the part of the gap to the bound that is not the
            // outbox's.
            double plain = baselineThroughput(b2, states(b2, sizes().b2Changes(), 2_000_000));
            result("b2", "throughput_per_s", round(rate));
            result("b2", "bound_per_s", round(bound));
            result("b2", "ratio", round(rate / bound));
            result("b2", "plain_loop_per_s", round(plain));
            report.add(
                    "B2",
                    String.format(
                            Locale.ROOT,
                            "with 50 ms latency %.0f changes/s vs bound %.0f/s (%.0f%%; plain client loop %.0f/s)",
                            rate,
                            bound,
                            100 * rate / bound,
                            plain),
                    ">= 95% of bound (was 80%)",
                    rate / bound >= 0.95);
        } finally {
            sandbox.apply(sandbox.settings().withLatency(Duration.ZERO));
        }
    }

    @Test
    void b3EditToDeliveryLatency() {
        var dev = development(200);
        var units = catalog.units(dev.id(), UnitFilter.NONE, List.of(), 0, sizes().b3Edits());
        var latencies = new ArrayList<Double>();
        for (int i = 0; i < units.size(); i++) {
            var row = units.get(i);
            latencies.add(saveToPropq(dev, row.id(), row.name(), 1000 + i));
            sleep(200); // a light steady load: about five edits a second
        }
        double p50 = BenchmarkReport.percentile(latencies, 50);
        double p99 = BenchmarkReport.percentile(latencies, 99);
        result("b3", "edits", latencies.size());
        result("b3", "p50_ms", round(p50));
        result("b3", "p95_ms", round(BenchmarkReport.percentile(latencies, 95)));
        result("b3", "p99_ms", round(p99));
        report.add(
                "B3",
                String.format(
                        Locale.ROOT,
                        "commit to PropQ 2xx over %d edits: p50 %.0f ms, p95 %.0f ms, " + "p99 %.0f ms",
                        latencies.size(),
                        p50,
                        BenchmarkReport.percentile(latencies, 95),
                        p99),
                "p50 <= 300 ms, p99 <= 1 s",
                p50 <= 300 && p99 <= 1000);
    }

    /** One edit raising a unit's price: milliseconds from its commit to PropQ holding it (PropQ's 2xx). */
    private double saveToPropq(Dev dev, long unitId, String unitName, int raise) {
        var current = catalog.unit(unitId).orElseThrow();
        var price = current.values().price().add(BigDecimal.valueOf(raise));
        editing.saveUnit(unitId, current.version(), current.values().withPrice(price), null);
        var committed = Instant.now();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(2))
                .pollInSameThread()
                .until(() -> sandbox.unit(dev.propqId(), unitName)
                        .filter(u -> u.price().compareTo(price) == 0)
                        .isPresent());
        var delivered = sandbox.unit(dev.propqId(), unitName).orElseThrow().updatedAt();
        return Math.max(0, Duration.between(committed, delivered).toNanos() / 1e6);
    }

    @Test
    void b4Coalescing() {
        var dev = development(1);
        var row = catalog.units(dev.id(), UnitFilter.NONE, List.of(), 0, 1).getFirst();
        int before =
                sandbox.unit(dev.propqId(), row.name()).map(u -> u.updates()).orElse(0);
        long start = System.nanoTime();
        BigDecimal last = null;
        for (int i = 1; i <= 100; i++) {
            var current = catalog.unit(row.id()).orElseThrow();
            last = BigDecimal.valueOf(500_000 + i);
            editing.saveUnit(row.id(), current.version(), current.values().withPrice(last), null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var finalPrice = last;
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> outboxEmpty(dev));
        var held = sandbox.unit(dev.propqId(), row.name()).orElseThrow();
        int calls = held.updates() - before;
        boolean equal = held.price().compareTo(finalPrice) == 0;
        result("b4", "edits", 100);
        result("b4", "seconds", round(seconds));
        result("b4", "calls", calls);
        result("b4", "final_equal", equal);
        report.add(
                "B4",
                String.format(
                        Locale.ROOT,
                        "100 edits of one unit in %.2f s: PropQ received %d calls, final " + "state %s the last edit",
                        seconds,
                        calls,
                        equal ? "equals" : "DIFFERS FROM"),
                "<= 3 calls, equal",
                calls <= 3 && equal);
    }

    @Test
    void b5CatalogScale() {
        var dev = development(sizes().b5Units());
        // As B6 does: the planner's statistics as autovacuum leaves them a minute after a bulk insert, not the
        // empty ones of the first seconds (with those PostgreSQL expects one matching unit and sorts them all).
        jdbc.sql("analyze unit").update();
        var sold = new UnitFilter(null, Set.of(UnitStatus.SOLD), null, null, Set.of());
        var byPrice = List.of(new UnitSort(UnitSort.Column.PRICE, true));
        result("b5", "units", sizes().b5Units());
        result(
                "b5",
                "first_page_ms",
                timed("B5", "first page, no filter", () -> gridPage(dev.id(), UnitFilter.NONE, List.of())));
        result("b5", "count_ms", timed("B5", "count, no filter", () -> catalog.countUnits(dev.id(), UnitFilter.NONE)));
        result(
                "b5",
                "filtered_first_page_ms",
                timed("B5", "first page, status filter + price sort", () -> gridPage(dev.id(), sold, byPrice)));
        result(
                "b5",
                "filtered_count_ms",
                timed("B5", "count, status filter", () -> catalog.countUnits(dev.id(), sold)));

        var exported = new ByteArrayOutputStream();
        priceList.export(dev.id(), new UnitFilter("U-00", Set.of(), null, null, Set.of()), exported);
        var lines = exported.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        var csv = new StringBuilder(lines.getFirst()).append("\r\n");
        for (var line : lines.subList(1, Math.min(lines.size(), sizes().b5CsvLines() + 1))) {
            var cells = line.split(",", -1);
            cells[2] = new BigDecimal(cells[2]).add(BigDecimal.valueOf(1000)).toPlainString();
            csv.append(String.join(",", cells)).append("\r\n");
        }
        var bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        var dryRun = priceList.dryRun(dev.id(), new ByteArrayInputStream(bytes), "", null);
        double dryRunSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        priceList.apply(dryRun, "");
        double applySeconds = (System.nanoTime() - start) / 1e9;
        result("b5", "csv_lines", dryRun.changed().size());
        result("b5", "csv_dry_run_ms", round(dryRunSeconds * 1000));
        result("b5", "csv_apply_ms", round(applySeconds * 1000));
        report.add(
                "B5",
                String.format(
                        Locale.ROOT,
                        "CSV import of %d lines: dry run %.2f s",
                        dryRun.changed().size(),
                        dryRunSeconds),
                "<= 5 s",
                dryRunSeconds <= 5);
        report.add(
                "B5",
                String.format(
                        Locale.ROOT,
                        "CSV import of %d lines: apply %.2f s",
                        dryRun.changed().size(),
                        applySeconds),
                "<= 2 s (was 5 s)",
                applySeconds <= 2);
    }

    /** Developments the units search benchmark spreads its units over. */
    private static final int B9_DEVELOPMENTS = 100;

    /**
     * The units search across developments (issue 21) on as many units as B5 has in one development, spread over 100
     * developments in five locations: a page and its count as the units page reads them, with no filter, as agents
     * ask ("available, 2 bedrooms, up to 500,000, cheapest first"), and narrowed to one location.
     */
    @Test
    void b9UnitsSearchAcrossDevelopments() {
        var token = ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE);
        jdbc.sql("""
                insert into development (propq_id, name, location)
                select 'RO-SEARCH-' || :t || '-' || d, 'Search ' || :t || ' ' || d,
                       (array['Nueva Andalucía', 'Marbella', 'Estepona', 'Benahavís', 'Nerja'])[1 + d % 5]
                from generate_series(1, :developments) d""").param("t", token).param("developments", B9_DEVELOPMENTS).update();
        jdbc.sql("""
                insert into unit (development_id, name, status, price, directions, block, floor, bedrooms, built_area)
                select d.id, 'S-' || lpad(n::text, 6, '0'),
                       (array['AVAILABLE', 'SOLD', 'RESERVED'])[1 + n % 3],
                       100000 + ((n + d.id * 7919) * 37 % 900000),
                       (array['{S}', '{N}', '{E,SE}', '{S,SW}'])[1 + n % 4]::text[], 'B' || (n % 10), n % 20,
                       1 + (n * 7 + d.id) % 5, 40 + (n * 13 % 200)
                from development d, generate_series(1, :perDevelopment) n
                where d.propq_id like 'RO-SEARCH-' || :t || '-%'""")
                .param("t", token)
                .param("perDevelopment", sizes().b5Units() / B9_DEVELOPMENTS)
                .update();
        // As B5 and B6 do: the statistics autovacuum leaves a minute after a bulk insert.
        jdbc.sql("analyze development").update();
        jdbc.sql("analyze unit").update();
        int units = jdbc.sql("select count(*) from unit").query(Integer.class).single();
        result("b9", "units_searched", units);
        var asAgentsAsk = new UnitFilter(
                null, Set.of(UnitStatus.AVAILABLE), null, new BigDecimal("500000"), Set.of(), 2, 2, null, null);
        var everything = UnitSearch.ALL;
        var twoBedrooms = new UnitSearch(asAgentsAsk, null, null);
        var inOneLocation = new UnitSearch(asAgentsAsk, null, "nueva andalucia");
        var what = String.format(Locale.ROOT, "search of %,d units", units);
        result("b9", "first_page_ms", searchTimed(what + ", first page, no filter", () -> searchPage(everything)));
        result("b9", "count_ms", searchTimed(what + ", count, no filter", () -> catalog.countFoundUnits(everything)));
        result(
                "b9",
                "filtered_page_ms",
                searchTimed(what + ", first page, available 2-bed <= 500k", () -> searchPage(twoBedrooms)));
        result(
                "b9",
                "filtered_count_ms",
                searchTimed(what + ", count, available 2-bed <= 500k", () -> catalog.countFoundUnits(twoBedrooms)));
        result(
                "b9",
                "location_page_ms",
                searchTimed(what + ", first page, same in one location", () -> searchPage(inOneLocation)));
        result(
                "b9",
                "location_count_ms",
                searchTimed(what + ", count, same in one location", () -> catalog.countFoundUnits(inOneLocation)));
    }

    /** A page of the units search as its page reads it: the first 50, cheapest first. */
    private Object searchPage(UnitSearch search) {
        return catalog.searchUnits(search, List.of(), 0, 50);
    }

    /** The units search's target: a page or a count in 50 ms. */
    private double searchTimed(String what, Supplier<?> query) {
        return timedTarget("B9", what, 50, "", query);
    }

    @Test
    void b6HistoryScale() {
        jdbc.sql("""
                insert into change_history (occurred_at, actor, kind, entity_type, entity_id, entity_label,
                    development_id, unit_id, unit_version, field, old_value, new_value)
                select now() - make_interval(secs => n), 'user' || (n % 50),
                       (array['CATALOG_EDIT', 'BULK_BATCH', 'IMPORT', 'HOLD_EXPIRY'])[1 + n % 4], 'UNIT',
                       n % 20000, 'H-' || (n % 20000), 1 + n % 10, n % 20000, 1, 'price', '1', '2'
                from generate_series(1, :entries) n""").param("entries", sizes().b6Entries()).update();
        jdbc.sql("analyze change_history").update();
        result("b6", "entries", sizes().b6Entries());
        result(
                "b6",
                "filtered_first_page_ms",
                timedTarget(
                        "B6",
                        "history first page by unit and user",
                        100,
                        "",
                        () -> history.page(
                                new HistoryFilter(null, null, "H-4242", "user42", null, null, null, null, null),
                                0,
                                50)));
        result(
                "b6",
                "kind_first_page_ms",
                timedTarget(
                        "B6",
                        "history first page by kind",
                        100,
                        "",
                        () -> history.page(
                                new HistoryFilter(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        com.propq.dashboard.history.HistoryKind.IMPORT,
                                        null),
                                0,
                                50)));
    }

    /**
     * B8: a batch drains against a PropQ answering in 50 ms while single edits are made, spaced over the drain.
     * The edits' save to PropQ 2xx, and the batch's own throughput beside B2's bound.
     */
    @Test
    void b8SingleEditsWhileABatchDrains() {
        int batchChanges = sizes().b8BatchChanges();
        int edits = sizes().b8SingleEdits();
        var dev = development(batchChanges + edits);
        var states = states(dev, batchChanges + edits, 3_000_000);
        var batch = states.subList(0, batchChanges);
        var singles = states.subList(batchChanges, states.size());
        double bound = CONCURRENCY / 0.050;
        // Spread over the time the batch would take at the bound, so every edit lands while it drains.
        long interval = Math.round(batchChanges / bound * 1000 / (edits + 1));
        quietOutbox();
        sandbox.apply(sandbox.settings().withLatency(Duration.ofMillis(50)));
        try {
            var queued = Instant.now();
            transactions.executeWithoutResult(tx -> outbox.queueUnits(batch, OutboxLane.BATCH));
            var latencies = new ArrayList<Double>();
            int duringDrain = 0;
            for (int i = 0; i < singles.size(); i++) {
                sleep(interval);
                var single = singles.get(i);
                if (!outboxEmpty(dev)) {
                    duringDrain++;
                }
                latencies.add(saveToPropq(dev, single.unitId(), single.unitName(), 1000 + i));
            }
            await().atMost(Duration.ofMinutes(20))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> outboxEmpty(dev));
            var batchNames = batch.stream().map(UnitState::unitName).collect(Collectors.toSet());
            var drained = sandbox.units().stream()
                    .filter(u -> u.developmentId().equals(dev.propqId()) && batchNames.contains(u.name()))
                    .map(u -> u.updatedAt())
                    .max(Instant::compareTo)
                    .orElseThrow();
            double rate = batchChanges / (Duration.between(queued, drained).toNanos() / 1e9);
            double p50 = BenchmarkReport.percentile(latencies, 50);
            double p99 = BenchmarkReport.percentile(latencies, 99);
            result("b8", "batch_changes", batchChanges);
            result("b8", "single_edits", latencies.size());
            result("b8", "edits_while_draining", duringDrain);
            result("b8", "p50_ms", round(p50));
            result("b8", "p99_ms", round(p99));
            result("b8", "batch_per_s", round(rate));
            result("b8", "bound_per_s", round(bound));
            result("b8", "batch_ratio", round(rate / bound));
            report.add(
                    "B8",
                    String.format(
                            Locale.ROOT,
                            "%d single edits (%d while %d batched changes drained), "
                                    + "save to PropQ 2xx: p50 %.0f ms, p99 %.0f ms",
                            latencies.size(),
                            duringDrain,
                            batchChanges,
                            p50,
                            p99),
                    "p99 <= 2 s",
                    p99 <= 2000);
            report.add(
                    "B8",
                    String.format(
                            Locale.ROOT,
                            "the batch meanwhile, 50 ms latency: %.0f changes/s vs bound " + "%.0f/s (%.0f%%)",
                            rate,
                            bound,
                            100 * rate / bound),
                    ">= 75% of bound",
                    rate / bound >= 0.75);
        } finally {
            sandbox.apply(sandbox.settings().withLatency(Duration.ZERO));
        }
    }

    /**
     * B7: server memory per open development page. N signed-in Chromium sessions on a development page; the heap
     * after a forced GC, less the heap before, over N. One session is opened first and not counted, so what every
     * first page loads once (classes, caches) is not charged to the sessions. The Playwright client objects of
     * the sessions live in this JVM too (about 60 KB each in a heap dump: the page loads' requests and responses).
     * When the target is missed, a class histogram of one more session says what holds the memory. Run through
     * Maven, the app is in production mode, as the jar is: the production bundle is in place before the tests.
     */
    @Test
    void b7MemoryPerDevelopmentPage() throws Exception {
        var dev = development(200);
        int sessions = sizes().b7Sessions();
        try (var playwright = Browsers.playwright();
                var browser = Browsers.chromium(playwright)) {
            developmentPage(browser, dev);
            long before = heapAfterGc();
            dumpHeap("before");
            for (int i = 0; i < sessions; i++) {
                developmentPage(browser, dev);
            }
            long after = heapAfterGc();
            dumpHeap("after");
            double perSessionMb = (after - before) / (double) sessions / (1024 * 1024);
            result("b7", "sessions", sessions);
            result("b7", "heap_before_mb", round(before / (1024.0 * 1024)));
            result("b7", "heap_after_mb", round(after / (1024.0 * 1024)));
            result("b7", "per_session_mb", round(perSessionMb));
            boolean met = perSessionMb <= 1.0;
            report.add(
                    "B7",
                    String.format(
                            Locale.ROOT,
                            "%d development pages open: server heap %.2f MB per session",
                            sessions,
                            perSessionMb),
                    "<= 1 MB",
                    met);
            if (!met) {
                var without = classHistogram();
                developmentPage(browser, dev);
                var with = classHistogram();
                var growth = new ArrayList<Map.Entry<String, Long>>();
                with.forEach((type, bytes) -> growth.add(Map.entry(type, bytes - without.getOrDefault(type, 0L))));
                growth.sort(Map.Entry.<String, Long>comparingByValue().reversed());
                // Arrays and JDK collections lead any histogram; the framework's and the app's own classes say whose.
                var all = largest(growth, type -> true);
                var owners = largest(growth, type -> !type.startsWith("[") && !type.startsWith("java."));
                result("b7", "one_session_holds", all);
                result("b7", "one_session_holds_by_owner", owners);
                report.note("B7", "what one more session holds (class histogram, largest growth): " + all);
                report.note("B7", "of which outside the JDK: " + owners);
            }
        }
    }

    /**
     * With {@code -Db7.heapDump=/some/prefix}, a heap dump of live objects to {@code /some/prefix-before.hprof} and
     * {@code -after.hprof}: what the sessions hold, object by object, for a heap analyser (the histogram gives only
     * classes).
     */
    private static void dumpHeap(String moment) throws java.io.IOException {
        var prefix = System.getProperty("b7.heapDump");
        if (prefix != null) {
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(prefix + "-" + moment + ".hprof", true);
        }
    }

    private static String largest(List<Map.Entry<String, Long>> growth, Predicate<String> types) {
        return growth.stream()
                .filter(e -> types.test(e.getKey()))
                .limit(12)
                .map(e -> String.format(Locale.ROOT, "%s +%.0f KB", e.getKey(), e.getValue() / 1024.0))
                .collect(Collectors.joining("; "));
    }

    /** A fresh browser context (its own session), signed in, on the development's page with its grid shown. */
    private void developmentPage(Browser browser, Dev dev) {
        Page page = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(1400, 900)
                        .setLocale("en-GB"))
                .newPage();
        page.setDefaultTimeout(60_000);
        var base = "http://localhost:" + port;
        Browsers.signIn(page, base, "admin", ADMIN_PASSWORD);
        PlaywrightAssertions.assertThat(page.locator("#overview")).isVisible();
        page.navigate(base + "/development/" + dev.id());
        PlaywrightAssertions.assertThat(page.locator("#units-grid")).isVisible();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Live bytes by class, as {@code jcmd <pid> GC.class_histogram} prints them (it forces a full GC first). */
    private static Map<String, Long> classHistogram() throws Exception {
        var text = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        var bytes = new HashMap<String, Long>();
        for (var line : text.lines().toList()) {
            var cells = line.strip().split("\\s+");
            if (cells.length >= 4 && cells[0].endsWith(":")) {
                bytes.merge(cells[3], Long.parseLong(cells[2]), Long::sum);
            }
        }
        return bytes;
    }

    /** A query behind the development page's grid: the target is 20 ms, the first one was 50 ms. */
    /** A page of the unit grid as the development page reads it: the catalog's rows, then their sync badges. */
    private Object gridPage(long developmentId, UnitFilter filter, List<UnitSort> sorts) {
        var rows = catalog.units(developmentId, filter, sorts, 0, 50);
        return syncStatus.unitStates(rows.stream().map(row -> row.id()).toList());
    }

    private double timed(String id, String what, Supplier<?> query) {
        return timedTarget(id, what, 20, " (was 50 ms)", query);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** p50 of 21 runs after 3 warm-ups, wall time through the service (so it includes JDBC and mapping). */
    private double timedTarget(String id, String what, double targetMs, String was, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        var times = new ArrayList<Double>();
        for (int i = 0; i < 21; i++) {
            long start = System.nanoTime();
            query.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        double p50 = BenchmarkReport.percentile(times, 50);
        report.add(
                id,
                String.format(
                        Locale.ROOT, "%s: p50 %.1f ms (p95 %.1f ms)", what, p50, BenchmarkReport.percentile(times, 95)),
                "p50 <= " + (int) targetMs + " ms" + was,
                p50 <= targetMs);
        return round(p50);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
