#!/usr/bin/env bash
# Builds Sextant's native Linux packages with jpackage, on a runtime trimmed by jlink:
#   target/jpackage/image/sextant/             the app-image (run bin/sextant)
#   target/jpackage/installers/sextant_*.deb   and sextant-*.rpm when rpmbuild is installed
# usage: bash packaging/package.sh [--app-image-only]
#   --app-image-only  stop after the app-image (the smoke test needs nothing more)
# Needs a JDK 17+ (JAVA_HOME or javac on PATH) and Maven; installs fakeroot with apt when missing.
set -euo pipefail

cd "$(dirname "$0")/.."
source packaging/common.sh

readonly WORK=target/jpackage
readonly INPUT=$WORK/input          # the app jar and its runtime dependencies: the class path
readonly RUNTIME=$WORK/runtime
readonly IMAGE_DIR=$WORK/image
readonly INSTALLER_DIR=$WORK/installers
readonly MAIN_CLASS=dev.sextant.Main
readonly DESCRIPTION="Desktop SQL client for PostgreSQL and SQLite"
readonly VENDOR="The Sextant authors"

# Modules jdeps cannot see, because they are reached by reflection or service loading:
#   jdk.crypto.ec    ECDHE key exchange, which TLS to PostgreSQL negotiates
#   java.naming      pgjdbc checks TLS host names with javax.naming.ldap
#   java.sql         JDBC itself (also found by jdeps; listed so it never goes missing)
#   jdk.unsupported  sun.misc.Unsafe, used by JavaFX
# jdk.localedata (about 9 MB) stays out: Sextant formats no numbers or dates by locale (values
# are shown as the database returns them). Add it here the day it does.
readonly EXTRA_MODULES=jdk.crypto.ec,java.naming,java.sql,jdk.unsupported

# The launcher's JVM options (smoke-test.sh and the pom's javafx:run use the same ones):
#   -Xmx1g                   a bounded heap; Fetch all spills beyond its share to disk
#   -XX:G1HeapRegionSize=4m  with 1 MB regions Fetch all's and the grid's arrays were "humongous"
#                            and each started a concurrent marking cycle whose threads took the
#                            renderer's core: frames over 50 ms (docs/benchmarks.md, fifth round)
#   -XX:MetaspaceSize=64m    no metadata-threshold GC while the classes of the first run load
#   -XX:Tier4*Threshold=10x  a method is compiled by C2 after ten times the calls and loops it
#                            would be by default: at start-up the C2 thread used more CPU than the
#                            FX thread (1.4 s against 1.2 s) on start-up code that runs a few
#                            thousand times and is done, on 2 cores. Start to a usable window
#                            2.2-3.7 s -> 1.8-2.8 s; Fetch all's hot loops still reach C2 within the
#                            first 5 % of a million rows, its rows/s unchanged (docs/benchmarks.md)
readonly JAVA_OPTIONS=(-Xmx1g -XX:G1HeapRegionSize=4m -XX:MetaspaceSize=64m
    -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000
    -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000)

main() {
    local app_image_only=false
    [[ ${1:-} == --app-image-only ]] && app_image_only=true
    find_jdk
    rm -rf "$INSTALLER_DIR"   # never report, or ship, a package of an older build
    local started=$SECONDS version jar
    version=$(project_version)
    jar=sextant-$version.jar
    build_input "$jar"
    build_runtime "$jar"
    probe_runtime
    build_app_image "${version%-SNAPSHOT}" "$jar"
    if ! $app_image_only; then
        build_installer deb "${version%-SNAPSHOT}"
        if command -v rpmbuild >/dev/null; then
            build_installer rpm "${version%-SNAPSHOT}"
        else
            log "no rpmbuild here: skipping the rpm"
        fi
    fi
    report $((SECONDS - started))
}

# Maven 3.8 colours even -B output here; the escapes must not end up in file names.
project_version() {
    mvn -B -q help:evaluate -DforceStdout -Dexpression=project.version |
        sed 's/\x1b\[[0-9;]*m//g' | tr -d '[:space:]'
}

# One Maven run for both goals saves a JVM start. JavaFX's jars come as platform classifier
# jars (javafx-*-21.0.9-linux.jar, picked by OpenJFX's own os profiles) and go on the class path
# like every other jar; the classifier-less javafx-*.jar beside them are empty placeholders.
build_input() {
    local jar=$1
    log "building $jar and copying its runtime dependencies"
    rm -rf "$INPUT"
    mvn -B -q -DskipTests package dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$INPUT"
    cp "target/$jar" "$INPUT/"
    keep_own_sqlite_native "$INPUT"/sqlite-jdbc-*.jar
    unpack_javafx_natives "$INPUT"/javafx-graphics-*-linux.jar
}

# On the class path, JavaFX loads its native libraries from the directory of its jars when they
# are there; otherwise it copies them out of the jar into ~/.openjfx/cache on every start (and
# leaves them there). Unpacked next to the jars they ship read-only in /opt with the app.
unpack_javafx_natives() {
    local jar=$1 libs
    mapfile -t libs < <("$JDK/bin/jar" --list --file "$jar" | grep '^lib[^/]*\.so$')
    [[ ${#libs[@]} -gt 0 ]] || die "no native libraries in $jar"
    (cd "$(dirname "$jar")" && "$JDK/bin/jar" --extract --file "$(basename "$jar")" "${libs[@]}")
}

# sqlite-jdbc carries its native library for 25 platforms (14 MB); a Linux package needs one.
# The jar is rebuilt with the JDK's jar tool, keeping only org/sqlite/native/Linux/<this arch>.
keep_own_sqlite_native() {
    local jar=$1 arch tmp
    arch=$(uname -m)
    tmp=$(mktemp -d)
    (cd "$tmp" && "$JDK/bin/jar" --extract --file "$OLDPWD/$jar")
    [[ -d $tmp/org/sqlite/native/Linux/$arch ]] || die "sqlite-jdbc has no native library for Linux/$arch"
    find "$tmp/org/sqlite/native" -mindepth 2 -maxdepth 2 -type d \
        ! -path "*/native/Linux/$arch" -exec rm -rf {} +
    find "$tmp/org/sqlite/native" -mindepth 1 -maxdepth 1 -type d -empty -delete
    mv "$tmp/META-INF/MANIFEST.MF" "$tmp.manifest"
    rm "$jar"
    "$JDK/bin/jar" --create --file "$jar" --manifest "$tmp.manifest" -C "$tmp" .
    rm -rf "$tmp" "$tmp.manifest"
}

runtime_modules() {
    local jar=$1 found
    found=$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
        --class-path "$INPUT/*" "$INPUT/$jar")
    echo "$found,$EXTRA_MODULES"
}

# --compress=1 (shared strings) and not 2 (zip): zipped modules make the image 20 MB smaller but
# the deb 17 MB larger, since the deb's xz cannot squeeze zipped data. bin/java stays in the
# runtime (a few kB) so probe_runtime runs on exactly what ships. The CDS archive of the
# runtime's own classes makes every start faster; its no-compressed-oops twin only serves heaps
# over 32 GB, which the launcher's -Xmx1g rules out, so it goes (11 MB).
build_runtime() {
    local jar=$1 modules
    modules=$(runtime_modules "$jar")
    log "jlink runtime with $modules"
    rm -rf "$RUNTIME"
    "$JDK/bin/jlink" --add-modules "$modules" --output "$RUNTIME" \
        --strip-debug --no-header-files --no-man-pages --compress=1 \
        --generate-cds-archive
    rm -f "$RUNTIME/lib/server/classes_nocoops.jsa"
}

probe_runtime() {
    log "probing the trimmed runtime"
    rm -rf "$WORK/probe"
    "$JDK/bin/javac" --release 17 -d "$WORK/probe" packaging/RuntimeProbe.java
    "$RUNTIME/bin/java" -cp "$WORK/probe:$INPUT/*" RuntimeProbe
}

# The app-image is built once; the installers wrap that same image, so what the smoke test
# starts is what users install.
build_app_image() {
    local version=$1 jar=$2 option options=()
    for option in "${JAVA_OPTIONS[@]}"; do
        options+=(--java-options "$option")
    done
    log "jpackage app-image sextant $version"
    rm -rf "$IMAGE_DIR"
    "$JDK/bin/jpackage" --type app-image --dest "$IMAGE_DIR" \
        --name sextant --app-version "$version" \
        --vendor "$VENDOR" --description "$DESCRIPTION" \
        --icon packaging/sextant.png \
        --input "$INPUT" --main-jar "$jar" --main-class "$MAIN_CLASS" \
        --runtime-image "$RUNTIME" \
        "${options[@]}"
}

# JavaFX 21 needs GTK 3. jpackage's dependency scan finds it only through the unpacked
# libglassgtk3.so (glass dlopens it), so it is declared outright: the deb lists it twice, which
# apt and dnf accept. packaging/linux/sextant.desktop replaces jpackage's desktop entry
# (jpackage fills in the launcher and icon paths) to name the app "Sextant" rather than the
# package name, and to tie its windows to the menu entry (StartupWMClass is the WM_CLASS JavaFX
# sets: the Application class name).
build_installer() {
    local type=$1 version=$2 category gtk
    if [[ $type == deb ]]; then
        ensure_tools fakeroot:fakeroot dpkg-deb:dpkg
        category=database gtk=libgtk-3-0
    else
        category=Applications/Databases gtk=gtk3
    fi
    log "jpackage $type"
    mkdir -p "$INSTALLER_DIR"
    "$JDK/bin/jpackage" --type "$type" --dest "$INSTALLER_DIR" \
        --app-image "$IMAGE_DIR/sextant" \
        --name sextant --app-version "$version" \
        --vendor "$VENDOR" --description "$DESCRIPTION" \
        --license-file LICENSE \
        --icon packaging/sextant.png \
        --resource-dir packaging/linux \
        --linux-shortcut --linux-menu-group Development \
        --linux-app-category "$category" \
        --linux-package-deps "$gtk"
}

report() {
    local seconds=$1 file
    echo "app-image: $IMAGE_DIR/sextant ($(size_mb "$IMAGE_DIR/sextant") MB)"
    for file in "$INSTALLER_DIR"/*.deb "$INSTALLER_DIR"/*.rpm; do
        [[ -e $file ]] && echo "installer: $file ($(size_mb "$file") MB)"
    done
    echo "packaging took ${seconds} s"
}

main "$@"
