package com.propq.dashboard.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The fault table, printed and written to target/faults/results.json in the shape. */
final class FaultReport {

    private FaultReport() {}

    static String table(List<ScenarioResult> results) {
        var out = new StringBuilder();
        out.append(String.format(
                "%n%-9s %8s %10s %6s %7s %11s %12s %6s%n",
                "scenario", "changes", "delivered", "lost", "parked", "duplicates", "final equal", "ok"));
        for (var r : results) {
            out.append(String.format(
                    "%-9s %8d %10d %6d %7d %11d %12s %6s%n",
                    r.name(),
                    r.changes(),
                    r.delivered(),
                    r.lost(),
                    r.parked(),
                    r.duplicateCalls(),
                    r.finalEqual(),
                    r.passed() ? "yes" : "NO"));
        }
        for (var r : results) {
            out.append(String.format("%n%s: %s", r.name(), r.notes()));
            for (var failure : r.failures()) {
                out.append(String.format("%n    FAILED: %s", failure));
            }
        }
        return out.append(System.lineSeparator()).toString();
    }

    static void write(Path file, List<ScenarioResult> results, Map<String, Object> run) {
        var scenarios = new ArrayList<Map<String, Object>>();
        for (var r : results) {
            var scenario = new LinkedHashMap<String, Object>();
            scenario.put("name", r.name());
            scenario.put("changes", r.changes());
            scenario.put("delivered", r.delivered());
            scenario.put("lost", r.lost());
            scenario.put("parked", r.parked());
            scenario.put("duplicate_calls", r.duplicateCalls());
            scenario.put("final_equal", r.finalEqual());
            scenario.put("notes", r.notes());
            scenario.put("expectations_failed", r.failures());
            scenarios.add(scenario);
        }
        var document = new LinkedHashMap<String, Object>();
        document.put("run", run);
        document.put("scenarios", scenarios);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    JsonMapper.builder()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .build()
                            .writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
