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
