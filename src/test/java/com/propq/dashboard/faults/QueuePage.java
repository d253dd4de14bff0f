package com.propq.dashboard.faults;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.propq.dashboard.e2e.Browsers;
import org.jspecify.annotations.Nullable;

/**
 * The sync queue page in a real browser, as an admin would open it while PropQ misbehaves: F6 asks whether the
 * cause of a failing delivery is there to read.
 */
final class QueuePage implements AutoCloseable {

    private final String baseUrl;
    private @Nullable Playwright playwright;
    private @Nullable Browser browser;

    QueuePage(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Signs in afresh (the app may have restarted since), opens the queue, looks for both texts in one row. */
    boolean causeShown(String status, String detail) {
        if (browser == null) {
            playwright = Browsers.playwright();
            browser = Browsers.chromium(playwright);
        }
        try (var context = browser.newContext(
                new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1400, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            Browsers.signInOverHttp(page, baseUrl, FaultHarness.ADMIN, FaultHarness.ADMIN_PASSWORD);
            page.navigate(baseUrl + "/sync-queue");
            page.locator("vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(status))
                    .filter(new Locator.FilterOptions().setHasText(detail))
                    .first()
                    .waitFor(new Locator.WaitForOptions()
                            .setState(WaitForSelectorState.VISIBLE)
                            .setTimeout(20_000));
            return true;
        } catch (PlaywrightException | IllegalStateException notThere) {
            System.out.println("Sync queue page check failed: " + notThere.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
