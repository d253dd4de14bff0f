# Sourced by ./mvnw before it starts Maven: makes Maven start on a JDK 21 or newer.
#
# Why here and not in the POM: the Vaadin Maven plugin (which marks the jar for production mode and
# puts Vaadin's pre-compiled bundle in it) is built for Java 21 and runs inside Maven's own JVM, so
# Maven itself must start on 21+; a toolchain cannot help with that. Machines often have an older
# default `java` with a newer JDK installed beside it, so the newest JDK 21+ found in the usual
# places is used, and one line says which.
#
# Kept: JAVA_HOME when it is 21+; else the `java` on PATH when it is 21+. Otherwise searched: the
# folders in PROPQ_JDK_ROOTS (colon-separated; default below), each child a JDK home (or a macOS
# bundle with Contents/Home). No JDK 21+ anywhere: one line says how to get one, and mvnw stops.
# POSIX sh: mvnw runs under /bin/sh with `set -euf`.

propq_jdk_major() {
    # The major version of the JDK at $1, from its `release` file (no JVM start), else from java itself.
    propq_version=""
    if [ -f "$1/release" ]; then
        propq_version=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$1/release")
    fi
    if [ -z "$propq_version" ] && [ -x "$1/bin/java" ]; then
        propq_version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java\.specification\.version = \(.*\)$/\1/p')
    fi
    case "$propq_version" in
    1.*) propq_version=${propq_version#1.} ;;
    esac
    propq_version=${propq_version%%[!0-9]*}
    echo "${propq_version:-0}"
}

propq_is_jdk() {
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ]
}

propq_select_jdk() {
    propq_minimum=21
    if [ -n "${JAVA_HOME:-}" ] && propq_is_jdk "$JAVA_HOME" \
        && [ "$(propq_jdk_major "$JAVA_HOME")" -ge "$propq_minimum" ]; then
        return 0
    fi
    propq_path_java=$(command -v java 2>/dev/null || true)
    if [ -z "${JAVA_HOME:-}" ] && [ -n "$propq_path_java" ]; then
        propq_path_home=$(dirname "$(dirname "$(readlink -f "$propq_path_java")")")
        if propq_is_jdk "$propq_path_home" && [ "$(propq_jdk_major "$propq_path_home")" -ge "$propq_minimum" ]; then
            return 0
        fi
    fi

    propq_roots=${PROPQ_JDK_ROOTS:-/usr/lib/jvm:/usr/java:/opt/java:/opt/jdk:${HOME:-/nonexistent}/.sdkman/candidates/java:${HOME:-/nonexistent}/.jdks:${HOME:-/nonexistent}/.gradle/jdks:/Library/Java/JavaVirtualMachines:${HOME:-/nonexistent}/Library/Java/JavaVirtualMachines}
    propq_best=""
    propq_best_major=0
    propq_saved_ifs=$IFS
    IFS=:
    set +f
    for propq_root in $propq_roots; do
        IFS=$propq_saved_ifs
        [ -d "$propq_root" ] || continue
        for propq_candidate in "$propq_root"/*; do
            [ -d "$propq_candidate/Contents/Home" ] && propq_candidate="$propq_candidate/Contents/Home"
            [ -L "$propq_candidate" ] && continue # e.g. SDKMAN's `current`, Debian's default-java: seen by their target
            propq_is_jdk "$propq_candidate" || continue
            propq_major=$(propq_jdk_major "$propq_candidate")
            if [ "$propq_major" -ge "$propq_minimum" ] && [ "$propq_major" -gt "$propq_best_major" ]; then
                propq_best=$propq_candidate
                propq_best_major=$propq_major
            fi
        done
    done
    set -f
    IFS=$propq_saved_ifs

    if [ -z "$propq_best" ]; then
        echo "PropQ Dashboard needs a JDK 21 or newer and none was found; install one (e.g. apt-get install openjdk-21-jdk, or sdk install java 21-tem) or set JAVA_HOME to it." >&2
        return 1
    fi
    echo "mvnw: using the JDK $propq_best_major at $propq_best (.mvn/select-jdk.sh)" >&2
    JAVA_HOME=$propq_best
    export JAVA_HOME
}
