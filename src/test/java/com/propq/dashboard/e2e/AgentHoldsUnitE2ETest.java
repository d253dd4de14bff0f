package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.propq.dashboard.catalog.UnitRules;
import com.propq.dashboard.users.DemoAccounts;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium, the hold rules of issue 21: choosing "On hold" shows no error before the agent types, one reason
 * field serves the hold, the picker refuses past days, and a hold without a last day is refused by default.
 */
class AgentHoldsUnitE2ETest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitRules rules;

    /** A development of this test's own with one available unit, so no other test's edits get in the way. */
    private long developmentWithOneUnit() {
        var propqId = "RO-DEV-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE);
        var id = jdbc.sql("insert into development (propq_id, name) values (:p, :n) returning id")
                .param("p", propqId)
                .param("n", "Hold Rules " + propqId)
                .query(Long.class)
                .single();
        jdbc.sql("insert into unit (development_id, name, status, price, directions, created_at, updated_at) "
                        + "values (:d, 'H-1-01', 'AVAILABLE', 250000, '{S}', now(), now())")
                .param("d", id)
                .update();
        return id;
    }

    @Test
    void choosingOnHoldShowsNoEarlyErrorRefusesPastDaysAndAHoldWithoutALastDay() {
        var developmentId = developmentWithOneUnit();
        var page = newPageAs(DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());
        page.navigate(url("development/" + developmentId));
        page.locator("#units-grid")
                .getByText("H-1-01", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator("#unit-editor")).isVisible();

        page.locator("#unit-status").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("On hold"))
                .click();

        var reason = page.locator("#unit-hold-reason");
        var lastDay = page.locator("#unit-hold-until");
        assertThat(reason).isVisible();
        assertThat(reason).not().hasAttribute("invalid", "");
        assertThat(lastDay).not().hasAttribute("invalid", "");
        assertThat(page.locator("#unit-reason")).isHidden();
        assertThat(lastDay).hasJSProperty("min", rules.today().toString());

        reason.locator("input").fill("Client visit on Friday");
        lastDay.evaluate(
                "(picker, day) => picker.value = day",
                rules.today().minusDays(1).toString());
        assertThat(lastDay).hasAttribute("invalid", "");
        assertThat(lastDay).containsText("The hold cannot end in the past.");

        lastDay.evaluate("picker => picker.value = ''");
        page.locator("#unit-save").click();
        assertThat(lastDay).hasAttribute("invalid", "");
        assertThat(lastDay).containsText("Choose the hold's last day.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("hold-needs-last-day")));
        assertThat(page.locator("#units-grid")).not().containsText("On hold");
    }
}
