package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.propq.dashboard.users.DemoAccounts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * In real Chromium: an agent raises two units' prices in bulk after a preview, undoes the batch,
 * and imports a price list whose bad line is reported before anything is applied.
 */
class AgentBulkAndImportE2ETest extends BrowserTest {

    private Page openDevelopment(String name) {
        var page = developmentsAs(DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());
        page.locator("#developments-grid").getByText(name).click();
        assertThat(page.locator("#units-grid")).isVisible();
        return page;
    }

    private Locator cell(Page page, String text) {
        return page.locator("#units-grid").getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    @Test
    void anAgentPreviewsAppliesAndUndoesABulkPriceRise() {
        var page = openDevelopment("Benahavís Sky Terraces");
        page.locator("#unit-name-filter input").fill("A-0-0");
        assertThat(cell(page, "A-1-01")).isHidden();
        assertThat(cell(page, "A-0-01")).isVisible();
        var original = priceInEditor(page, "A-0-01");

        page.locator("#bulk-change").click();
        var dialog = page.locator("#bulk-dialog");
        page.locator("#bulk-amount input").fill("10");
        page.locator("#bulk-preview-button").click();
        assertThat(page.locator("#bulk-totals")).containsText("6 units, 6 would change");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("agent-bulk-preview")));
        page.locator("#bulk-apply").click();
        assertThat(dialog).isHidden();
        assertThat(page.locator("#units-grid .sync-pending").nth(5)).isVisible();
        var raised = new java.math.BigDecimal(original)
                .multiply(new java.math.BigDecimal("1.1"))
                .stripTrailingZeros()
                .toPlainString();
        assertThat(page.locator("#unit-price input")).hasValue(raised);

        page.locator("#batches").click();
        page.locator("#batches-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Undo"))
                .first()
                .click();
        assertThat(page.locator("#batches-dialog")).isHidden();
        assertThat(page.locator("#unit-price input")).hasValue(original);
        page.locator("#batches").click();
        // The undo is a batch of its own, and the undone batch cannot be undone twice.
        assertThat(page.locator("#batches-dialog vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^Undo$"))))
                .not()
                .hasCount(0);
        assertThat(page.locator("#batches-dialog vaadin-button")
                        .filter(new Locator.FilterOptions().setHasText("Undo"))
                        .nth(1))
                .isDisabled();
    }

    /** Opens the unit in the side editor and reads its price (the editor stays open, showing later saves). */
    private String priceInEditor(Page page, String unit) {
        cell(page, unit).click();
        assertThat(page.locator("#unit-editor")).isVisible();
        return page.locator("#unit-price input").inputValue();
    }

    @Test
    void anImportWithABadLineShowsItsNumberAndReasonAndAppliesNothing() {
        var page = openDevelopment("Sotogrande Pine Gardens");
        page.locator("#import-price-list").click();
        var csv = """
                name,status,price,directions,block,floor,bedrooms,built_area,notes
                A-0-01,RESERVED,1234567,S,A,0,2,90,
                A-0-99,GONE,1,S,A,0,2,90,
                """;
        page.locator("#import-upload input[type=file]")
                .setInputFiles(new FilePayload("prices.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(page.locator("#import-summary")).containsText("1 invalid line.");
        assertThat(page.locator("#import-invalid")).containsText("Unknown status GONE");
        assertThat(page.locator("#import-apply")).isDisabled();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("agent-import-dry-run")));
    }
}
