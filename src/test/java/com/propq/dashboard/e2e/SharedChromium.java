package com.propq.dashboard.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.jspecify.annotations.Nullable;

/**
 * One Playwright driver and one headless Chromium per test JVM, for the browser test classes that JVM runs one after
 * another. Each class used to start both for itself: 21 classes, a driver process and a browser each, about two CPU
 * seconds apiece on a machine where the tests are CPU-bound. Tests still get a fresh browser context each (their
 * own cookies and storage), which is what keeps them apart; the browser process itself holds nothing of theirs.
 */
final class SharedChromium {

    private static @Nullable Playwright playwright;
    private static @Nullable Browser browser;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SharedChromium::close, "shared-chromium-close"));
    }

    private SharedChromium() {}

    /** The JVM's browser, started on first use, and again if it went away (a crash of Chromium). */
    static synchronized Browser browser() {
        if (browser != null && browser.isConnected()) {
            return browser;
        }
        close();
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        return browser;
    }

    private static synchronized void close() {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } catch (RuntimeException alreadyGone) {
            // The driver or the browser ended before the JVM did: nothing left to close.
        } finally {
            browser = null;
            playwright = null;
        }
    }
}
