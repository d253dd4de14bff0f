package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.users.DemoAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium, an agent searches as a buyer asks ("2 bedrooms, available, under €500,000") across all
 * developments, opens a found unit in its development, and exports either the units shown or all of them.
 */
class AgentSearchesUnitsE2ETest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    Page page;
    /** In this test's development names and locations: no other test's data matches its searches. */
    String token;

    long hills;
    long terraces;
    String hillsPropqId;

    @BeforeEach
    void twoDevelopmentsInOneLocation() {
        token = UUID.randomUUID().toString().substring(0, 8);
        hillsPropqId = "RO-E2E-" + token;
        hills = development(hillsPropqId, "Hills " + token);
        terraces = development("RO-E2E-T-" + token, "Terraces " + token);
        unit(hills, "H-1", "AVAILABLE", 450_000, 2);
        unit(hills, "H-2", "AVAILABLE", 380_000, 3);
        unit(hills, "H-3", "SOLD", 300_000, 2);
        unit(hills, "H-4", "AVAILABLE", 620_000, 2);
        unit(hills, "X-1", "RESERVED", 700_000, 4);
        unit(terraces, "T-1", "AVAILABLE", 310_000, 2);
        page = developmentsAs(DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());
    }

    private long development(String propqId, String name) {
        return jdbc.sql("insert into development (propq_id, name, location) values (:p, :n, :l) returning id")
                .param("p", propqId)
                .param("n", name)
                .param("l", "Nueva Andalucía " + token)
                .query(Long.class)
                .single();
    }

    private void unit(long development, String name, String status, int price, int bedrooms) {
        jdbc.sql("""
                        insert into unit (development_id, name, status, price, directions, bedrooms, built_area)
                        values (:d, :n, :s, :p, '{S}', :b, 80)""")
                .param("d", development)
                .param("n", name)
                .param("s", status)
                .param("p", price)
                .param("b", bedrooms)
                .update();
    }

    @AfterEach
    void closePage(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browsers.screenshotPath(
                        test.getTestMethod().orElseThrow().getName() + "-last")));
        page.context().close();
    }

    @Test
    void twoBedroomsAvailableUnderAPriceAreFoundAcrossDevelopmentsAndOpenInTheirDevelopment() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Units search"))
                .click();
        assertThat(page.locator("#units-search-grid")).isVisible();

        page.locator("#search-location-filter input").fill("nueva andalucia " + token);
        page.locator("#unit-min-bedrooms-filter input").fill("2");
        page.locator("#unit-max-bedrooms-filter input").fill("2");
        page.locator("#unit-max-price-filter input").fill("500000");
        page.locator("#unit-status-filter input").click();
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Available"))
                .click();
        page.keyboard().press("Escape");

        var grid = page.locator("#units-search-grid");
        assertThat(page.locator("#search-unit-count")).hasText("2 units");
        // Each with its development (cells of rows the grid keeps hidden are not in the accessibility tree).
        for (var development : new String[] {"Terraces " + token, "Hills " + token}) {
            assertThat(grid.getByRole(
                            AriaRole.GRIDCELL,
                            new Locator.GetByRoleOptions().setName(development).setExact(true)))
                    .hasCount(1);
        }
        assertThat(grid.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("T-1")))
                .isVisible();
        assertThat(grid.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("H-1")))
                .isVisible();
        for (var leftOut : new String[] {"H-2", "H-3", "H-4", "X-1"}) {
            assertThat(grid.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(leftOut)))
                    .hasCount(0);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browsers.screenshotPath("units-search-two-bedrooms"))
                .setFullPage(true));

        grid.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("H-1"))
                .click();
        assertThat(page).hasURL(url(DevelopmentAddress.unit(hills, "H-1")));
    }

    @Test
    void withFiltersOnTheExportOffersTheUnitsShownOrAllAndNamesTheFileAccordingly() throws Exception {
        page.navigate(url("development/" + hills));
        assertThat(page.locator("#units-grid")).isVisible();
        assertThat(page.locator("#unit-count")).hasText("5 units");

        page.locator("#unit-name-filter input").fill("H-");
        assertThat(page.locator("#unit-count")).hasText("4 units");
        page.locator("#unit-max-price-filter input").fill("400000");
        assertThat(page.locator("#unit-count")).hasText("2 units");
        page.locator("#export-price-list-choice").click();

        var dialog = page.locator("#export-choice-dialog");
        var shown = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The 2 units shown"));
        var all = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All 5 units"));
        assertThat(shown).isVisible();
        assertThat(all).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("export-choice")));

        var filtered = page.waitForDownload(shown::click);
        assertThat(filtered.suggestedFilename()).isEqualTo(hillsPropqId + "-price-list-filtered.csv");
        var lines = Files.readAllLines(filtered.path(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("name,status,price,directions,block,floor,bedrooms,built_area");
        assertThat(lines.subList(1, lines.size()))
                .hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("H-2,"));
        assertThat(dialog).isHidden();

        page.locator("#export-price-list-choice").click();
        var everything = page.waitForDownload(all::click);
        assertThat(everything.suggestedFilename()).isEqualTo(hillsPropqId + "-price-list.csv");
        assertThat(Files.readAllLines(everything.path(), StandardCharsets.UTF_8))
                .hasSize(6);
    }
}
