package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.sync.DeliveryEngineTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium, with the delivery engine and the publish poller running against the sandbox: an agent publishes
 * a development and watches its timeline go from PUBLISHING to the final status without reloading.
 */
@DeliveryEngineTest
class AgentPublishesDevelopmentE2ETest extends ChromiumTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PropqSandbox sandbox;

    @Test
    void anAgentPublishesADevelopmentAndWatchesTheTimelineReachTheFinalStatus() {
        jdbc.sql("update publish_request set state = 'FAILED', finished_at = now(), error = 'test clean slate' "
                        + "where state in ('QUEUED', 'PUBLISHING')")
                .update();
        sandbox.apply(sandbox.settings().withPublishDelay(Duration.ofSeconds(3)).withPublishOutcome("PUBLISHED"));
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            signedIn(page, "agent", "agent-demo-2026");
            // A second tab stays on the developments list: its "Last publish" must follow without a reload.
            Page list = context.newPage();
            list.setDefaultTimeout(30_000);
            list.navigate(url("developments"));
            list.locator("#development-name-filter input").fill("Mijas Costa Palms");
            // Filtered down to the one row before the tab goes to the background (other tests' developments
            // have publish badges of their own).
            assertThat(list.locator("#developments-grid vaadin-grid-cell-content a:visible"))
                    .hasCount(1);
            Locator listBadge = list.locator("#developments-grid vaadin-grid-cell-content .publish-badge:visible");
            page.bringToFront();
            page.navigate(url("developments"));
            page.locator("#developments-grid").getByText("Mijas Costa Palms").click();

            page.locator("#publish-development").click();
            assertThat(page.locator("#publish-waiting")).isVisible();
            page.locator("#publish-confirm").click();
            // Only this publish can be under way (the others were ended above), so this proves the push.
            assertThat(list.locator("#developments-grid vaadin-grid-cell-content")
                            .locator(".publish-queued, .publish-publishing"))
                    .isVisible();
            page.locator("#development-tabs vaadin-tab").getByText("Publishing").click();

            var patience = new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);
            Locator timeline = page.locator("#publish-timeline .publish-entry").first();
            assertThat(timeline.locator(".publish-step-status").first()).containsText("Publishing", patience);
            assertThat(timeline.locator(".publish-step-status").last())
                    .containsText("Published", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(timeline.locator(".publish-step-status")).hasCount(2);
            assertThat(timeline).containsText("agent");
            assertThat(page.locator("#publish-current .publish-finished")).hasText("Published");
            assertThat(listBadge).hasText("Published", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("agent-publishes")));
        }
    }
}
