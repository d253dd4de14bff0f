package com.propq.dashboard.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One instance of the application in a process of its own, started from the compiled classes and the runtime
 * dependencies ({@link AppClasspath}): started, killed with SIGKILL ({@link Process#destroyForcibly()} on Linux),
 * started again on the same ports. Its output goes to a log file under target/faults.
 */
final class AppProcess implements AutoCloseable {

    private final String name;
    private final AppClasspath classpath;
    private final Path log;
    private final Map<String, String> environment;
    private final int port;
    private final int managementPort;
    private @Nullable Process process;
    private int starts;

    AppProcess(String name, AppClasspath classpath, Path logDirectory, Map<String, String> environment) {
        this.name = name;
        this.classpath = classpath;
        this.log = logDirectory.resolve(name + ".log");
        this.port = freePort();
        this.managementPort = freePort();
        this.environment = new HashMap<>(environment);
        this.environment.put("PORT", String.valueOf(port));
        this.environment.put("MANAGEMENT_PORT", String.valueOf(managementPort));
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    void start() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx640m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-cp",
                classpath.value(),
                AppClasspath.MAIN_CLASS));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
            starts++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    int starts() {
        return starts;
    }

    /** SIGKILL: no shutdown hook, no graceful close of anything in flight. */
    void kill() {
        var running = process;
        if (running != null) {
            running.destroyForcibly();
            waitFor(running);
        }
    }

    /** SIGTERM, the way a platform stops an instance: Spring closes the engine and lets calls in flight end. */
    void stop() {
        var running = process;
        if (running != null) {
            running.destroy();
            if (!waitFor(running)) {
                running.destroyForcibly();
                waitFor(running);
            }
        }
    }

    private static boolean waitFor(Process running) {
        try {
            return running.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Path log() {
        return log;
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
