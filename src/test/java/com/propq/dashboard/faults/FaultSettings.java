package com.propq.dashboard.faults;

import java.time.Duration;
import java.util.Set;

/**
 * The two sizes of the fault run. Short (every {@code ./mvnw verify}): F1 with 40 s outages (longer than the 30 s
 * probe interval, so the open circuit's probe meets PropQ still down), five kills, 1,000 changes on two instances.
 * Full ({@code ./mvnw -Pfaults verify}): 10-minute outages, twenty kills, 10,000 changes. Single values can be
 * overridden with system properties (faults.outage=PT2M and so on), and faults.scenarios=F2,F3 runs only those.
 */
record FaultSettings(
        String mode,
        Duration outage,
        int outageEdits,
        int kills,
        int twoInstanceChanges,
        int tokenInvalidations,
        Duration databaseDown,
        Duration readTimeout,
        Duration lease,
        Duration slowAnswer,
        Set<String> scenarios) {

    private static final String ALL = "F1-503,F1-refused,F2,F3,F4,F5,F6";

    /** Whether this run includes a scenario ({@code -Dfaults.scenarios=F2,F3} runs only those). */
    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    static FaultSettings fromSystemProperties() {
        boolean full = "full".equals(System.getProperty("faults.mode", "short"));
        return new FaultSettings(
                full ? "full" : "short",
                duration("faults.outage", full ? Duration.ofMinutes(10) : Duration.ofSeconds(40)),
                Integer.getInteger("faults.outage-edits", 1_000),
                Integer.getInteger("faults.kills", full ? 20 : 5),
                Integer.getInteger("faults.two-instance-changes", full ? 10_000 : 1_000),
                Integer.getInteger("faults.token-invalidations", full ? 10 : 3),
                duration("faults.database-down", Duration.ofSeconds(20)),
                Duration.ofSeconds(4),
                Duration.ofSeconds(15),
                Duration.ofSeconds(7),
                Set.of(System.getProperty("faults.scenarios", ALL).split("\\s*,\\s*")));
    }

    private static Duration duration(String property, Duration fallback) {
        var value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : Duration.parse(value);
    }
}
