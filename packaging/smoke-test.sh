#!/usr/bin/env bash
# Starts what package.sh built, the way a user would, and checks it really works:
#   - the app-image launcher opens the main window in a virtual display (Xvfb),
#   - a screenshot of it is not blank (saved as target/smoke/main-window.png),
#   - the app keeps its files where -Dsextant.home says, and JavaFX's native libraries load from
#     the image (not unpacked into ~/.openjfx),
#   - Ctrl+Q makes it exit by itself, with status 0, within 10 s;
# then compares the time to the main window of the launcher and of `java -cp` on the same jars.
# usage: bash packaging/smoke-test.sh [--no-build]
#   --no-build  test the app-image already under target/jpackage (skips package.sh)
# Installs Xvfb, GTK 3, xwd, netpbm, xdotool and python3 with apt when missing.
set -euo pipefail

cd "$(dirname "$0")/.."
source packaging/common.sh

readonly OUT=target/smoke
readonly LAUNCHER=target/jpackage/image/sextant/bin/sextant
readonly INPUT=target/jpackage/input
readonly SHOWN_LINE="Main window shown"   # SextantApp.SHOWN_LOG_LINE
readonly SHOWN_TIMEOUT=60 EXIT_TIMEOUT=10
readonly ROUNDS=${SMOKE_ROUNDS:-2}        # timed starts per way; the fastest counts

display="" xvfb_pid="" app_pid="" app_log=""
scratch=$(mktemp -d -t sextant-smoke.XXXXXX)   # every fresh HOME goes in here

main() {
    [[ ${1:-} == --no-build ]] || bash packaging/package.sh --app-image-only
    [[ -x $LAUNCHER ]] || fail "no launcher at $LAUNCHER"
    find_jdk
    ensure_tools Xvfb:xvfb xwd:x11-apps xwdtopnm:netpbm pnmtopng:netpbm xdotool:xdotool python3:python3
    ensure_libraries libgtk-3.so.0:libgtk-3-0
    rm -rf "$OUT" && mkdir -p "$OUT"
    start_xvfb
    check_launcher
    compare_start_times
    echo "smoke test: passed"
}

# Every way out, including failures and Ctrl+C, leaves no app and no Xvfb running.
cleanup() {
    local status=$?
    [[ -n $app_pid ]] && stop_forcibly "$app_pid"
    [[ -n $xvfb_pid ]] && stop_forcibly "$xvfb_pid"
    rm -rf "$scratch"
    [[ $status -eq 0 ]] || echo "smoke test: FAILED" >&2
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
    echo "smoke test: $*" >&2
    if [[ -n $app_log && -s $app_log ]]; then
        echo "--- the app's last output ($app_log):" >&2
        tail -n 20 "$app_log" >&2
    fi
    exit 1
}

stop_forcibly() {
    kill "$1" 2>/dev/null || return 0
    sleep 1
    kill -KILL "$1" 2>/dev/null || true
}

# -displayfd makes Xvfb pick a free display and say which once it accepts clients: no guessing
# a number another X server might hold, and no sleeping for it to come up.
start_xvfb() {
    local fd_file=$OUT/xvfb.display
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fd_file" >"$OUT/xvfb.log" 2>&1 &
    xvfb_pid=$!
    wait_until 10 "[[ -s $fd_file ]]" || fail "Xvfb did not start (see $OUT/xvfb.log)"
    display=:$(tr -dc '0-9' <"$fd_file")
    log "Xvfb on display $display"
}

# usage: wait_until SECONDS CONDITION; polls every 50 ms.
wait_until() {
    local deadline=$((SECONDS + $1))
    until eval "$2"; do
        [[ $SECONDS -lt $deadline ]] || return 1
        sleep 0.05
    done
}

# Called in $(...), a subshell: hence one scratch directory for all homes, not a list of them.
fresh_home() {
    mktemp -d "$scratch/home.XXXXXX"
}

# usage: start_app NAME COMMAND...; sets app_pid, app_log and started_ms.
start_app() {
    local name=$1
    shift
    app_log=$OUT/$name.log
    : >"$app_log" # made here: the background job opens it a moment later, after the first look may come
    started_ms=$(now_ms)
    DISPLAY=$display "$@" >"$app_log" 2>&1 &
    app_pid=$!
}

now_ms() {
    echo $(($(date +%s%N) / 1000000))
}

alive() {
    local state
    state=$(awk '{ print $3 }' "/proc/$app_pid/stat" 2>/dev/null) || return 1
    [[ $state != Z ]]
}

# Prints the milliseconds from start_app to the log line that says the window is on screen.
wait_for_window() {
    local deadline=$((SECONDS + SHOWN_TIMEOUT))
    until grep -q "$SHOWN_LINE" "$app_log"; do
        alive || fail "the app exited before showing its window"
        [[ $SECONDS -lt $deadline ]] || fail "no \"$SHOWN_LINE\" within $SHOWN_TIMEOUT s"
        sleep 0.05
    done
    echo $(($(now_ms) - started_ms))
}

# Ctrl+Q is the app's own quit (it fires the window's close request, as the close button does).
# There is no window manager in Xvfb, so the window is focused directly, then XTEST types.
quit_with_ctrl_q() {
    local window status
    window=$(DISPLAY=$display xdotool search --onlyvisible --pid "$app_pid" --name '^Sextant$' | head -n 1) || true
    [[ -n $window ]] || fail "no visible window titled Sextant belongs to process $app_pid"
    DISPLAY=$display xdotool windowfocus --sync "$window"
    DISPLAY=$display xdotool key ctrl+q
    wait_until "$EXIT_TIMEOUT" '! alive' || fail "still running $EXIT_TIMEOUT s after Ctrl+Q (killed)"
    status=0
    wait "$app_pid" || status=$?
    app_pid=""
    [[ $status -eq 0 ]] || fail "the app exited with status $status after Ctrl+Q"
}

# Each start runs as a new user: HOME is a fresh directory and sextant.home a folder in it,
# so the test can see whether the app writes anywhere it should not.
# The launcher's JVM reads JAVA_TOOL_OPTIONS like any JVM, so the image is tested exactly as it
# ships: no edit of its lib/app/sextant.cfg, no extra build just for the test.
start_launcher() {
    local name=$1 home=$2
    start_app "$name" env HOME="$home" JAVA_TOOL_OPTIONS="-Dsextant.home=$home/sextant" "$LAUNCHER"
}

# The same jars on the full JDK, with the launcher's own JVM options (lib/app/sextant.cfg).
start_java_cp() {
    local name=$1 home=$2
    start_app "$name" env HOME="$home" "$JDK/bin/java" -Xmx1g -XX:G1HeapRegionSize=4m -XX:MetaspaceSize=64m \
        -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 \
        -XX:Tier4BackEdgeThreshold=400000 -Dsextant.home="$home/sextant" -cp "$INPUT/*" dev.sextant.Main
}

check_launcher() {
    local home ms
    home=$(fresh_home)
    log "starting $LAUNCHER"
    start_launcher launcher "$home"
    ms=$(wait_for_window)
    log "main window shown after $ms ms"
    sleep 3   # let the sample database open and the window settle before the picture
    take_screenshot "$OUT/main-window"
    check_not_blank "$OUT/main-window.ppm" && rm "$OUT/main-window.ppm"
    [[ -f $home/sextant/sample.db ]] || fail "no sample.db in $home/sextant: sextant.home was not honoured"
    [[ ! -e $home/.openjfx ]] || fail "JavaFX unpacked its native libraries into \$HOME/.openjfx"
    quit_with_ctrl_q
    log "exited cleanly after Ctrl+Q"
}

take_screenshot() {
    DISPLAY=$display xwd -root -silent | xwdtopnm 2>/dev/null >"$1.ppm"
    pnmtopng <"$1.ppm" >"$1.png" 2>/dev/null
    log "screenshot: $1.png"
}

# An empty Xvfb screen is one colour; a drawn window with text has hundreds.
check_not_blank() {
    local colours
    colours=$(python3 - "$1" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
fields, pos = [], 0
while len(fields) < 4:                       # P6 header: magic, width, height, maxval
    while data[pos:pos + 1].isspace(): pos += 1
    if data[pos:pos + 1] == b"#":            # a comment runs to the end of its line
        pos = data.index(b"\n", pos); continue
    end = pos
    while not data[end:end + 1].isspace(): end += 1
    fields.append(data[pos:end]); pos = end
pixels = data[pos + 1:]
assert fields[0] == b"P6" and fields[3] == b"255", fields
print(len({pixels[i:i + 3] for i in range(0, len(pixels), 3)}))
PY
)
    log "screenshot has $colours distinct colours"
    [[ $colours -ge 50 ]] || fail "the screenshot looks blank ($colours colours): see ${1%.ppm}.png"
}

# Each start gets a fresh home (first start as a user has it) and quits cleanly. The fastest of
# ROUNDS alternating starts counts: on a shared machine, noise only ever adds time.
compare_start_times() {
    local round ms launcher_ms="" java_ms=""
    for ((round = 1; round <= ROUNDS; round++)); do
        start_launcher "launcher-timed-$round" "$(fresh_home)"
        ms=$(wait_for_window)
        log "round $round: launcher $ms ms"
        launcher_ms=$(min "$launcher_ms" "$ms")
        sleep 1 && quit_with_ctrl_q

        start_java_cp "java-cp-timed-$round" "$(fresh_home)"
        ms=$(wait_for_window)
        log "round $round: java -cp $ms ms"
        java_ms=$(min "$java_ms" "$ms")
        sleep 1 && quit_with_ctrl_q
    done
    echo "start to main window: app-image launcher $launcher_ms ms, java -cp $java_ms ms," \
        "ratio launcher/java-cp $(awk -v a="$launcher_ms" -v b="$java_ms" 'BEGIN { printf "%.2f", a / b }')" \
        "(fastest of $ROUNDS each)"
}

min() {
    if [[ -z $1 || $2 -lt $1 ]]; then echo "$2"; else echo "$1"; fi
}

main "$@"
