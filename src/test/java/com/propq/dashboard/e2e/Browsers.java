package com.propq.dashboard.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts headless Chromium for end-to-end tests: the system's Chromium where there is one
 * ({@code CHROMIUM_PATH} or {@code /usr/bin/chromium}, as on CI, where Playwright's own browser
 * download cannot work), otherwise Playwright's own browser, so a laptop needs no extra step.
 */
public final class Browsers {

    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private Browsers() {
    }

    public static Playwright playwright() {
        if (systemChromium() != null) {
            return Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        }
        return Playwright.create();
    }

    public static Browser chromium(Playwright playwright) {
        var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(CHROMIUM_FLAGS);
        var system = systemChromium();
        if (system != null) {
            options.setExecutablePath(system);
        }
        return playwright.chromium().launch(options);
    }

    /** The sign-in form at {@code baseUrl}/login, filled and sent. */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
    }

    public static Path screenshotPath(String name) {
        return Path.of("target", "e2e-screenshots", name + ".png");
    }

    private static Path systemChromium() {
        var configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        var debian = Path.of("/usr/bin/chromium");
        return Files.isExecutable(debian) ? debian : null;
    }
}
