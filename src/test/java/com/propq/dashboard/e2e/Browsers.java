package com.propq.dashboard.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts headless Chromium for end-to-end tests: the machine's own Chromium or Chrome where there is
 * one ({@link SystemBrowser}), otherwise Playwright's own browser, which {@link BrowserProvisioning}
 * made sure of before the tests started.
 */
public final class Browsers {

    // V8 without TurboFan (--max-opt=2 keeps its two cheaper compilers): a test page lives seconds, too short for
    // TurboFan's optimizing compiles to pay back, as C2 does not in the test JVMs. Measured on
    // AgentUsesDevelopmentAddressesE2ETest: its renderers' CPU from 28.7 to about 23 s, the class from 57 to 47 s.
    private static final List<String> CHROMIUM_FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--js-flags=--max-opt=2");

    private static final double ASSERTION_TIMEOUT_MS = 30_000;

    private Browsers() {}

    public static Playwright playwright() {
        // Playwright's 5 s default for assertions is shorter than a sign-in takes on a busy 2-core machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
        if (SystemBrowser.find().isPresent()) {
            return Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        }
        return Playwright.create();
    }

    public static Browser chromium(Playwright playwright) {
        var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(CHROMIUM_FLAGS);
        SystemBrowser.find().ifPresent(options::setExecutablePath);
        return playwright.chromium().launch(options);
    }

    /** The sign-in form at {@code baseUrl}/login, filled and sent. */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
    }

    /**
     * Posts the sign-in form's fields from {@code page}'s browser context, which keeps the session cookie the answer
     * sets, as the form's own post would. Stops the test at once where the app does not accept the sign-in.
     */
    public static void signInOverHttp(Page page, String baseUrl, String username, String password) {
        var answer = page.context()
                .request()
                .post(
                        baseUrl + "/login",
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set("username", username)
                                        .set("password", password))
                                .setMaxRedirects(0));
        var next = answer.headers().getOrDefault("location", "");
        if (answer.status() != 302 || next.contains("/login")) {
            throw new IllegalStateException(
                    "Signing in " + username + " was answered " + answer.status() + " to " + next);
        }
    }

    public static Path screenshotPath(String name) {
        return Path.of("target", "e2e-screenshots", name + ".png");
    }
}
