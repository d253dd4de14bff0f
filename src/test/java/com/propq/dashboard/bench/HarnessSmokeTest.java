package com.propq.dashboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;

/**
 * The benchmark harness at a few hundred changes, in every {@code ./mvnw verify}: it proves that the
 * harness still measures every figure end to end (and that coalescing still keeps PropQ's final
 * state equal to the last edit); it asserts no times.
 */
class HarnessSmokeTest extends BenchmarkHarness {

    @Override
    Sizes sizes() {
        return new Sizes(300, 1, 100, 10, 2_000, 500, 20_000, 1, 300, 5);
    }

    @AfterAll
    void everyFigureWasMeasured() {
        assertThat(results()).containsKeys("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9");
        assertThat(results().get("b1")).containsKeys("outbox_per_s", "baseline_per_s", "ratio");
        assertThat(results().get("b3")).containsKeys("p50_ms", "p95_ms", "p99_ms");
        assertThat(results().get("b4")).containsEntry("final_equal", true);
        assertThat(results().get("b5")).containsEntry("csv_lines", 500);
        assertThat(results().get("b6")).containsKey("filtered_first_page_ms");
        assertThat(results().get("b7")).containsKeys("per_session_mb");
        assertThat(results().get("b9")).containsKeys("filtered_page_ms", "filtered_count_ms", "location_count_ms");
        assertThat(results().get("b8")).containsEntry("single_edits", 5).containsKeys("p99_ms", "batch_ratio");
    }
}
