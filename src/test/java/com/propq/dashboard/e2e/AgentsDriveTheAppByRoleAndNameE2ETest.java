package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.propq.dashboard.users.DemoAccounts;
import org.junit.jupiter.api.Test;

/**
 * In real Chromium, as a browser-driving agent would: every step of the main journeys is found by its role and
 * accessible name alone (no CSS selector, no id), done by keyboard where it opens something, and every page on
 * the way passes axe-core with no serious or critical issue.
 */
class AgentsDriveTheAppByRoleAndNameE2ETest extends BrowserTest {

    @Test
    void anAgentSignsInOpensAUnitSavesAPriceVisitsEveryPageAndSignsOutByRoleAndName() {
        var page = newPage(1440, 900);
        try {
            page.navigate(url("login"));
            assertThat(heading(page, "Sign in")).isVisible();
            Axe.assertNoSeriousIssue(page, "login");
            signInByName(page, DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());

            assertThat(heading(page, "Overview")).isVisible();
            Axe.assertNoSeriousIssue(page, "overview");

            menu(page, "Developments").press("Enter");
            assertThat(heading(page, "Developments")).isVisible();
            Axe.assertNoSeriousIssue(page, "developments");

            link(page, "Sotogrande Pine Gardens").press("Enter");
            assertThat(heading(page, "Sotogrande Pine Gardens")).isVisible();
            Axe.assertNoSeriousIssue(page, "development units");

            button(page, "A-1-02").press("Enter");
            assertThat(heading(page, "A-1-02")).isVisible();
            Axe.assertNoSeriousIssue(page, "development units with the editor open");
            var price = page.getByRole(
                    AriaRole.TEXTBOX,
                    new Page.GetByRoleOptions().setName("Price").setExact(true));
            price.fill("1234567");
            button(page, "Save").press("Enter");
            assertThat(page.getByText("Unit A-1-02 saved and queued for PropQ."))
                    .isVisible();
            assertThat(price).hasValue("1234567");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("role-walk-unit-saved")));
            button(page, "Close").press("Enter");
            assertThat(heading(page, "A-1-02")).isHidden();

            for (var tab : new String[] {"History", "Stacking plan", "Publishing"}) {
                page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab))
                        .click();
                assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab)))
                        .hasAttribute("aria-selected", "true");
                Axe.assertNoSeriousIssue(page, "development " + tab + " tab");
            }

            menu(page, "History").press("Enter");
            assertThat(heading(page, "History")).isVisible();
            Axe.assertNoSeriousIssue(page, "history");

            menu(page, "Sync queue").press("Enter");
            assertThat(heading(page, "Sync queue")).isVisible();
            Axe.assertNoSeriousIssue(page, "sync queue");

            link(page, "Demo Agent").press("Enter");
            assertThat(heading(page, "My account")).isVisible();
            Axe.assertNoSeriousIssue(page, "account");

            button(page, "Sign out").press("Enter");
            assertThat(heading(page, "Sign in")).isVisible();
        } finally {
            page.context().close();
        }
    }

    @Test
    void theAdminPagesPassAxeCore() {
        var page = newPage(1440, 900);
        try {
            page.navigate(url("login"));
            signInByName(page, "admin", "test-admin-password-1");
            assertThat(heading(page, "Overview")).isVisible();
            for (var item : new String[] {"Users", "PropQ connection", "Publishing"}) {
                menu(page, item).press("Enter");
                assertThat(heading(page, item)).isVisible();
                Axe.assertNoSeriousIssue(page, item);
            }
            page.navigate(url("change-password"));
            assertThat(button(page, "Sign out")).isVisible();
            Axe.assertNoSeriousIssue(page, "change password");
        } finally {
            page.context().close();
        }
    }

    private static void signInByName(Page page, String username, String password) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"))
                .fill(username);
        // A password field has no ARIA role of its own: it is found by its label, its accessible name.
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        button(page, "Sign in").press("Enter");
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** An entry of the side navigation. */
    private static Locator menu(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
