package com.propq.dashboard.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the fault harness starts: the compiled main classes and the runtime dependencies that Maven lists into
 * target/app-classpath.txt before the tests (dependency:build-classpath). Not the packaged jar: that comes only
 * after the tests, and waiting for it would make the fault run, which is mostly waiting, run alone at the end of
 * the build instead of beside the other tests.
 */
record AppClasspath(String value) {

    static final String MAIN_CLASS = "com.propq.dashboard.PropqDashboardApplication";

    static AppClasspath fromBuild() {
        var classes = Path.of(System.getProperty("faults.classes", "target/classes"));
        var listing = Path.of(System.getProperty("faults.classpath-file", "target/app-classpath.txt"));
        if (!Files.isDirectory(classes) || !Files.isRegularFile(listing)) {
            throw new IllegalStateException("The fault run starts the app from " + classes + " and the dependencies in "
                    + listing + "; run it through Maven (./mvnw verify or ./mvnw -Pfaults verify), which writes both");
        }
        try {
            return new AppClasspath(classes.toAbsolutePath()
                    + File.pathSeparator
                    + Files.readString(listing).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
