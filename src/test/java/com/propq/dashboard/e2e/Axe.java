package com.propq.dashboard.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import java.util.List;
import org.assertj.core.api.Assertions;

/**
 * axe-core's rules run on a page as it is shown: the app's own markup must have no serious or critical issue.
 *
 * <p>axe is put into a document once and run there at each step: the app changes views without loading a new
 * document, so one injection serves every view until the next navigation. axe-core-playwright's own builder
 * injects its 550 kB three times per pass and opens a page in a new browser context to merge the results of
 * frames; the app's pages have no frames, so axe's ordinary run in the page checks the same markup. Measured
 * on AgentsDriveTheAppByRoleAndNameE2ETest's 15 passes: 97 s with the builder, 18 s this way.
 */
final class Axe {

    private static final String SOURCE = AxeBuilder.getAxeScript();

    /**
     * Vaadin's own tab strip (vaadin-tabs inside a TabSheet) is reported for a focusable scroll div in its shadow
     * root (aria-required-children): stock component internals, not this app's markup, so that one element is left
     * out of the scan; everything else on the page is checked. Every rule runs; only the violations are collected
     * with all their elements (axe's resultTypes: the elements that pass are not gathered and sent back).
     */
    private static final String RUN = """
            () => axe.run({exclude: [['vaadin-tabsheet > vaadin-tabs']]}, {resultTypes: ['violations']})
                .then(results => results.violations
                    .filter(rule => rule.impact === 'serious' || rule.impact === 'critical')
                    .map(rule => rule.id + ' (' + rule.impact + '): ' + rule.help + ' at '
                        + rule.nodes.map(node => node.target + ' ' + node.failureSummary).join('; ')))
            """;

    /**
     * The page as it settles: no round trip to the server under way, no tab sheet still loading its tab and no
     * element fading in or out. axe runs in milliseconds now, fast enough to meet a tab that is still being built
     * (the lazy tabs are built when first shown) and report the colours of a half-drawn frame, or a notification
     * half faded in: white on its green blended with the page behind it failed color-contrast (1.81). Animations
     * that never end (a spinner) are not waited for.
     */
    private static final String SETTLED = """
            () => !document.querySelector('vaadin-tabsheet[loading]')
                && Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {})
                    .every(client => typeof client.isActive !== 'function' || !client.isActive())
                && document.getAnimations().every(animation => animation.playState !== 'running'
                    || animation.effect === null
                    || animation.effect.getComputedTiming().endTime === Infinity)
            """;

    private Axe() {}

    static void assertNoSeriousIssue(Page page, String where) {
        Assertions.assertThat(page.frames())
                .as("frames on %s (axe runs in the page only)", where)
                .hasSize(1);
        page.waitForFunction(SETTLED);
        if (!(Boolean) page.evaluate("() => typeof window.axe === 'object' && typeof window.axe.run === 'function'")) {
            page.evaluate("() => { " + SOURCE + " }");
        }
        @SuppressWarnings("unchecked")
        var serious = (List<String>) page.evaluate(RUN);
        Assertions.assertThat(serious).as("axe-core on %s", where).isEmpty();
    }
}
