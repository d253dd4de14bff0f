package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.propq.dashboard.base.ui.DevelopmentAddress;
import com.propq.dashboard.users.DemoAccounts;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium, on a development of its own: the development page's states have addresses. A unit opens by its
 * address, a reload keeps the grid's filters and sort, Back closes the unit opened last, a history entry opens its
 * unit, and a changed editor asks before its changes are thrown away.
 */
class AgentUsesDevelopmentAddressesE2ETest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    Page page;
    long developmentId;

    @BeforeEach
    void signInOnADevelopmentOfItsOwn() {
        var propqId = "RO-ADDR-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE);
        developmentId = jdbc.sql("insert into development (propq_id, name) values (:p, :n) returning id")
                .param("p", propqId)
                .param("n", "Address Towers " + propqId)
                .query(Long.class)
                .single();
        unit("C-1-01", "AVAILABLE", 310000);
        unit("C-1-02", "SOLD", 290000);
        unit("C-1-03", "AVAILABLE", 450000);
        unit("D-2-01", "AVAILABLE", 380000);
        page = newPage();
        page.addInitScript("window.addEventListener('vaadin-navigated', e => "
                + "window.lastNavigated = e.detail.pathname + e.detail.search)");
        signedIn(page, DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());
    }

    @AfterEach
    void screenshotAndClose(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Browsers.screenshotPath(
                        "addresses-" + test.getTestMethod().orElseThrow().getName())));
        page.context().close();
    }

    private long unit(String name, String status, int price) {
        return jdbc.sql("insert into unit (development_id, name, status, price) values (:d, :n, :s, :p) returning id")
                .param("d", developmentId)
                .param("n", name)
                .param("s", status)
                .param("p", price)
                .query(Long.class)
                .single();
    }

    private void open(String address) {
        page.navigate(url(address));
        assertThat(page.locator("#development-tabs")).isVisible();
    }

    /**
     * Waits until Vaadin's client router is done with the address shown (it says so with "vaadin-navigated"). Until
     * then it still counts the change as its own, and takes a Back pressed in that moment (tens of milliseconds on a
     * busy machine) as its own too, without asking the server: the page would keep showing the unit under the address
     * before. A person can't press Back that fast; a test can.
     */
    private void routerDone() {
        page.waitForFunction("() => window.lastNavigated === location.pathname + location.search");
    }

    private Locator row(String unit) {
        return page.locator("#units-grid").getByText(unit, new Locator.GetByTextOptions().setExact(true));
    }

    @Test
    void aUnitOpensByItsAddress() {
        open(DevelopmentAddress.unit(developmentId, "C-1-03"));

        assertThat(page.locator("#unit-editor")).isVisible();
        assertThat(page.locator("#unit-name input")).hasValue("C-1-03");
    }

    @Test
    void anUnknownUnitOrFilterValueIsLeftOutWithANotice() {
        open(DevelopmentAddress.of(developmentId, DevelopmentAddress.Tab.UNITS) + "?unit=Z-9-99&status=sleeping");

        assertThat(page.locator("vaadin-notification-card")).containsText("unit=Z-9-99");
        assertThat(page.locator("vaadin-notification-card")).containsText("status=sleeping");
        assertThat(page.locator("#unit-editor")).isHidden();
        assertThat(page).hasURL(Pattern.compile("/development/" + developmentId + "/units$"));
    }

    @Test
    void aReloadKeepsTheFiltersAndTheSort() {
        open(DevelopmentAddress.of(developmentId, DevelopmentAddress.Tab.UNITS));
        page.locator("#unit-name-filter input").fill("C-1");
        page.locator("#units-grid vaadin-grid-sorter")
                .filter(new Locator.FilterOptions().setHasText("Price"))
                .click();
        assertThat(page).hasURL(Pattern.compile("\\?q=C-1&sort=price$"));

        page.reload();

        assertThat(page.locator("#unit-name-filter input")).hasValue("C-1");
        assertThat(page.locator("#units-grid vaadin-grid-sorter")
                        .filter(new Locator.FilterOptions().setHasText("Price")))
                .hasAttribute("direction", "asc");
        assertThat(row("C-1-02")).isVisible();
        assertThat(row("D-2-01")).hasCount(0);
        // Cheapest first: C-1-02 (290,000) before C-1-01 (310,000).
        Double first = row("C-1-02").boundingBox().y;
        Double second = row("C-1-01").boundingBox().y;
        org.assertj.core.api.Assertions.assertThat(first).isLessThan(second);
    }

    @Test
    void backAfterOpeningAUnitClosesItAndBackAfterATabReturnsToTheTabBefore() {
        open(DevelopmentAddress.of(developmentId, DevelopmentAddress.Tab.UNITS));
        row("C-1-01").click();
        assertThat(page.locator("#unit-name input")).hasValue("C-1-01");
        assertThat(page).hasURL(Pattern.compile("/units\\?unit=C-1-01$"));
        routerDone();

        page.goBack();

        assertThat(page.locator("#unit-editor")).isHidden();
        assertThat(page).hasURL(Pattern.compile("/development/" + developmentId + "/units$"));

        // The development's own History tab comes first; the unit editor has a History tab of its own.
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History"))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile("/development/" + developmentId + "/history$"));
        routerDone();
        page.goBack();
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Units")))
                .hasAttribute("aria-selected", "true");
    }

    @Test
    void aHistoryEntryOpensItsUnitInTheEditor() {
        long unitId = jdbc.sql("select id from unit where development_id = :d and name = 'D-2-01'")
                .param("d", developmentId)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into change_history (actor, kind, entity_type, entity_id, entity_label, development_id,
                                                    unit_id, unit_version, field, old_value, new_value)
                        values ('agent', 'CATALOG_EDIT', 'UNIT', :u, 'D-2-01', :d, :u, 1, 'price', '370000', '380000')""").param("u", unitId).param("d", developmentId).update();
        open(DevelopmentAddress.of(developmentId, DevelopmentAddress.Tab.HISTORY));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open unit D-2-01"))
                .click();

        assertThat(page.locator("#unit-name input")).hasValue("D-2-01");
        assertThat(page).hasURL(Pattern.compile("/units\\?unit=D-2-01$"));
    }

    @Test
    void aChangedEditorAsksBeforeAnotherRowDiscardsItAndCancelKeepsWhatWasTyped() {
        open(DevelopmentAddress.unit(developmentId, "C-1-03"));
        page.locator("#unit-price input").fill("455000");

        row("C-1-01").click();
        var question = page.getByText("Discard your changes to C-1-03?");
        assertThat(question).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("addresses-discard-question")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"))
                .click();

        assertThat(question).isHidden();
        assertThat(page.locator("#unit-name input")).hasValue("C-1-03");
        assertThat(page.locator("#unit-price input")).hasValue("455000");
        assertThat(page).hasURL(Pattern.compile("\\?unit=C-1-03$"));

        row("C-1-01").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard changes"))
                .click();
        assertThat(page.locator("#unit-name input")).hasValue("C-1-01");
    }
}
