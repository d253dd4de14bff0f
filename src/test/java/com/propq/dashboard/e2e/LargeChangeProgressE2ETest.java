package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.sync.DeliveryEngineTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium, with the delivery engine running against a PropQ slowed to 10 ms a call (issue 20, item 8): during
 * a bulk change of 2,000 units the development page and the sync queue both say how many are sent, live, and the line
 * goes once all are delivered.
 */
@DeliveryEngineTest
class LargeChangeProgressE2ETest extends ChromiumTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PropqSandbox sandbox;

    /** A development of its own with 2,000 units, written in two statements. */
    private long developmentOf2000Units() {
        var id = jdbc.sql("insert into development (propq_id, name, location) values (:propqId, 'Progress Towers', "
                        + "'Marbella') returning id")
                .param("propqId", "RO-DEV-" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L))
                .query(Long.class)
                .single();
        jdbc.sql("insert into unit (development_id, name, status, price, directions) "
                        + "select :id, 'PT-' || lpad(g::text, 4, '0'), 'AVAILABLE', 200000 + g, '{S}' "
                        + "from generate_series(1, 2000) g")
                .param("id", id)
                .update();
        return id;
    }

    @Test
    void aBulkChangeOf2000UnitsShowsHowManyAreSentOnBothPagesUntilAllAreDelivered() {
        var developmentId = developmentOf2000Units();
        var before = sandbox.settings();
        sandbox.apply(before.withLatency(Duration.ofMillis(10)));
        try {
            var context = browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("en-GB"));
            var development = context.newPage();
            development.setDefaultTimeout(30_000);
            signedIn(development, "admin", "test-admin-password-1");
            development.navigate(url("development/" + developmentId));
            assertThat(development.locator("#units-grid")).containsText("PT-0001");
            var queue = context.newPage();
            queue.setDefaultTimeout(30_000);
            queue.navigate(url("sync-queue"));
            assertThat(queue.locator("#sync-queue-summary")).isVisible();
            var onDevelopment = development.locator("#development-delivery-progress");
            var onQueue = queue.locator("#sync-delivery-progress");
            assertThat(onDevelopment).isHidden();

            development.locator("#bulk-change").click();
            development.locator("#bulk-amount input").fill("5");
            development.locator("#bulk-preview-button").click();
            assertThat(development.locator("#bulk-totals")).containsText("2,000 units, 2,000 would change");
            development.locator("#bulk-apply").click();

            assertThat(onDevelopment).containsText("of 2,000 sent");
            development.screenshot(
                    new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("large-change-progress")));
            assertThat(onQueue).containsText("of 2,000 sent");
            var untilDelivered = new LocatorAssertions.IsHiddenOptions().setTimeout(120_000);
            assertThat(onDevelopment).isHidden(untilDelivered);
            assertThat(onQueue).isHidden(untilDelivered);
            context.close();
        } finally {
            sandbox.apply(before);
        }
    }
}
