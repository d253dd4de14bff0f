package com.propq.dashboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Headless Chromium ({@link SharedChromium}, one per test JVM) against the app on its random port, with sign-in. The
 * Spring test annotation comes from the subclass: {@link BrowserTest} for the shared context, or
 * {@code @DeliveryEngineTest} where the delivery engine must run.
 */
public abstract class ChromiumTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        browser = SharedChromium.browser();
    }

    /** What a class left open (a page a test did not close) ends with the class, as it did with its own browser. */
    @AfterAll
    static void closeWhatTheClassOpened() {
        if (browser != null) {
            browser.contexts().forEach(BrowserContext::close);
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** A fresh browser context (its own cookies) in British English, with console errors in the test output. */
    protected Page newPage() {
        return newPage(1400, 900);
    }

    /** A fresh browser context as {@link #newPage()}, on a screen of this size. */
    protected Page newPage(int width, int height) {
        var page = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, height)
                        .setLocale("en-GB"))
                .newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                System.out.println("browser console error: " + message.text());
            }
        });
        return page;
    }

    /** Signs in through the sign-in form, as a person does: for the tests whose journey includes it. */
    protected void signIn(Page page, String username, String password) {
        Browsers.signIn(page, "http://localhost:" + port, username, password);
    }

    /**
     * Signs this page's browser context in by posting what the sign-in form posts, without showing the form: for the
     * journeys that start after it. The form itself is the subject of the tests that call {@link #signIn}; here it
     * would cost two page loads (the form, then the overview it leads to) per test for nothing they check.
     */
    protected void signedIn(Page page, String username, String password) {
        Browsers.signInOverHttp(page, "http://localhost:" + port, username, password);
    }

    /** A fresh page ({@link #newPage()}) signed in as this user ({@link #signedIn}), on no page yet. */
    protected Page newPageAs(String username, String password) {
        var page = newPage();
        signedIn(page, username, password);
        return page;
    }

    /** A fresh page signed in as this user, on the developments list, where most journeys start. */
    protected Page developmentsAs(String username, String password) {
        var page = newPageAs(username, password);
        page.navigate(url("developments"));
        assertThat(page.locator("#developments-grid")).isVisible();
        return page;
    }
}
