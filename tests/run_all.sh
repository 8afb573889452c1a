#!/bin/sh
# Set up everything the tests need and run the whole suite: lint, types, and pytest (with the
# real Secret Service keyring test inside a private D-Bus session when the machine has one).
# Used by the README and by .ci/run. Works from a fresh clone on Debian with Python 3.11+.
set -eu
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES="python3-venv xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 \
libxcb-xinerama0 libxcb-cursor0 libegl1 libgl1 libfontconfig1 libdbus-1-3 \
gnome-keyring dbus poppler-utils qpdf xdotool binutils icu-devtools gcc"

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing system packages for the tests"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $SYSTEM_PACKAGES >/dev/null
elif ! command -v dbus-run-session >/dev/null 2>&1; then
    echo "== not root: install these Debian packages for the full suite: $SYSTEM_PACKAGES"
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    echo "== creating .venv"
    "$PYTHON" -m venv .venv
fi
echo "== installing the app, its test tools and its build tools into .venv"
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,build]"

echo "== ruff"
.venv/bin/ruff check journal_app tests migrations resources/packaging
echo "== mypy (strict, the whole package)"
.venv/bin/mypy

export QT_QPA_PLATFORM=offscreen
status=0
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "== pytest, with a real Secret Service keyring in a private D-Bus session"
    KEYRING_HOME=$(mktemp -d)
    HOME="$KEYRING_HOME" dbus-run-session -- sh -c '
        eval "$(printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
        exec .venv/bin/python -m pytest -m "not slow" "$@"
    ' pytest "$@" || status=$?
    rm -rf "$KEYRING_HOME"
else
    echo "== pytest (SKIPPING the real keyring test: dbus-run-session or gnome-keyring missing)"
    .venv/bin/python -m pytest "$@" || status=$?
fi
if [ "$status" = 5 ]; then
    echo "pytest collected no tests: that is a failure, not a pass"
    exit 1
fi

# The app as people get it: build the one-folder app (PyInstaller) and test the BUILT
# programs, not the source. The build fails if any module of the app is missing from it.
# About 1.5-2 minutes on a 2-core machine (build ~60 s, smoke test ~40 s).
if [ "${SKIP_FROZEN_BUILD:-}" = 1 ]; then
    echo "== frozen build SKIPPED (SKIP_FROZEN_BUILD=1)"
else
    echo "== frozen build (resources/packaging/build.py)"
    if .venv/bin/python resources/packaging/build.py; then
        echo "== smoke test of the built app (resources/packaging/smoke_test.py)"
        .venv/bin/python resources/packaging/smoke_test.py || status=1
    else
        status=1
    fi
fi
exit "$status"
