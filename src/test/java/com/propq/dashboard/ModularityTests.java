package com.propq.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The package structure is the architecture: each feature package is a module whose API is its top-level package
 * (and the named interfaces its package-info.java declares); its sub-packages are its own. The build fails on a
 * cycle between modules, a reach into another module's internals, or a dependency a module does not declare.
 */
class ModularityTests {

    /** Where the committed module documentation lives; docs/architecture.md links it. */
    private static final Path COMMITTED = Path.of("docs/modules");

    private static final Path GENERATED = Path.of("target/spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(PropqDashboardApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        modules.verify();
    }

    /**
     * The diagrams and module canvases in docs/modules are what the code says today. After a change to the modules,
     * regenerate them with {@code ./mvnw test -Dtest=ModularityTests -Dmodules.docs.update=true}.
     */
    @Test
    void committedModuleDocumentationMatchesTheCode() throws IOException {
        var update = Boolean.getBoolean("modules.docs.update");
        var target = update ? COMMITTED : GENERATED;
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(target.toString())).writeDocumentation();
        if (update) {
            return;
        }
        assertThat(names(COMMITTED)).as("files in docs/modules").isEqualTo(names(GENERATED));
        for (var name : names(GENERATED)) {
            assertThat(lines(COMMITTED.resolve(name)))
                    .as("docs/modules/%s is out of date: regenerate it (see this test's comment)", name)
                    .isEqualTo(lines(GENERATED.resolve(name)));
        }
    }

    /** The Documenter writes the same elements and relations in a different order from run to run. */
    private static java.util.List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
