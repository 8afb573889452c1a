#!/bin/sh
# Install Reflective Supervision Journal for the current user (no administrator rights):
# the program folder goes to ~/.local/share/reflective-journal, the commands
# reflective-journal and journal-app to ~/.local/bin, and a menu entry with its icon.
# Run it from the unpacked folder:  sh install.sh       Remove it:  sh install.sh --remove
# Your journal is not in any of these places and is never touched by this script.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target="$data/reflective-journal"
bin="$HOME/.local/bin"

if [ "${1:-}" = "--remove" ]; then
    rm -rf "$target"
    rm -f "$bin/reflective-journal" "$bin/journal-app" \
        "$data/applications/reflective-journal.desktop" \
        "$data/icons/hicolor/scalable/apps/reflective-journal.svg"
    echo "Reflective Supervision Journal was removed. Your journal was not touched."
    exit 0
fi

if [ ! -x "$here/reflective-journal" ]; then
    echo "Run this script from the unpacked Reflective Journal folder." >&2
    exit 1
fi
mkdir -p "$data" "$bin" "$data/applications" "$data/icons/hicolor/scalable/apps"
if [ "$here" != "$target" ]; then
    rm -rf "$target.new"
    cp -R "$here" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi
ln -sf "$target/reflective-journal" "$bin/reflective-journal"
ln -sf "$target/journal-app" "$bin/journal-app"
cp "$target/reflective-journal.svg" "$data/icons/hicolor/scalable/apps/reflective-journal.svg"
sed "s|^Exec=.*|Exec=$target/reflective-journal|" "$target/reflective-journal.desktop" \
    > "$data/applications/reflective-journal.desktop"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
echo "Installed. Open Reflective Supervision Journal from your applications menu,"
echo "or type journal-app in a terminal (if ~/.local/bin is on your PATH)."
