# Shared by package.sh and smoke-test.sh (sourced, not run).

# The JDK that builds the app also provides jdeps, jlink and jpackage (17+).
find_jdk() {
    if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/jpackage ]]; then
        JDK=$JAVA_HOME
    elif command -v javac >/dev/null; then
        JDK=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    else
        die "no JDK found: set JAVA_HOME to a JDK 17 or newer"
    fi
    [[ -x $JDK/bin/jpackage ]] || die "$JDK has no jpackage: a full JDK 17 or newer is needed"
}

die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

log() {
    echo "==> $*" >&2
}

# usage: ensure_tools COMMAND:DEBIAN_PACKAGE ...
# Installs only what is missing, so a machine that has everything never touches the network.
# CI machines start bare (root, no stdin), hence apt-get with no questions.
ensure_tools() {
    local missing=() pair
    for pair in "$@"; do
        command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
    done
    apt_install "${missing[@]}"
}

# usage: ensure_libraries SONAME:DEBIAN_PACKAGE ...
ensure_libraries() {
    local missing=() pair
    for pair in "$@"; do
        ldconfig -p | grep -qF "${pair%%:*}" || missing+=("${pair#*:}")
    done
    apt_install "${missing[@]}"
}

apt_install() {
    [[ $# -gt 0 ]] || return 0
    command -v apt-get >/dev/null || die "please install: $* (no apt-get here)"
    local sudo=()
    if [[ $EUID -ne 0 ]]; then
        command -v sudo >/dev/null || die "please install as root: $*"
        sudo=(sudo)
    fi
    log "installing $*"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Size of a file or directory in MB (1024 * 1024 bytes), for the report.
size_mb() {
    du -sk "$1" | awk '{ printf "%.1f", $1 / 1024 }'
}
