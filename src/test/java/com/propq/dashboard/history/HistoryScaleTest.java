package com.propq.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A million history entries: every filter the page offers finds its first page through an index,
 * never by scanning the table. Prints PostgreSQL's own execution time for each (speed targets live
 * in the benchmark harness; this test proves the plan).
 */
@SpringBootTest(properties = "app.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryScaleTest {

    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

    @Autowired
    HistoryQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistoryService history;

    @BeforeAll
    void aMillionEntries() {
        jdbc.sql("""
                insert into change_history (occurred_at, actor, kind, entity_type, entity_id, entity_label,
                    development_id, unit_id, unit_version, field, old_value, new_value, reason)
                select now() - make_interval(secs => n), 'user' || (n % 50),
                       (array['CATALOG_EDIT', 'BULK_BATCH', 'IMPORT', 'HOLD_EXPIRY'])[1 + n % 4], 'UNIT',
                       n % 20000, 'U-' || (n % 20000), 1 + n % 10, n % 20000, n / 20000,
                       (array['price', 'status', 'notes'])[1 + n % 3], (n * 7 % 900000)::text,
                       (n * 7 % 900000 + 1000)::text, null
                from generate_series(1, 1000000) n""").update();
        jdbc.sql("analyze change_history").update();
    }

    @Test
    void everyFilteredFirstPageIsAnIndexScan() {
        var filters = Map.of(
                "unit", new HistoryFilter(null, null, "U-4242", null, null, null, null, null, null),
                "unit and user", new HistoryFilter(null, null, "U-4242", "user42", null, null, "price", null, null),
                "unit id", HistoryFilter.ofUnit(4242),
                "user", new HistoryFilter(null, null, null, "user7", null, null, null, null, null),
                "development", HistoryFilter.ofDevelopment(3),
                "kind", new HistoryFilter(null, null, null, null, null, null, null, HistoryKind.HOLD_EXPIRY, null),
                "field", new HistoryFilter(null, null, null, null, null, null, "notes", null, null),
                "last day",
                        new HistoryFilter(
                                null, null, null, null, Instant.now().minusSeconds(86_400), null, null, null, null),
                "no filter", HistoryFilter.ALL);
        assertThat(jdbc.sql("select count(*) from change_history")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1_000_000L);

        filters.forEach((name, filter) -> {
            List<String> plan = queries.explainPage(filter, 0, 50);
            var text = String.join("\n", plan);
            var matcher = EXECUTION.matcher(text);
            assertThat(matcher.find()).isTrue();
            System.out.printf("history first page, filter %-14s %8s ms%n", name + ":", matcher.group(1));
            assertThat(text).as("plan for " + name).doesNotContain("Seq Scan on change_history");
            assertThat(queries.page(filter, true, 0, 50)).as(name).isNotEmpty();
        });
    }

    @Test
    @WithMockUser(username = "admin-ada", roles = "ADMIN")
    void aMillionEntriesDownloadAsCsvInConstantMemory() {
        var sink = new HeapWatchingSink();

        history.exportCsv(HistoryFilter.ALL, sink);

        assertThat(sink.lines).isGreaterThan(1_000_000L);
        // Built in memory, the file alone (over 100 MB here) would be held at the first write.
        assertThat(sink.mostRetained - sink.retainedAtStart)
                .as("heap held while the CSV streams")
                .isLessThan(64L * 1024 * 1024);
    }

    /**
     * Counts the CSV's lines and, every 24 MB written, collects garbage and notes the heap still in use: what the
     * export retains while it streams, not what it allocates and drops.
     * Each check is a full collection of the test JVM's heap, which holds every cached application context: at every
     * 8 MB they were 13 of them for one export. Four checks still catch an export that keeps what it wrote: it would
     * hold over 64 MB by the third.
     */
    private static final class HeapWatchingSink extends OutputStream {

        private static final long CHECK_EVERY = 24L * 1024 * 1024;
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        final long retainedAtStart = retained();
        long mostRetained = retainedAtStart;
        long lines;
        private long written;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                }
            }
            if ((written + length) / CHECK_EVERY > written / CHECK_EVERY) {
                mostRetained = Math.max(mostRetained, retained());
            }
            written += length;
        }

        private long retained() {
            System.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }
    }
}
