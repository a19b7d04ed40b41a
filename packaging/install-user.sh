#!/bin/sh
# Add moderator-app to your desktop's application menu, for you alone (no administrator rights needed).
#
#   ./install-user.sh              install the launcher entry, icons and AppStream data
#   ./install-user.sh --uninstall  remove them again (your sessions and settings are never touched)
#
# Works from the self-contained folder (dist/moderator-app/, where this script sits beside the program)
# and from a source checkout's packaging/ folder after `pip install --user .` (or any install that put
# `moderator-app` on your PATH, or `make run`'s .venv). Files go under ${XDG_DATA_HOME:-~/.local/share}.
set -eu

APP_ID=org.igfsessions.ModeratorApp
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
DESKTOP_FILE="$DATA_HOME/applications/$APP_ID.desktop"
METAINFO_FILE="$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {
    # Menus pick up the change by themselves on most desktops; these make it immediate where available.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA_HOME/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$DATA_HOME/icons/hicolor" 2>/dev/null || true
    fi
}

uninstall() {
    rm -f "$DESKTOP_FILE" "$METAINFO_FILE" "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh_caches
    echo "Removed the moderator-app launcher entry and icons from $DATA_HOME."
    echo "Your sessions, backups and settings are still in the app's data folder (see Help → About)."
}

# Which program the launcher runs: the one beside this script (the self-contained folder), else the
# one on PATH, written as a full path because a desktop's menu may not search ~/.local/bin.
find_program() {
    if [ -x "$HERE/moderator-app" ] && [ -f "$HERE/moderator-app" ]; then
        echo "$HERE/moderator-app"
    elif command -v moderator-app >/dev/null 2>&1; then
        command -v moderator-app
    elif [ -x "$HOME/.local/bin/moderator-app" ]; then
        echo "$HOME/.local/bin/moderator-app"
    elif [ -x "$HERE/../.venv/bin/moderator-app" ]; then
        # a source checkout set up with `make run`
        (cd "$HERE/.." && echo "$PWD/.venv/bin/moderator-app")
    else
        return 1
    fi
}

install() {
    for file in "$APP_ID.desktop" "$APP_ID.metainfo.xml" "$APP_ID.svg"; do
        if [ ! -f "$HERE/$file" ]; then
            echo "install-user.sh: $file is missing beside this script; run it from dist/moderator-app/ or packaging/." >&2
            exit 1
        fi
    done
    if ! program=$(find_program); then
        echo "install-user.sh: cannot find the moderator-app program." >&2
        echo "Install it first (pip install --user . in the source folder), or run this script from the" >&2
        echo "self-contained folder (dist/moderator-app/) where it sits beside the program." >&2
        exit 1
    fi
    # A path with spaces or other reserved characters is quoted as the Desktop Entry spec says
    # (a backslash becomes four, ", ` and $ get two, % is doubled).
    case "$program" in
        *[[:space:]\"\'\\\$\`%\;]*)
            escaped=$(printf '%s' "$program" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g')
            exec_line="Exec=\"$escaped\""
            ;;
        *) exec_line="Exec=$program" ;;
    esac
    mkdir -p "$DATA_HOME/applications" "$DATA_HOME/metainfo" "$DATA_HOME/icons/hicolor/scalable/apps"
    tmp="$DESKTOP_FILE.tmp.$$"
    EXEC_LINE=$exec_line awk '/^Exec=/ { print ENVIRON["EXEC_LINE"]; next } { print }' "$HERE/$APP_ID.desktop" >"$tmp"
    chmod 644 "$tmp"
    mv "$tmp" "$DESKTOP_FILE"
    cp "$HERE/$APP_ID.metainfo.xml" "$METAINFO_FILE"
    cp "$HERE/$APP_ID.svg" "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        png="$HERE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
        if [ -f "$png" ]; then
            mkdir -p "$DATA_HOME/icons/hicolor/${size}x${size}/apps"
            cp "$png" "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
        fi
    done
    refresh_caches
    echo "Installed the moderator-app launcher entry in $DATA_HOME/applications (runs $program)."
    echo "Look for moderator-app in your application menu; ./install-user.sh --uninstall removes the entry."
}

case "${1:-}" in
    "") install ;;
    --uninstall) uninstall ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' ;;
    *)
        echo "install-user.sh: unknown option $1 (use --uninstall, or nothing to install)" >&2
        exit 2
        ;;
esac
