#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings the catalogues in this folder (statelens_*.ts) up to date with the sources and lists, per catalogue,
# the messages that still need a translation. It scans the same sources as app/statelens/CMakeLists.txt
# (every .cpp under ui/ and core/, and app/statelens/main.cpp) and drops messages the sources no longer have.
# Usage: resources/translations/update-catalogue.sh            (LUPDATE / LCONVERT override the tools)
# Exit status: 0 when every message is translated, 1 when some are not, 2 when a tool fails.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
LUPDATE=${LUPDATE:-$bin/lupdate}
LCONVERT=${LCONVERT:-$bin/lconvert}
open=$(mktemp)
trap 'rm -f "$open"' EXIT

status=0
cd "$root"
for ts in resources/translations/statelens_*.ts; do
    # lupdate warns about every tr() outside a QObject ("lacks Q_OBJECT macro"); that is how core/ translates.
    "$LUPDATE" -silent -locations none -no-obsolete -extensions cpp ui core app/statelens/main.cpp -ts "$ts" \
        2>"$open" || { cat "$open" >&2; exit 2; }
    "$LCONVERT" -no-finished -i "$ts" -of po -o "$open" || exit 2
    # Every message has a context (msgctxt); the header has none.
    count=$(grep -c '^msgctxt ' "$open" || true)
    if [ "$count" -eq 0 ]; then
        echo "$ts: every message is translated"
        continue
    fi
    status=1
    echo "$ts: $count message(s) to translate:"
    awk '/^msgctxt / { sub(/^msgctxt "/, ""); sub(/\|?"$/, ""); print "[" $0 "]"; ctx = 1; next }
         /^msgid / && ctx { sub(/^msgid /, "  "); print; on = 1; next }
         /^msgid_plural / && ctx { sub(/^msgid_plural /, "  plural: "); print; next }
         /^msgstr/ { on = 0 }
         on && /^"/ { print "  " $0 }' "$open"
done
exit $status
