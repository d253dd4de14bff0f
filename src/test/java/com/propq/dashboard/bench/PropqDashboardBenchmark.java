package com.propq.dashboard.bench;

/** The real benchmark run, full sizes: {@code ./mvnw -Pbench verify}. */
class PropqDashboardBenchmark extends BenchmarkHarness {

    @Override
    Sizes sizes() {
        return new Sizes(10_000, 3, 2_000, 100, 100_000, 10_000, 1_000_000, 20, 10_000, 20);
    }
}
