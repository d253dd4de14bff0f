package com.propq.dashboard.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Delivery under faults: the application as separate processes on a real PostgreSQL, delivering to a PropQ
 * stand-in that fails on demand. Short in every {@code ./mvnw verify}, full with {@code ./mvnw -Pfaults verify}.
 * Prints the table and writes target/faults/results.json; fails if any scenario's expectation did not hold. The
 * test class that runs it is {@code com.propq.dashboard.FaultInjectionTest}.
 */
public abstract class FaultInjectionRun {

    private static final FaultSettings SETTINGS = FaultSettings.fromSystemProperties();

    @Test
    protected void nothingIsLostUnderOutageCrashAndContention() throws IOException {
        var settings = SETTINGS;
        var classpath = AppClasspath.fromBuild();
        var output = Path.of("target", "faults");
        var work = output.resolve("run");
        delete(work);
        var results = new ArrayList<ScenarioResult>();
        var started = System.nanoTime();
        try (var harness = new FaultHarness(settings, classpath, work);
                var queuePage = new QueuePage(harness.app.baseUrl())) {
            harness.start(harness.app);
            var scenarios = new FaultScenarios(harness);
            run(results, "F1-503", () -> scenarios.outage(false));
            run(results, "F1-refused", () -> scenarios.outage(true));
            run(results, "F4", scenarios::tokens);
            run(results, "F6", () -> scenarios.badAnswers(queuePage));
            run(results, "F3", scenarios::twoInstances);
            run(results, "F5", scenarios::databaseRestart);
            run(results, "F2", scenarios::crashes);
        }
        var run = new LinkedHashMap<String, Object>();
        run.put("mode", settings.mode());
        run.put("settings", settings.toString());
        run.put("cores", Runtime.getRuntime().availableProcessors());
        run.put("jdk", System.getProperty("java.vm.name") + " " + Runtime.version());
        run.put("seconds", (System.nanoTime() - started) / 1_000_000_000);
        FaultReport.write(output.resolve("results.json"), results, run);
        System.out.println(FaultReport.table(results));
        assertThat(results)
                .as(FaultReport.table(results))
                .allSatisfy(r -> assertThat(r.failures()).isEmpty());
    }

    /** A scenario that throws still gets its line, so one broken scenario does not hide the others' results. */
    private static void run(List<ScenarioResult> results, String name, Supplier<ScenarioResult> scenario) {
        if (!SETTINGS.runs(name)) {
            return;
        }
        var began = System.nanoTime();
        try {
            results.add(scenario.get());
        } catch (RuntimeException e) {
            e.printStackTrace();
            results.add(new ScenarioResult(name, 0, 0, 0, 0, 0, false, "stopped by " + e, List.of("threw " + e)));
        }
        System.out.printf("%s finished in %d s%n", name, (System.nanoTime() - began) / 1_000_000_000);
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
