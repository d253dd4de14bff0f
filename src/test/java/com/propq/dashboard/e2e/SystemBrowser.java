package com.propq.dashboard.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Chromium or Chrome already installed on this machine, which the browser tests use instead of
 * Playwright's own download (that download cannot reach its host on every machine, CI's included).
 * {@code CHROMIUM_PATH} wins; then the places Debian, other Linux distributions and macOS install one. Debian's
 * {@code chromium-headless-shell} (what the build installs where there is none) is the same Chromium without the
 * browser around it: a browser test costs about half the CPU it costs in {@code /usr/bin/chromium} (measured: 0.45
 * against 0.92 CPU minutes for the same six sign-ins), and CPU is what a verify on two cores runs short of.
 */
final class SystemBrowser {

    static final String CHROMIUM_PATH = "CHROMIUM_PATH";

    private static final List<Path> KNOWN_PLACES = List.of(
            Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-headless-shell"),
            Path.of("/usr/bin/chromium-browser"),
            Path.of("/usr/bin/google-chrome-stable"),
            Path.of("/usr/bin/google-chrome"),
            Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"),
            Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));

    private SystemBrowser() {}

    static Optional<Path> find() {
        var configured = System.getenv(CHROMIUM_PATH);
        var candidates = configured == null || configured.isBlank()
                ? KNOWN_PLACES.stream()
                : Stream.concat(Stream.of(Path.of(configured)), KNOWN_PLACES.stream());
        return candidates.filter(Files::isExecutable).findFirst();
    }
}
