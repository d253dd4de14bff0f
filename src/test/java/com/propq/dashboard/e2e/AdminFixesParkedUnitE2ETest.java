package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.propq.dashboard.sync.DeliveryEngineTest;
import com.propq.dashboard.sync.OutboxLane;
import com.propq.dashboard.sync.OutboxWriter;
import com.propq.dashboard.sync.UnitState;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In real Chromium, with the delivery engine running against the sandbox: an admin sees a parked row on the sync
 * queue, fixes the unit in another tab (where PropQ's field error shows next to the price), and watches the queue
 * empty without reloading.
 */
@DeliveryEngineTest
class AdminFixesParkedUnitE2ETest extends ChromiumTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    TransactionTemplate transactions;

    /** Unit A-1-01 of Mijas Costa Palms, queued with a state PropQ refuses (a negative price) and parked. */
    private void parkDemoUnit() {
        var unit = jdbc.sql("""
                        select u.id, u.version, d.id as development_id, d.propq_id from unit u
                        join development d on d.id = u.development_id
                        where d.name = 'Mijas Costa Palms' and u.name = 'A-1-01'""").query().singleRow();
        transactions.executeWithoutResult(tx -> outbox.queueUnit(
                new UnitState(
                        (Long) unit.get("development_id"),
                        (String) unit.get("propq_id"),
                        (Long) unit.get("id"),
                        "A-1-01",
                        (Long) unit.get("version"),
                        1,
                        new BigDecimal("-1"),
                        List.of("S")),
                OutboxLane.INTERACTIVE));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(*) from outbox where state = 'PARKED' and unit_name = 'A-1-01'")
                                .query(Integer.class)
                                .single()
                        == 1);
    }

    private Page signInAsAdmin(BrowserContext context) {
        var page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name='username']").fill("admin");
        page.locator("vaadin-login-form input[name='password']").fill("test-admin-password-1");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        assertThat(page.locator("#overview")).isVisible();
        return page;
    }

    @Test
    void anAdminSeesAParkedRowFixesTheUnitAndWatchesTheQueueEmptyWithoutReloading() {
        parkDemoUnit();
        var context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("en-GB"));
        var queue = signInAsAdmin(context);
        queue.navigate("http://localhost:" + port + "/sync-queue");
        var grid = queue.locator("#sync-queue-grid");
        assertThat(queue.locator("#sync-count-parked")).hasText("1");
        assertThat(grid.getByText("A-1-01", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        // The queue leads with what PropQ's 422 means; the raw answer waits behind Details.
        assertThat(grid.getByText("PropQ refused the").first()).isVisible();
        queue.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("admin-sync-queue-parked")));

        var editorTab = context.newPage();
        editorTab.setDefaultTimeout(30_000);
        editorTab.navigate("http://localhost:" + port + "/developments");
        editorTab.locator("#developments-grid").getByText("Mijas Costa Palms").click();
        editorTab
                .locator("#units-grid")
                .getByText("A-1-01", new Locator.GetByTextOptions().setExact(true))
                .click();
        var editor = editorTab.locator("#unit-editor");
        assertThat(editor.locator(".sync-needs-fix")).isVisible();
        assertThat(editorTab.locator("#unit-price")).hasAttribute("invalid", "");
        assertThat(editorTab.locator("#unit-price")).containsText("UntPrice");
        editorTab.locator("#unit-price input").fill("987654");
        editorTab.locator("#unit-reason input").fill("Price fixed for PropQ");
        editorTab.locator("#unit-save").click();
        assertThat(editor.locator(".sync-synced")).isVisible();

        // Back on the first tab, untouched: push has emptied the queue.
        assertThat(queue.locator("#sync-count-parked")).hasText("0");
        assertThat(grid.getByText("A-1-01", new Locator.GetByTextOptions().setExact(true)))
                .isHidden();
        assertThat(queue.locator("#sync-count-delivered")).not().hasText("0");
        queue.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("admin-sync-queue-empty")));
        context.close();
    }
}
