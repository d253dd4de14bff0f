package com.propq.dashboard.faults;

import java.util.List;

/**
 * One line of the fault table. {@code changes}: edits the catalog confirmed; {@code delivered}: those PropQ holds
 * (itself or a newer value of the same unit, which update-by-name's absolute values make equivalent);
 * {@code lost}: the rest; {@code parked}: outbox rows parked at the end; {@code duplicateCalls}: calls PropQ
 * accepted with a state it already had. {@code failures} lists the expectations that did not hold.
 */
record ScenarioResult(
        String name,
        int changes,
        int delivered,
        int lost,
        int parked,
        int duplicateCalls,
        boolean finalEqual,
        String notes,
        List<String> failures) {

    boolean passed() {
        return failures.isEmpty();
    }
}
