package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.users.DemoAccounts;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Filters live in the page's address and survive a reload; an unknown value is dropped with a notice; the
 * overview's parked changes open the sync queue on exactly those rows, each linked to its unit; a page the role
 * may not open, and a development that does not exist, are said inside the app's frame.
 */
class AddressesAndRefusalsE2ETest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private Page agent() {
        return newPageAs(DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());
    }

    @Test
    void historyFiltersAreInTheAddressAndAReloadKeepsThem() {
        var page = agent();
        page.navigate(url("history?from=2026-01-01"));
        var unit = page.locator("#history-unit input");
        var entriesBefore = page.evaluate("history.length");

        unit.fill("C-1");
        assertThat(page).hasURL(Pattern.compile(".*/history\\?.*unit=C-1.*"));
        assertThat(page.url()).contains("from=2026-01-01");
        assertThat(page.evaluate("history.length"))
                .as("typing adds no history entry")
                .isEqualTo(entriesBefore);

        page.reload();
        assertThat(page.locator("#history-unit input")).hasValue("C-1");
        assertThat(page.getByLabel("From")).not().hasValue("");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("history-filters-after-reload")));
    }

    @Test
    void anUnknownFilterValueIsDroppedWithANotice() {
        var page = agent();
        page.navigate(url("history?from=2026-13-45&unit=C-1"));

        assertThat(page.getByText("Some parts of the address could not be applied"))
                .containsText("from=2026-13-45");
        assertThat(page).hasURL(Pattern.compile(".*/history\\?unit=C-1$"));
        assertThat(page.locator("#history-unit input")).hasValue("C-1");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("history-bad-filter-dropped")));
    }

    @Test
    void theOverviewsParkedChangesOpenTheQueueOnExactlyThoseRowsEachLinkedToItsUnit() {
        var unit = parkedChange();
        var page = newPageAs("admin", "test-admin-password-1");
        page.navigate(url(""));

        var link = page.locator("#attention-parked a");
        var counted = Integer.parseInt(link.textContent().replaceAll("\\D*(\\d+).*", "$1"));
        link.click();

        assertThat(page).hasURL(Pattern.compile(".*/sync-queue\\?state=parked$"));
        var grid = page.locator("#sync-queue-grid");
        assertThat(grid).containsText(unit.name());
        assertThat(((Number) grid.evaluate("g => g.size")).intValue()).isEqualTo(counted);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(unit.name())))
                .hasAttribute("href", DevelopmentAddress.unit(unit.developmentId(), unit.name()));
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("sync-queue-parked-from-overview")));
    }

    @Test
    void anAgentOpeningUsersIsRefusedInsideTheLayoutWithTheMenu() {
        var page = agent();
        page.navigate(url("users"));

        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("You don't have access to this page")))
                .isVisible();
        assertThat(page.locator("vaadin-side-nav")).containsText("Developments");
        assertThat(page.locator("#users-grid")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("access-denied-in-layout")));
    }

    @Test
    void aDevelopmentThatDoesNotExistIsSaidSoInsideTheLayout() {
        var page = agent();
        for (var address : new String[] {"development/abc", "development/999999"}) {
            page.navigate(url(address));

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No such development")))
                    .isVisible();
            assertThat(page.locator("vaadin-side-nav")).containsText("Developments");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("no-such-development")));
    }

    private record ParkedUnit(long developmentId, String name) {}

    /** A change PropQ refused, as the delivery engine leaves it (this context runs none), by nobody signed in here. */
    private ParkedUnit parkedChange() {
        var propqId = "RO-ADDR-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE);
        long developmentId = jdbc.sql(
                        "insert into development (propq_id, name) values (:p, 'Address Heights') returning id")
                .param("p", propqId)
                .query(Long.class)
                .single();
        var name = "AH-" + ThreadLocalRandom.current().nextInt(100, 999);
        long unitId = jdbc.sql("insert into unit (development_id, name, status, price) "
                        + "values (:dev, :name, 'AVAILABLE', 1000) returning id")
                .param("dev", developmentId)
                .param("name", name)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into outbox (kind, development_id, propq_development_id, unit_id, unit_name, payload,
                                            state, attempts, last_status, last_error, changed_by)
                        values ('UNIT', :dev, :propqId, :unit, :name, '{}', 'PARKED', 1, 422, 'Invalid', 'someone-else')""")
                .param("dev", developmentId)
                .param("propqId", propqId)
                .param("unit", unitId)
                .param("name", name)
                .update();
        return new ParkedUnit(developmentId, name);
    }
}
