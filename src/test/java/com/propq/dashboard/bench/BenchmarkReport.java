package com.propq.dashboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the figures of one benchmark run and prints them as one table at the end. */
final class BenchmarkReport {

    private final List<String> lines = new ArrayList<>();

    void add(String id, String figure, String target, boolean met) {
        lines.add(String.format(Locale.ROOT, "%-4s %-92s target %-28s %s", id, figure, target, met ? "MET" : "MISSED"));
    }

    /** A line that explains a figure (what holds memory, what limits a rate); no target of its own. */
    void note(String id, String text) {
        lines.add(String.format(Locale.ROOT, "%-4s   %s", id, text));
    }

    void print(java.util.Map<String, Object> machine) {
        System.out.println();
        System.out.println("=== PropQ Dashboard benchmarks (one run, side by side) ===");
        System.out.println("machine: " + machine);
        lines.forEach(System.out::println);
        System.out.println();
    }

    /** A small JSON writer for the results file: maps, numbers, booleans and strings are all it holds. */
    static String json(Object value) {
        if (value instanceof java.util.Map<?, ?> map) {
            var parts = new ArrayList<String>();
            map.forEach((k, v) -> parts.add(json(String.valueOf(k)) + ":" + json(v)));
            return "{" + String.join(",", parts) + "}";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        var text = String.valueOf(value).replace("\\", "\\\\").replace("\"", "\\\"");
        return "\"" + text + "\"";
    }

    static double percentile(List<Double> values, double p) {
        var sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
