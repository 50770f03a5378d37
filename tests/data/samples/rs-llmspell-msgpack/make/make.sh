#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rebuilds ../data/llmspell.db, ../backups/ and ../blobs/ from the Rust program in this folder (see ../README.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sample=$(dirname "$here")
target=${CARGO_TARGET_DIR:-/tmp/make-llmspell-msgpack-target}
(cd "$here" && cargo build --offline --release --target-dir "$target")
bin=$target/release/make-llmspell-msgpack
rm -rf "$sample/blobs" "$sample/data" "$sample/backups"
mkdir -p "$sample/data" "$sample/backups"
"$bin" write "$sample/blobs"

db=$sample/data/llmspell.db
src=$sample/../rs-llmspell/data/llmspell.db
# The schema of the rs-llmspell sample (the tool's own migrations), its _migrations rows and one JSON
# envelope row; then the MessagePack rows, as rs-llmspell's StateStorageAdapter ("state:" + scoped key) names them.
sqlite3 "$src" .schema | sqlite3 "$db"
sqlite3 "$db" <<SQL
ATTACH '$src' AS s;
INSERT INTO _migrations SELECT * FROM s._migrations;
INSERT INTO kv_store SELECT * FROM s.kv_store WHERE key = 'state:global:user:preferences';
DETACH s;
INSERT INTO kv_store (kv_id, tenant_id, key, value, metadata, created_at, updated_at) VALUES
  ('7f1c2e0a9b3d4c5e8f6a7b8c9d0e1f20', 'system', 'state:global:test:run:42', readfile('$sample/blobs/test-run-42.msgpack'), NULL, 1795263595, 1795263595),
  ('1a2b3c4d5e6f70819203a4b5c6d7e8f9', 'system', 'state:global:benchmark:latency', readfile('$sample/blobs/benchmark-latency.msgpack'), NULL, 1795263595, 1795263595),
  ('0badc0de0badc0de0badc0de0badc0de', 'system', 'state:global:benchmark:raw', readfile('$sample/blobs/benchmark-raw.msgpack'), NULL, 1795263595, 1795263595),
  ('5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e', 'system', 'state:global:test:tuple', readfile('$sample/blobs/test-tuple.msgpack'), NULL, 1795263595, 1795263595);
PRAGMA journal_mode = DELETE;
VACUUM;
SQL

# One Full backup, uncompressed (compression "none"), with the .meta rs-llmspell writes beside it.
id=backup_1795263600_5eed5eed5eed5eed
mv "$sample/blobs/backup.msgpack" "$sample/backups/$id.backup"
size=$(stat -c %s "$sample/backups/$id.backup")
sum=$(sha256sum "$sample/backups/$id.backup" | cut -d' ' -f1)
cat > "$sample/backups/$id.meta" <<META
{
  "id": "$id",
  "created_at": {
    "secs_since_epoch": 1795263600,
    "nanos_since_epoch": 250000000
  },
  "backup_type": "Full",
  "parent_id": null,
  "schema_version": "1.0.0",
  "checksums": {
    "sha256": "$sum"
  },
  "compression": {
    "algorithm": "none",
    "level": 0,
    "original_size": $size,
    "compressed_size": $size
  },
  "encryption": null,
  "stats": {
    "total_entries": 5,
    "total_size": $size,
    "duration_ms": 0,
    "scopes_backed_up": [
      "global"
    ]
  }
}
META
