#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the seed corpus of every fuzz target from the real samples: make-corpus.sh TESTDATA OUT writes
# OUT/<target>/ for each target (replacing what was there). Formats that have no real sample take their
# seeds from TESTDATA/fuzz-seeds/<target>/.
set -euo pipefail
data="$1"
out="$2"
samples="$data/samples"

rm -rf "$out"
mkdir -p "$out"
n=0
seed() { # seed TARGET FILE...
    local target="$1"
    shift
    mkdir -p "$out/$target"
    for f in "$@"; do
        n=$((n + 1))
        cp "$f" "$out/$target/$n-$(basename "$f")"
    done
}

mapfile -t json < <(find "$samples" -type f \( -name '*.json' -o -name '*.meta' -o -name '*.bak' \) | sort)
seed json "${json[@]}"
seed editor "${json[@]}"
seed tasks "${json[@]}"
mapfile -t logs < <(find "$samples" -type f -name '*.log' | sort)
seed logs "${logs[@]}"
mapfile -t msgpack < <(find "$samples" -type f \( -name '*.REPLICA-DEBUG' -o -name '*.msgpack' \) | sort)
seed msgpack "${msgpack[@]}"
mapfile -t dbs < <(find "$samples" -type f -name '*.db' | sort)
seed sqlite "${dbs[@]}"

# A LangGraph input is a type byte ('j' json, 'm' msgpack; see fuzz_langgraph.cpp) and a blob: every
# checkpoint, metadata and write blob of the sample databases (read through an immutable URI: nothing is
# written beside the samples).
mkdir -p "$out/langgraph"
mapfile -t lgdbs < <(find "$samples" -type f -name '*.sqlite' | sort)
python3 -c '
import os, sqlite3, sys, urllib.parse
out = sys.argv[1]
for db in sys.argv[2:]:
    con = sqlite3.connect("file:" + urllib.parse.quote(db) + "?immutable=1", uri=True)
    rows = con.execute("SELECT type, checkpoint FROM checkpoints UNION ALL SELECT type, metadata FROM checkpoints "
                       "UNION ALL SELECT type, value FROM writes").fetchall()
    name = os.path.basename(db)
    for i, (kind, blob) in enumerate(rows):
        with open(f"{out}/{i}-{name}", "wb") as f:
            f.write((b"m" if kind == "msgpack" else b"j") + bytes(blob or b""))
' "$out/langgraph" "${lgdbs[@]}"

# A backup input is its .meta, a NUL, and its .backup.
mkdir -p "$out/backup"
for meta in $(find "$samples" -type f -name '*.meta' | sort); do
    backup="${meta%.meta}.backup"
    [[ -f "$backup" ]] || continue
    { cat "$meta"; printf '\0'; cat "$backup"; } > "$out/backup/$(basename "$meta" .meta)"
done

for dir in "$data"/fuzz-seeds/*/; do
    [[ -d "$dir" ]] || continue
    target="$(basename "$dir")"
    mapfile -t extra < <(find "$dir" -type f | sort)
    seed "$target" "${extra[@]}"
done
