package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.propq.dashboard.users.DemoAccounts;
import com.propq.dashboard.users.NewUser;
import com.propq.dashboard.users.Role;
import com.propq.dashboard.users.UserAccountService;
import com.propq.dashboard.users.UserAdminService;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Dates and times follow the browser's region within the user's language (issue 20, item 5), and Publishing
 * reads in Spanish (issue 21, items 6 and 12): in real Chromium with the browser set to en-GB, then es-ES.
 */
class RegionalFormatsE2ETest extends BrowserTest {

    /** 29/11/2026 21:42: day first, the whole year, a 24-hour clock with no AM or PM. */
    private static final Pattern DAY_MONTH_YEAR_24H =
            Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2}\\b(?!\\s*[AP]M)");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService admin;

    @Autowired
    UserAccountService accounts;

    private Page pageIn(String browserLocale) {
        var page = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(1400, 900)
                        .setLocale(browserLocale))
                .newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    @Test
    void anEnglishUserWithABritishBrowserReadsDayMonthYearAnd24HourTime() {
        var page = pageIn("en-GB");
        signIn(page, DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());
        page.navigate(url("account"));

        assertThat(page.locator("#account-region")).containsText(DAY_MONTH_YEAR_24H);
        assertThat(page.locator("#account-region")).containsText("Dates and times read like");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("regional-formats-en-gb")));
    }

    @Test
    void aSpanishUserInSpainReadsSpanishDatesAndPublishStatusesByTheirSpanishLabels() {
        var password = "una contraseña propia 2026";
        var username = spanishAgent(password);
        var development = developmentPublishedWithAnUnknownFinalStatus();
        var page = pageIn("es-ES");
        signIn(page, username, password);

        page.navigate(url("account"));
        assertThat(page.locator("#account-region")).containsText("Las fechas y horas se leen así");
        assertThat(page.locator("#account-region")).containsText(DAY_MONTH_YEAR_24H);

        page.navigate(url("development/" + development));
        page.locator("#development-tabs vaadin-tab").getByText("Publicación").click();
        var entries = page.locator("#publish-timeline .publish-entry");
        assertThat(entries.first().locator(".publish-badge")).hasText("EN_REVISION (término de PropQ)");
        assertThat(entries.first().locator(".publish-step-status").first()).hasText("Publicando");
        assertThat(entries.nth(1).locator(".publish-badge")).hasText("Publicada");
        assertThat(entries.nth(1).locator(".publish-step-seen").first()).containsText(DAY_MONTH_YEAR_24H);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("publish-labels-es-es")));
    }

    /** A Spanish-speaking agent of this test's own, past their first password change. */
    private String spanishAgent(String password) {
        try {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
            var temporary = admin.createUser(new NewUser(
                    "ines-" + UUID.randomUUID().toString().substring(0, 8),
                    "Inés Agente",
                    null,
                    Set.of(Role.AGENT),
                    "es"));
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            temporary.username(), null, AuthorityUtils.createAuthorityList("ROLE_AGENT")));
            accounts.changeOwnPassword(temporary.password(), password);
            return temporary.username();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Two finished publishes: the older to PUBLISHED, the newer to a DevStatus the API document does not name. */
    private long developmentPublishedWithAnUnknownFinalStatus() {
        var propqId = "RO-DEV-" + (100_000_000 + (UUID.randomUUID().hashCode() & 0x3fffffff));
        long development = jdbc.sql("insert into development (propq_id, name) values (:p, :n) returning id")
                .param("p", propqId)
                .param("n", "Fechas " + propqId)
                .query(Long.class)
                .single();
        publish(development, propqId, "PUBLISHED", "2 hours");
        publish(development, propqId, "EN_REVISION", "1 hour");
        return development;
    }

    private void publish(long development, String propqId, String finalStatus, String ago) {
        long request = jdbc.sql("""
                        insert into publish_request (development_id, propq_development_id, development_name,
                            requested_by, requested_at, state, finished_at, last_status)
                        values (:d, :p, 'Fechas', 'agent', now() - cast(:ago as interval), 'FINISHED',
                            now() - cast(:ago as interval) + interval '5 minutes', :s)
                        returning id""")
                .param("d", development)
                .param("p", propqId)
                .param("ago", ago)
                .param("s", finalStatus)
                .query(Long.class)
                .single();
        for (var status : new String[] {"PUBLISHING", finalStatus}) {
            jdbc.sql("""
                            insert into publish_status_event (request_id, status, first_seen_at, last_seen_at, source)
                            values (:r, :s, now() - cast(:ago as interval), now() - cast(:ago as interval), 'POLL')""")
                    .param("r", request)
                    .param("s", status)
                    .param("ago", ago)
                    .update();
        }
    }
}
