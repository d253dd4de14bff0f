package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.propq.dashboard.users.DemoAccounts;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * In real Chromium, the unit grid on a desktop, a tablet and a phone: the open editor never squeezes "Unit" and
 * "Status" to "U…" and "Sta…", the unit's name is never cut off, a phone folds filters and actions away so the list
 * keeps six rows or more, and a reviewer gets no selection checkboxes.
 */
class UnitGridOnEveryScreenE2ETest extends BrowserTest {

    private static final String DEVELOPMENT = "Fuengirola Marina Views";

    @Test
    void theEditorLeavesTheUnitColumnsReadableOnADesktopATabletAndAPhone() {
        var page = newPage(1440, 900);
        try {
            signedIn(page, DemoAccounts.DEFAULT.agentUsername(), DemoAccounts.DEFAULT.agentPassword());
            page.navigate(url("developments"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DEVELOPMENT))
                    .click();
            var grid = page.locator("#units-grid");
            openUnit(page, "A-1-01");
            // An agent selects units for a bulk change.
            assertThat(grid.locator("vaadin-checkbox:not(.vaadin-grid-select-all-checkbox)")
                            .first())
                    .isVisible();

            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("unit-editor-1440")));
            for (var header : new String[] {"Unit", "Status"}) {
                Assertions.assertThat(readableBesideTheEditor(headerCell(grid, header)))
                        .as("the %s header at 1440×900 with the editor open", header)
                        .isEqualTo("readable");
            }

            page.setViewportSize(1024, 768);
            // Save is in reach: in view, or once the editor's own panel scrolls to it.
            page.locator("#unit-save").scrollIntoViewIfNeeded();
            assertThat(page.locator("#unit-save")).isInViewport();
            Assertions.assertThat(readableBesideTheEditor(headerCell(grid, "Unit")))
                    .as("the Unit header at 1024×768 with the editor open")
                    .isEqualTo("readable");
            Assertions.assertThat(readableBesideTheEditor(unitName(grid, "A-1-02")))
                    .as("a unit's name at 1024×768 with the editor open")
                    .isEqualTo("readable");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("unit-editor-1024")));
            page.locator("#unit-close").click();
            Assertions.assertThat(readableBesideTheEditor(unitName(grid, "A-1-02")))
                    .as("a unit's name at 1024×768")
                    .isEqualTo("readable");

            page.setViewportSize(390, 844);
            Assertions.assertThat(rowsInView(grid))
                    .as("unit rows in view on a phone")
                    .isGreaterThanOrEqualTo(6);
            assertThat(page.locator("#unit-name-filter")).isHidden();
            assertThat(page.locator("#new-unit")).isHidden();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("unit-grid-phone")));

            var filters = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters (0)"));
            filters.click();
            page.locator("#unit-name-filter input").fill("A-");
            page.locator("#unit-min-price-filter input").fill("1");
            page.locator("#unit-status-filter").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Available"))
                    .click();
            page.keyboard().press("Escape");
            var threeFilters = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters (3)"));
            assertThat(threeFilters).hasAttribute("aria-expanded", "true");
            threeFilters.click();
            assertThat(page.locator("#unit-name-filter")).isHidden();

            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Actions"))
                    .click();
            assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("New unit")))
                    .isVisible();
            var export = page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Export price list"));
            assertThat(export).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("unit-actions-phone")));
            // With filters on, the menu's export asks which units, as the button does on a wider screen.
            export.click();
            var shownUnits = page.locator("#export-shown-units");
            assertThat(shownUnits).containsText("shown");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"))
                    .click();
            assertThat(shownUnits).isHidden();

            // The editor covers the list on a phone, with its fields and Save in reach.
            openUnit(page, "A-1-02");
            page.locator("#unit-price").scrollIntoViewIfNeeded();
            assertThat(page.locator("#unit-price")).isInViewport();
            page.locator("#unit-save").scrollIntoViewIfNeeded();
            assertThat(page.locator("#unit-save")).isInViewport();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("unit-editor-phone")));
        } finally {
            page.context().close();
        }
    }

    @Test
    void aReviewerSeesNoSelectionCheckboxes() {
        var page = newPage(1440, 900);
        try {
            signedIn(page, DemoAccounts.DEFAULT.reviewerUsername(), DemoAccounts.DEFAULT.reviewerPassword());
            page.navigate(url("developments"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DEVELOPMENT))
                    .click();
            var grid = page.locator("#units-grid");
            assertThat(unitName(grid, "A-1-01")).isVisible();
            assertThat(grid.locator("vaadin-checkbox")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshotPath("unit-grid-reviewer")));
        } finally {
            page.context().close();
        }
    }

    private static void openUnit(Page page, String unit) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(unit).setExact(true))
                .click();
        assertThat(page.locator("#unit-name input")).hasValue(unit);
    }

    private static Locator headerCell(Locator grid, String header) {
        return grid.locator("vaadin-grid-sorter")
                .filter(new Locator.FilterOptions().setHasText(header))
                .first();
    }

    private static Locator unitName(Locator grid, String unit) {
        return grid.locator(".unit-open")
                .filter(new Locator.FilterOptions().setHasText(unit))
                .first();
    }

    /**
     * The element's text is shown whole (neither it nor its grid cell cuts it with "…"), and it lies left of the
     * editor when one is open. Returns what was measured where it is not, so that a failure says why.
     */
    private static String readableBesideTheEditor(Locator element) {
        return (String) element.evaluate("""
                el => {
                  const cut = e => e.scrollWidth > e.clientWidth + 1;
                  const content = el.closest('vaadin-grid-cell-content');
                  const label = el.shadowRoot ? el.shadowRoot.querySelector('[part=content]') : el;
                  const editor = document.getElementById('unit-editor');
                  const editorLeft = editor && editor.offsetParent ? editor.getBoundingClientRect().left : Infinity;
                  const right = content.getBoundingClientRect().right;
                  if (cut(content) || cut(label) || right > editorLeft) {
                    return `cut: cell ${content.scrollWidth}/${content.clientWidth}, `
                        + `text ${label.scrollWidth}/${label.clientWidth}, right ${right}, editor at ${editorLeft}`;
                  }
                  return 'readable';
                }
                """);
    }

    /** Rows whose unit name lies wholly within the grid's visible part and the window. */
    private static int rowsInView(Locator grid) {
        return ((Number) grid.evaluate("""
                        grid => {
                          const g = grid.getBoundingClientRect();
                          const bottom = Math.min(g.bottom, window.innerHeight);
                          return [...grid.querySelectorAll('.unit-open')]
                            .map(b => b.getBoundingClientRect())
                            .filter(r => r.height > 0 && r.top >= g.top && r.bottom <= bottom).length;
                        }
                        """)).intValue();
    }
}
