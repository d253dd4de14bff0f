package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

            openFromMenu(page, "Developments");

            link(page, "Sotogrande Pine Gardens").press("Enter");
            assertThat(heading(page, "Sotogrande Pine Gardens")).isVisible();
            Axe.assertNoSeriousIssue(page, "development units");

            button(page, "A-1-02").press("Enter");
            assertThat(heading(page, "A-1-02")).isVisible();
            Axe.assertNoSeriousIssue(page, "development units with the editor open");
            var price = page.getByRole(
                    AriaRole.TEXTBOX,
                    new Page.GetByRoleOptions().setName("Price").setExact(true));
            price.fill("2345678");
            button(page, "Save").press("Enter");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("role-walk-unit-saved")));
            assertThat(page.getByText("Unit A-1-02 saved and queued for PropQ."))
                    .isVisible();
            assertThat(price).hasValue("2345678");
            button(page, "Close").press("Enter");
            assertThat(heading(page, "A-1-02")).isHidden();

            for (var tab : new String[] {"History", "Stacking plan", "Publishing"}) {
                page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab))
                        .click();
                assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab)))
                        .hasAttribute("aria-selected", "true");
                Axe.assertNoSeriousIssue(page, "development " + tab + " tab");
            }

            openFromMenu(page, "History");
            openFromMenu(page, "Sync queue");

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
            openFromMenu(page, "Users");
            openFromMenu(page, "PropQ connection");
            openFromMenu(page, "Publishing");
            page.navigate(url("change-password"));
            assertThat(button(page, "Sign out")).isVisible();
            Axe.assertNoSeriousIssue(page, "change password");
        } finally {
            page.context().close();
        }
    }

    /** The check above sees what the page shows at the moment it runs, also on its second pass in a document. */
    @Test
    void theAxeCheckFailsOnAButtonWithoutAName() {
        var page = newPage(1440, 900);
        try {
            page.navigate(url("login"));
            assertThat(heading(page, "Sign in")).isVisible();
            Axe.assertNoSeriousIssue(page, "login");
            page.evaluate("() => document.body.appendChild(document.createElement('button'))");
            assertThatThrownBy(() -> Axe.assertNoSeriousIssue(page, "login with a nameless button"))
                    .hasMessageContaining("button-name (critical)");
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

    /** Opens an entry of the side navigation by keyboard: its page is headed by the same name and passes axe. */
    private static void openFromMenu(Page page, String name) {
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true))
                .press("Enter");
        assertThat(heading(page, name)).isVisible();
        Axe.assertNoSeriousIssue(page, name);
    }
}
