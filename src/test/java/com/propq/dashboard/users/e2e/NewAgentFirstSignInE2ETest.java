package com.propq.dashboard.users.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.propq.dashboard.e2e.BrowserTest;
import com.propq.dashboard.e2e.Browsers;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A new agent's first day, in a real browser: an admin creates an agent, the agent signs in with the
 * temporary password, is made to change it, and cannot open the Users page.
 */
class NewAgentFirstSignInE2ETest extends BrowserTest {

    private static final String ADMIN_PASSWORD = "test-admin-password-1";

    @Test
    void anAdminCreatesAnAgentWhoMustChangeTheTemporaryPasswordAndCannotOpenTheUsersPage() {
        var agentName = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        String temporaryPassword;

        try (var adminSession = browser.newContext()) {
            var admin = adminSession.newPage();
            signedIn(admin, "admin", ADMIN_PASSWORD);
            admin.navigate(url("users"));
            admin.locator("#new-user").click();
            admin.locator("#new-user-username input").fill(agentName);
            admin.locator("#new-user-display-name input").fill("Eva Agent");
            admin.locator("#new-user-roles vaadin-checkbox")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Agent"))
                    .click();
            admin.locator("#new-user-create").click();
            var shown = admin.locator("#temporary-password");
            assertThat(shown).hasText(Pattern.compile("\\S{16}"));
            temporaryPassword = shown.textContent();
            admin.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("users-temporary-password")));
            admin.locator("#temporary-password-close").click();
            assertThat(admin.locator("#users-grid")).containsText(agentName);
        }

        try (var agentSession = browser.newContext()) {
            var agent = agentSession.newPage();
            signIn(agent, agentName, temporaryPassword);
            assertThat(agent).hasURL(Pattern.compile(".*/change-password$"));
            agent.navigate(url("developments"));
            assertThat(agent).hasURL(Pattern.compile(".*/change-password$"));
            agent.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("users-forced-change")));

            agent.locator("#password-current input").fill(temporaryPassword);
            agent.locator("#password-new input").fill("eva's own password");
            agent.locator("#password-confirm input").fill("eva's own password");
            agent.locator("#password-change").click();
            assertThat(agent.locator("#overview")).isVisible();

            agent.navigate(url("users"));
            assertThat(agent.locator(".access-denied-view h2")).hasText("You don't have access to this page");
            assertThat(agent.locator("#users-grid")).hasCount(0);
            agent.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("users-agent-denied")));

            agent.navigate(url("account"));
            agent.locator("#sign-out").click();
            assertThat(agent).hasURL(Pattern.compile(".*/login$"));
            agent.navigate(url("account"));
            assertThat(agent).hasURL(Pattern.compile(".*/login$"));
        }

        try (var againSession = browser.newContext()) {
            var again = againSession.newPage();
            signIn(again, agentName, "eva's own password");
            assertThat(again.locator("#overview")).isVisible();
            assertThat(again).not().hasURL(Pattern.compile(".*/change-password$"));
        }
        assertThat(temporaryPassword).isNotEqualTo("eva's own password");
    }
}
