package com.propq.dashboard.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import java.util.List;
import org.assertj.core.api.Assertions;

/** axe-core's rules run on a page as it is shown: the app's own markup must have no serious or critical issue. */
final class Axe {

    private Axe() {}

    static void assertNoSeriousIssue(Page page, String where) {
        // Vaadin's own tab strip (vaadin-tabs inside a TabSheet) is reported for a focusable scroll div in its
        // shadow root (aria-required-children): stock component internals, not this app's markup, so that one
        // element is left out of the scan; everything else on the page is checked.
        var results = new AxeBuilder(page)
                .exclude(List.of("vaadin-tabsheet > vaadin-tabs"))
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(node -> node.getTarget() + " " + node.getFailureSummary())
                                .toList())
                .toList();
        Assertions.assertThat(serious).as("axe-core on %s", where).isEmpty();
    }
}
