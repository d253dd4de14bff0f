package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.propq.dashboard.sync.DeliveryEngineTest;
import com.propq.dashboard.users.DemoAccounts;
import org.junit.jupiter.api.Test;

/**
 * In real Chromium, with the delivery engine sending to the sandbox: an agent lowers a price; a
 * reviewer finds that change on the History page by unit and user, reads its old and new value,
 * and sees that PropQ got it.
 */
@DeliveryEngineTest
class ReviewerFindsPriceChangeE2ETest extends ChromiumTest {

    @Test
    void aReviewerFindsAPriceChangeByUnitAndUserWithItsOldAndNewValueAndThatItWasDelivered() {
        var agent = developmentsAs(DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());
        agent.locator("#developments-grid").getByText("Mijas Costa Palms").click();
        agent.locator("#unit-name-filter input").fill("B-3-05");
        agent.locator("#units-grid")
                .getByText("B-3-05", new Locator.GetByTextOptions().setExact(true))
                .click();
        agent.locator("#unit-price input").fill("123456");
        agent.locator("#unit-reason input").fill("Agreed with the developer");
        agent.locator("#unit-save").click();
        assertThat(agent.locator("#unit-editor .sync-synced")).isVisible();

        var reviewer = developmentsAs(DemoAccounts.DEFAULT.reviewerUsername(), DemoAccounts.DEFAULT.reviewerPassword());
        reviewer.navigate(url("history"));
        reviewer.locator("#history-unit input").fill("B-3-05");
        reviewer.locator("#history-user input").fill("agent");
        reviewer.locator("#history-field").click();
        reviewer.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Price"))
                .first()
                .click();

        var grid = reviewer.locator("#history-grid");
        assertThat(grid.getByText("→ €123,456")).isVisible();
        assertThat(grid.getByText("Agreed with the developer")).isVisible();
        // The grid pools its rows: look at the visible one.
        var delivered = grid.locator(".delivery-delivered").filter(new Locator.FilterOptions().setVisible(true));
        assertThat(delivered).hasCount(1);
        assertThat(delivered).containsText("Delivered");
        reviewer.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("reviewer-history")));
    }
}
