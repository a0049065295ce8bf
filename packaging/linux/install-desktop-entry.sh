#!/bin/sh
# Add MediaDesk to this user's application menu (no root needed), or remove it
# again with --uninstall. The app itself stays where this folder was unpacked;
# run this script again after moving the folder. The user's library
# (~/.local/share/MediaDesk) is never touched.
set -eu
here=$(dirname "$(readlink -f "$0")")
id=io.mediadesk.MediaDesk
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin="$HOME/.local/bin"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
    rm -f "$data"/icons/hicolor/*/apps/$id.png "$data/icons/hicolor/scalable/apps/$id.svg"
    if [ -L "$bin/mediadesk" ]; then rm -f "$bin/mediadesk"; fi
    refresh
    echo "MediaDesk removed from the application menu (your library is still in $data/MediaDesk)."
    exit 0
fi

mkdir -p "$data/applications" "$data/metainfo" "$bin"
for d in "$here"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$d")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp -f "$d"/* "$data/icons/hicolor/$size/apps/"
done
cp -f "$here/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
# Exec with the absolute path of the launcher (quoted: the folder may contain spaces).
sed "s|^Exec=.*|Exec=\"$here/mediadesk\"|" "$here/share/applications/$id.desktop" > "$data/applications/$id.desktop"
ln -sfn "$here/mediadesk" "$bin/mediadesk"
refresh
echo "MediaDesk added to the application menu; 'mediadesk' linked in $bin."
