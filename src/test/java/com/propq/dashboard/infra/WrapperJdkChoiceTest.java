package com.propq.dashboard.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK that {@code ./mvnw} starts Maven on ({@code .mvn/select-jdk.sh}), tried in {@code sh} on
 * folders of made-up JDKs: a machine whose default java is 17 with newer JDKs beside it builds
 * with no variable set.
 */
class WrapperJdkChoiceTest {

    private static final Path SCRIPT = Path.of(".mvn", "select-jdk.sh").toAbsolutePath();
    /** What the script calls besides sh's built-ins; PATH holds only these, so this machine's own java stays out. */
    private static final List<String> TOOLS = List.of("sed", "dirname", "readlink");

    @TempDir
    Path machine;

    @Test
    void withNoJavaHomeAndAnOldDefaultJavaTheNewestJdkBesideItIsUsed() throws Exception {
        var jvms = machine.resolve("jvm");
        var jdk17 = jdk(jvms.resolve("java-17-openjdk"), "17.0.15");
        jdk(jvms.resolve("java-21-openjdk"), "21.0.5");
        var jdk25 = jdk(jvms.resolve("temurin-25-jdk"), "25.0.3");
        javaOnly(jvms.resolve("jre-26"), "26");

        var choice = choose(null, jdk17, jvms);

        assertThat(choice.exitCode()).isZero();
        assertThat(choice.javaHome()).isEqualTo(jdk25.toString());
        assertThat(choice.said()).isEqualTo("mvnw: using the JDK 25 at " + jdk25 + " (.mvn/select-jdk.sh)");
    }

    @Test
    void aJavaHomeOf21OrNewerIsKept() throws Exception {
        var jvms = machine.resolve("jvm");
        var jdk21 = jdk(jvms.resolve("java-21-openjdk"), "21.0.5");
        jdk(jvms.resolve("temurin-25-jdk"), "25.0.3");

        var choice = choose(jdk21, null, jvms);

        assertThat(choice.javaHome()).isEqualTo(jdk21.toString());
        assertThat(choice.said()).isEmpty();
    }

    @Test
    void aJavaHomeOlderThan21IsReplacedAndSaidSo() throws Exception {
        var jvms = machine.resolve("jvm");
        var jdk8 = jdk(jvms.resolve("java-8-openjdk"), "1.8.0_292");
        var jdk21 = jdk(jvms.resolve("java-21-openjdk"), "21");

        var choice = choose(jdk8, null, jvms);

        assertThat(choice.javaHome()).isEqualTo(jdk21.toString());
        assertThat(choice.said()).contains("using the JDK 21");
    }

    @Test
    void aDefaultJavaOf21OrNewerIsUsedAsItIs() throws Exception {
        var jdk25 = jdk(machine.resolve("elsewhere/jdk-25"), "25");

        var choice = choose(null, jdk25, machine.resolve("no-jvms-here"));

        assertThat(choice.exitCode()).isZero();
        assertThat(choice.javaHome()).isEmpty();
        assertThat(choice.said()).isEmpty();
    }

    @Test
    void aMacOsBundleIsFoundByItsContentsHome() throws Exception {
        var bundles = machine.resolve("JavaVirtualMachines");
        var home = jdk(bundles.resolve("temurin-21.jdk/Contents/Home"), "21.0.1");

        var choice = choose(null, null, bundles);

        assertThat(choice.javaHome()).isEqualTo(home.toString());
    }

    @Test
    void withNoJdk21AnywhereOneLineSaysHowToGetOne() throws Exception {
        var jvms = machine.resolve("jvm");
        var jdk17 = jdk(jvms.resolve("java-17-openjdk"), "17.0.15");

        var choice = choose(null, jdk17, jvms);

        assertThat(choice.exitCode()).isEqualTo(1);
        assertThat(choice.said())
                .startsWith("PropQ Dashboard needs a JDK 21 or newer and none was found")
                .contains("apt-get install openjdk-21-jdk")
                .doesNotContain("\n");
    }

    private record Choice(int exitCode, String javaHome, String said) {}

    /** Runs the choice as mvnw does, with only this JAVA_HOME, this JDK's java on PATH, and these roots. */
    private Choice choose(@Nullable Path javaHome, @Nullable Path defaultJdk, Path roots)
            throws IOException, InterruptedException {
        var path = machine.resolve("path");
        Files.createDirectories(path);
        for (var tool : TOOLS) {
            Files.createSymbolicLink(path.resolve(tool), toolOnThisMachine(tool));
        }
        if (defaultJdk != null) {
            Files.createSymbolicLink(path.resolve("java"), defaultJdk.resolve("bin/java"));
        }
        var builder = new ProcessBuilder(
                "/bin/sh",
                "-c",
                "set -euf; . \"$1\"; propq_select_jdk || exit 1; printf %s \"${JAVA_HOME:-}\"",
                "sh",
                SCRIPT.toString());
        builder.environment().clear();
        builder.environment()
                .putAll(Map.of(
                        "PATH", path.toString(),
                        "HOME", machine.resolve("home").toString(),
                        "PROPQ_JDK_ROOTS", roots.toString()));
        if (javaHome != null) {
            builder.environment().put("JAVA_HOME", javaHome.toString());
        }
        var process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Choice(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    private static Path toolOnThisMachine(String tool) {
        return Stream.of("/usr/bin", "/bin")
                .map(folder -> Path.of(folder, tool))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(tool + " is not in /usr/bin or /bin"));
    }

    /** A made-up JDK home: a {@code release} file and a java and javac that do nothing. */
    private static Path jdk(Path home, String version) throws IOException {
        javaOnly(home, version);
        executable(home.resolve("bin/javac"));
        return home;
    }

    private static void javaOnly(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        executable(home.resolve("bin/java"));
    }

    private static void executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
