package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.propq.dashboard.users.DemoAccounts;
import org.junit.jupiter.api.Test;

/**
 * In real Chromium: an agent changes a unit's price and status and sees its badge turn Pending;
 * a reviewer opens the same unit and has nothing to save with.
 */
class AgentEditsUnitE2ETest extends BrowserTest {

    private Locator openUnit(Page page, String development, String unit) {
        page.locator("#developments-grid").getByText(development).click();
        // Found by name, as an agent would: the filters leave the grid too few rows to show every unit at once.
        page.locator("#unit-name-filter input").fill(unit);
        // The filter applies a moment after typing; a click before then can land on a row being re-rendered.
        assertThat(page.locator("#unit-count")).hasText("1 unit");
        var units = page.locator("#units-grid");
        // The grid may keep a hidden copy of a re-rendered row: the visible one is the one the agent sees.
        units.getByText(unit, new Locator.GetByTextOptions().setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true))
                .click();
        var editor = page.locator("#unit-editor");
        assertThat(editor).isVisible();
        return editor;
    }

    @Test
    void anAgentChangesPriceAndStatusAndTheBadgeTurnsPendingWhileAReviewerCannotSave() {
        var agent = developmentsAs(DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());
        var editor = openUnit(agent, "Estepona Sea Breeze", "A-2-03");

        agent.locator("#unit-price input").fill("512345");
        agent.locator("#unit-status").click();
        agent.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("Reserved"))
                .click();
        assertThat(agent.locator("#unit-status")).containsText("Reserved");
        agent.locator("#unit-reason input").fill("Reserved by the Lindqvist family");
        agent.locator("#unit-save").click();

        assertThat(editor.locator(".sync-pending")).isVisible();
        var row = agent.locator("#units-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("512,345"));
        assertThat(row).isVisible();
        assertThat(editor.locator("#unit-status")).containsText("Reserved");
        assertThat(agent.locator("#units-grid .sync-pending").first()).isVisible();
        agent.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("agent-unit-pending")));

        var reviewer = developmentsAs(DemoAccounts.DEFAULT.reviewerUsername(), DemoAccounts.DEFAULT.reviewerPassword());
        openUnit(reviewer, "Estepona Sea Breeze", "A-2-03");

        assertThat(reviewer.locator("#unit-save")).isHidden();
        assertThat(reviewer.locator("#new-unit")).isHidden();
        assertThat(reviewer.locator("#unit-price input")).hasAttribute("readonly", "");
        assertThat(reviewer.locator("#unit-price input")).hasValue("512345");
        reviewer.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("reviewer-unit-read-only")));
    }
}
