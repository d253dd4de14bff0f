package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.propq.dashboard.users.DemoAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium (issue 21, item 5): the notice after a bulk change offers Undo; Undo asks again with the count,
 * and what it did reads as an undo, in the notice and in the history, not as another bulk change.
 */
class AgentUndoesFromTheNoticeE2ETest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    /** A development of its own with three units, so no other test's changes meet this one's. */
    private long developmentWithThreeUnits() {
        var id = jdbc.sql("insert into development (propq_id, name, location) values (:propqId, 'Undo Gardens', "
                        + "'Mijas') returning id")
                .param("propqId", "RO-DEV-" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L))
                .query(Long.class)
                .single();
        jdbc.sql("insert into unit (development_id, name, status, price, directions) "
                        + "select :id, 'UG-' || g, 'AVAILABLE', 100000 * g, '{S}' from generate_series(1, 3) g")
                .param("id", id)
                .update();
        return id;
    }

    @Test
    void theNoticeAfterABulkChangeUndoesItAfterAskingWithTheCountAndTheResultReadsAsAnUndo() {
        var developmentId = developmentWithThreeUnits();
        var page = newPageAs(DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());
        page.navigate(url("development/" + developmentId));
        assertThat(page.locator("#units-grid")).containsText("UG-3");

        page.locator("#bulk-change").click();
        page.locator("#bulk-amount input").fill("5");
        page.locator("#bulk-preview-button").click();
        assertThat(page.locator("#bulk-totals")).containsText("3 units, 3 would change");
        page.locator("#bulk-apply").click();

        var notice = page.locator("vaadin-notification-card");
        assertThat(notice.filter(new Locator.FilterOptions().setHasText("'Bulk change 5%': 3 units changed.")))
                .isVisible();
        assertThat(page.locator("#units-grid")).containsText("€315,000");
        notice.filter(new Locator.FilterOptions().setHasText("'Bulk change 5%': 3 units changed."))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo"))
                .click();
        var confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("Undo 'Bulk change 5%' on 3 units?");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("agent-undo-from-notice")));
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo"))
                .click();

        // The undo's notice replaces the batch's, which may still be closing beside it.
        assertThat(notice.filter(new Locator.FilterOptions().setHasText("Undo of 'Bulk change 5%', 3 units")))
                .isVisible();
        assertThat(page.locator("#units-grid")).containsText("€300,000");
        page.locator("#development-tabs vaadin-tab").getByText("History").click();
        var undoEntries = page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Undo of 'Bulk change 5%'"));
        assertThat(undoEntries).hasCount(3);
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^Undo$"))))
                .hasCount(3);
    }
}
