package com.propq.dashboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the figures of one benchmark run and prints them as one table at the end. */
final class BenchmarkReport {

    private final List<String> lines = new ArrayList<>();

    void add(String id, String figure, String target, boolean met) {
        lines.add(String.format(Locale.ROOT, "%-4s %-78s target %-26s %s", id, figure, target, met ? "MET" : "MISSED"));
    }

    void print() {
        System.out.println();
        System.out.println("=== PropQ Dashboard benchmarks (one run, side by side) ===");
        lines.forEach(System.out::println);
        System.out.println();
    }

    static double percentile(List<Double> values, double p) {
        var sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
