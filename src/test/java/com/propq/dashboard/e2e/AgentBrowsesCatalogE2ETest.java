package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.propq.dashboard.users.DemoAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium: the demo agent signs in, opens a development, sees its units, switches to
 * Spanish, and finds Spanish again after signing out and in.
 */
class AgentBrowsesCatalogE2ETest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    Page page;

    @BeforeEach
    void openPage() {
        page = newPage();
    }

    @AfterEach
    void closePage(org.junit.jupiter.api.TestInfo test) {
        // The last state of every run, pass or fail, for whoever reads the CI output.
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browsers.screenshotPath(
                        test.getTestMethod().orElseThrow().getName() + "-last")));
        page.context().close();
        // Other browser tests sign in as the same demo agent and expect English, also when this one failed halfway.
        jdbc.sql("update app_user set language = 'en' where username = :agent")
                .param("agent", DemoAccounts.DEFAULT.agentUsername())
                .update();
    }

    private void signInAsTheDemoAgent() {
        signIn(page, DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());
    }

    @Test
    void theDemoAgentOpensADevelopmentSeesItsUnitsAndSwitchesToSpanish() {
        signInAsTheDemoAgent();
        assertThat(page.locator("#overview")).isVisible();
        page.navigate(url("developments"));

        var developments = page.locator("#developments-grid");
        assertThat(developments).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users")))
                .hasCount(0);
        developments.getByText("Marbella Golden Hills").click();

        var units = page.locator("#units-grid");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Marbella Golden Hills")))
                .isVisible();
        assertThat(units.getByText("A-0-01", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(units.getByText("Price", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)))
                .isVisible();

        page.locator("#language-switch").click();
        page.locator("vaadin-select-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Español"))
                .click();

        assertThat(page.locator("#units-grid")
                        .getByText("Precio", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.locator("vaadin-side-nav-item")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Promociones")))
                .isVisible();
        assertThat(page.locator("#sign-out")).containsText("Cerrar sesión");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browsers.screenshotPath("agent-development-es"))
                .setFullPage(true));

        // The choice belongs to the account: signing out and in again (the browser still says
        // English) brings the Spanish UI back.
        page.locator("#sign-out").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        signInAsTheDemoAgent();
        assertThat(page.locator("vaadin-side-nav-item")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Promociones")))
                .isVisible();

        // Leave the shared demo account as other tests expect it.
        page.locator("#language-switch").click();
        page.locator("vaadin-select-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("English"))
                .click();
        assertThat(page.locator("#sign-out")).containsText("Sign out");
    }
}
