package com.propq.dashboard.users.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8's journey in a real browser: an admin creates an agent, the agent signs in with the
 * temporary password, is made to change it, and cannot open the Users page.
 */
// Without Vaadin's development tools, whose notice would cover the header's sign-out button.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class NewAgentFirstSignInE2ETest {

    private static final String ADMIN_PASSWORD = "test-admin-password-1";
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort int port;

    @BeforeAll
    static void launchBrowser() {
        var chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        var options = new BrowserType.LaunchOptions().setHeadless(true);
        if (Files.isExecutable(chromium)) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            options.setExecutablePath(chromium).setArgs(List.of("--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic"));
        } else {
            playwright = Playwright.create();
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
    }

    @Test
    void anAdminCreatesAnAgentWhoMustChangeTheTemporaryPasswordAndCannotOpenTheUsersPage() {
        var agentName = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        String temporaryPassword;

        try (var adminSession = browser.newContext()) {
            var admin = adminSession.newPage();
            signIn(admin, "admin", ADMIN_PASSWORD);
            assertThat(admin.locator("#developments-grid")).isVisible();
            admin.navigate(url("users"));
            admin.locator("#new-user").click();
            admin.locator("#new-user-username input").fill(agentName);
            admin.locator("#new-user-display-name input").fill("Eva Agent");
            admin.locator("#new-user-roles vaadin-checkbox").filter(new com.microsoft.playwright.Locator
                    .FilterOptions().setHasText("Agent")).click();
            admin.locator("#new-user-create").click();
            var shown = admin.locator("#temporary-password");
            assertThat(shown).hasText(Pattern.compile("\\S{16}"));
            temporaryPassword = shown.textContent();
            admin.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-users-temporary-password.png")));
            admin.locator("#temporary-password-close").click();
            assertThat(admin.locator("#users-grid")).containsText(agentName);
        }

        try (var agentSession = browser.newContext()) {
            var agent = agentSession.newPage();
            signIn(agent, agentName, temporaryPassword);
            assertThat(agent).hasURL(Pattern.compile(".*/change-password$"));
            agent.navigate(url("developments"));
            assertThat(agent).hasURL(Pattern.compile(".*/change-password$"));
            agent.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-users-forced-change.png")));

            agent.locator("#password-current input").fill(temporaryPassword);
            agent.locator("#password-new input").fill("eva's own password");
            agent.locator("#password-confirm input").fill("eva's own password");
            agent.locator("#password-change").click();
            assertThat(agent.locator("#developments-grid")).isVisible();

            agent.navigate(url("users"));
            assertThat(agent.locator(".not-found-view h2")).hasText("Page not found");
            assertThat(agent.locator("#users-grid")).hasCount(0);
            agent.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-users-agent-denied.png")));

            agent.navigate(url("account"));
            agent.locator("#sign-out").click();
            assertThat(agent).hasURL(Pattern.compile(".*/login$"));
            agent.navigate(url("account"));
            assertThat(agent).hasURL(Pattern.compile(".*/login$"));
        }

        try (var againSession = browser.newContext()) {
            var again = againSession.newPage();
            signIn(again, agentName, "eva's own password");
            assertThat(again.locator("#developments-grid")).isVisible();
            assertThat(again).not().hasURL(Pattern.compile(".*/change-password$"));
        }
        assertThat(temporaryPassword).isNotEqualTo("eva's own password");
    }
}
