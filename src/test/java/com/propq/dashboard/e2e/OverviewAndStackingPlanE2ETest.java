package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.propq.dashboard.users.DemoAccounts;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * In real Chromium, on a tablet and on a phone: the overview after sign-in and a development's stacking plan
 * show their pictures with words, open by keyboard, do not scroll sideways and pass axe-core's rules (no
 * violation of serious or critical impact).
 */
class OverviewAndStackingPlanE2ETest extends BrowserTest {

    @Test
    void anAdminOnATabletSeesTheOverviewAndAStackingPlanFilteredLikeTheGrid() {
        var page = newPage(1024, 768);
        try {
            signedIn(page, "admin", "test-admin-password-1");
            seeTheOverview(page, "tablet");
            var plan = openTheStackingPlan(page, "tablet");

            // The grid's filters: only sold units remain, each saying so in words.
            plan.locator("#unit-status-filter").click();
            page.locator("vaadin-multi-select-combo-box-item")
                    .filter(new Locator.FilterOptions().setHasText("Sold"))
                    .click();
            page.keyboard().press("Escape");
            assertThat(plan.locator(".plan-tile:not(.plan-sold)")).hasCount(0);
            assertThat(plan.locator(".plan-tile.plan-sold").first()).containsText("Sold");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.screenshotPath("stacking-plan-tablet-sold"))
                    .setFullPage(true));
        } finally {
            page.context().close();
        }
    }

    @Test
    void anAgentOnAPhoneSeesTheOverviewAndOpensAUnitFromTheStackingPlanByKeyboard() {
        var page = newPage(390, 844);
        try {
            signedIn(page, DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());
            seeTheOverview(page, "phone");
            var plan = openTheStackingPlan(page, "phone");

            var tile = plan.locator(".plan-tile[data-unit='A-0-01']");
            tile.focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("#unit-editor")).isVisible();
            assertThat(page.locator("#unit-name input")).hasValue("A-0-01");
        } finally {
            page.context().close();
        }
    }

    private void seeTheOverview(Page page, String size) {
        page.navigate(url(""));
        assertThat(page.locator("#overview")).isVisible();
        var availability = page.locator("#overview-availability");
        assertThat(availability.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName("Marbella Golden Hills")))
                .isVisible();
        assertThat(availability.getByRole(AriaRole.IMG).first())
                .hasAttribute(
                        "aria-label",
                        java.util.regex.Pattern.compile("Available \\d+, On hold \\d+, Sold \\d+, Reserved \\d+"));
        assertThat(page.locator("#availability-total")).containsText("All developments");
        assertThat(page.locator("#overview-sync-parked")).isVisible();
        assertThat(page.locator("#overview-sync-circuit")).isVisible();
        assertThat(page.locator("#overview-publishing")).isVisible();
        assertThat(page.locator("#overview-latest")).isVisible();
        checkLayoutAndAccessibility(page, "overview-" + size);
    }

    private Locator openTheStackingPlan(Page page, String size) {
        // By keyboard, as a link: the development's name in the availability card.
        page.locator("#overview-availability")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Marbella Golden Hills"))
                .focus();
        page.keyboard().press("Enter");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Stacking plan"))
                .click();
        var plan = page.locator("#stacking-plan");
        assertThat(plan.locator(".plan-tile[data-unit='A-0-01']")).isVisible();
        assertThat(plan.locator(".plan-block h3").first()).containsText("Block");
        assertThat(plan.locator(".plan-legend")).containsText("Available");
        assertThat(plan.locator("#plan-unplaced")).isVisible();
        checkLayoutAndAccessibility(page, "stacking-plan-" + size);
        return plan;
    }

    private static void checkLayoutAndAccessibility(Page page, String screenshot) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browsers.screenshotPath(screenshot))
                .setFullPage(true));
        Assertions.assertThat(
                        (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the page itself scrolls sideways (%s)", screenshot)
                .isTrue();
        Axe.assertNoSeriousIssue(page, screenshot);
    }
}
