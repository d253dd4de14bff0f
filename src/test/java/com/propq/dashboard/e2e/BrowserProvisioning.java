package com.propq.dashboard.e2e;

import com.microsoft.playwright.impl.driver.Driver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Run by the build before the tests (exec-maven-plugin, phase process-test-classes): makes sure the
 * browser tests have a browser, so {@code ./mvnw verify} needs no step by hand on a fresh machine.
 * In order: a browser already installed ({@link SystemBrowser}); Playwright's own Chromium, from its
 * cache or its download where that host can be reached; Debian's {@code chromium-headless-shell} through apt-get
 * (the headless browser alone: a smaller download than {@code chromium}, and half its CPU per test),
 * where this runs as root (or with password-less sudo). Each way says so in one line. Where none
 * works, one line names the fix and the build stops here, before any browser test has run.
 */
public final class BrowserProvisioning {

    /** What apt-get installs where no browser is there: the headless browser alone (see {@link SystemBrowser}). */
    private static final String DEBIAN_PACKAGE = "chromium-headless-shell";

    private static final long PLAYWRIGHT_INSTALL_MINUTES = 5;
    private static final long APT_MINUTES = 10;

    private BrowserProvisioning() {}

    public static void main(String[] args) throws Exception {
        var found = SystemBrowser.find();
        if (found.isPresent()) {
            say("Browser tests use the Chromium at " + found.get());
            return;
        }
        if (playwrightChromium()) {
            say("Browser tests use Playwright's own Chromium");
            return;
        }
        var apt = aptCommand();
        if (apt != null) {
            say("No Chromium on this machine and Playwright's download failed: installing Debian's " + DEBIAN_PACKAGE
                    + " with apt-get");
            run(withPrefix(apt, "apt-get", "update", "-qq"), APT_MINUTES);
            run(withPrefix(apt, "apt-get", "install", "-y", "-qq", DEBIAN_PACKAGE), APT_MINUTES);
            found = SystemBrowser.find();
            if (found.isPresent()) {
                say("Browser tests use the Chromium at " + found.get());
                return;
            }
        }
        say("No browser for the browser tests: install Chromium (e.g. apt-get install " + DEBIAN_PACKAGE + ") or set "
                + SystemBrowser.CHROMIUM_PATH + " to a Chromium or Chrome binary, then run ./mvnw verify again.");
        System.exit(1);
    }

    /** Playwright's {@code install chromium}: quick when its cache has it, else a download that may fail here. */
    private static boolean playwrightChromium() {
        try {
            var driver = Driver.ensureDriverInstalled(Map.of(), false);
            var install = driver.createProcessBuilder();
            install.command().addAll(List.of("install", "chromium"));
            var log = Files.createTempFile("playwright-install", ".log");
            install.redirectErrorStream(true).redirectOutput(log.toFile());
            var process = install.start();
            if (!process.waitFor(PLAYWRIGHT_INSTALL_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How apt-get can be run as root here: directly, through {@code sudo -n}, or not at all (null). */
    private static List<String> aptCommand() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            return null;
        }
        if (succeeds(List.of("sh", "-c", "[ \"$(id -u)\" -eq 0 ]"))) {
            return List.of();
        }
        return succeeds(List.of("sudo", "-n", "true")) ? List.of("sudo", "-n") : null;
    }

    private static List<String> withPrefix(List<String> prefix, String... command) {
        var all = new java.util.ArrayList<>(prefix);
        all.addAll(List.of(command));
        return all;
    }

    private static boolean succeeds(List<String> command) throws InterruptedException {
        try {
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(List<String> command, long minutes) throws IOException, InterruptedException {
        var builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        var process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
