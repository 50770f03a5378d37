// SPDX-License-Identifier: GPL-3.0-or-later
// Writes rs-llmspell's MessagePack rows with the real encoder (rmp_serde::to_vec, as rs-llmspell's
// StateStorageAdapter::store_fast does for `test:`/`benchmark:` keys), and checks a blob by decoding it
// with rmp_serde again. See ../README.md.
//
//   make-llmspell-msgpack write OUTDIR   one <name>.msgpack per row, and backup.msgpack (a Full snapshot)
//   make-llmspell-msgpack check FILE     decodes FILE as SerializableState<Run> and prints it (exit 1 if not)

use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// rs-llmspell's llmspell-kernel/src/state/manager.rs SerializableState, generic over the value so that
/// the sample can hold what serde_json::Value cannot (float32, bin, ext).
#[derive(Serialize, Deserialize, Debug)]
struct SerializableState<V> {
    key: String,
    value: V,
    timestamp: SystemTime,
    schema_version: u32,
}

/// A value whose every scalar keeps the Rust type it is written with.
#[derive(Serialize)]
#[serde(untagged)]
enum V {
    Nil(()),
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    F32(f32),
    Str(String),
    Bin(serde_bytes::ByteBuf),
    Ext(Ext),
    List(Vec<V>),
    Map(Map),
}

/// An object in insertion order (a MessagePack map with str keys, as serde_json::Value's objects are written).
struct Map(Vec<(&'static str, V)>);

impl Serialize for Map {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// rmp_serde's extension type: a newtype named _ExtStruct holding (tag, bytes).
#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[serde(rename = "_ExtStruct")]
struct Ext((i8, serde_bytes::ByteBuf));

/// What `check` expects the value of test:run:42 to be (rmp_serde reads a struct from a map).
#[derive(Deserialize, Debug)]
#[allow(dead_code)]
struct Run {
    name: String,
    passed: bool,
    score: f64,
    ratio: f32,
    count: u64,
    big: u64,
    max: u64,
    neg: i64,
    small_neg: i64,
    long_text: String,
    #[serde(with = "serde_bytes")]
    payload: Vec<u8>,
    tag: Ext,
    samples: Vec<f64>,
    nothing: Option<()>,
    nested: Nested,
}

#[derive(Deserialize, Debug)]
#[allow(dead_code)]
struct Nested {
    ok: bool,
    retries: u64,
}

/// rs-llmspell's backup snapshot (llmspell-kernel/src/state/backup/atomic.rs), positional as rmp_serde writes it.
#[derive(Serialize)]
struct StateSnapshot {
    timestamp: SystemTime,
    entries: Map2,
    metadata: SnapshotMetadata,
}

#[derive(Serialize)]
struct SnapshotEntry {
    scope: Scope,
    key: String,
    data: V,
    version: u64,
    last_modified: SystemTime,
}

#[derive(Serialize)]
#[allow(dead_code)]
enum Scope {
    Global,
}

#[derive(Serialize)]
struct SnapshotMetadata {
    backup_id: String,
    parent_id: Option<String>,
    created_at: SystemTime,
    entry_count: usize,
    total_size: u64,
    schema_version: String,
}

struct Map2(Vec<(String, SnapshotEntry)>);

impl Serialize for Map2 {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

fn at(secs: u64, nanos: u32) -> SystemTime {
    UNIX_EPOCH + Duration::new(secs, nanos)
}

fn run_value() -> V {
    V::Map(Map(vec![
        ("name", V::Str("nightly run ✓".into())),
        ("passed", V::Bool(true)),
        ("score", V::F64(3.0)),
        ("ratio", V::F32(0.1)),
        ("count", V::U64(42)),
        ("big", V::U64(9_007_199_254_740_993)),
        ("max", V::U64(u64::MAX)),
        ("neg", V::I64(-9_007_199_254_740_993)),
        ("small_neg", V::I64(-5)),
        ("long_text", V::Str("a string longer than thirty-one bytes, so str8".into())),
        ("payload", V::Bin(serde_bytes::ByteBuf::from(vec![0u8, 1, 2, 0xff]))),
        ("tag", V::Ext(Ext((5, serde_bytes::ByteBuf::from(vec![0xde, 0xad, 0xbe, 0xef]))))),
        ("samples", V::List(vec![V::F64(1.5), V::F64(2.0), V::F64(-0.25)])),
        ("nothing", V::Nil(())),
        ("nested", V::Map(Map(vec![("ok", V::Bool(false)), ("retries", V::U64(3))]))),
    ]))
}

fn latency_value() -> V {
    V::List(vec![V::F64(12.5), V::F64(13.0), V::F64(11.75)])
}

fn raw_value() -> V {
    V::Map(Map(vec![("iterations", V::U64(1000)), ("mean_ms", V::F64(0.5))]))
}

/// A 4-element array that is the value itself: its first element is not the row's storage key.
fn tuple_value() -> V {
    V::List(vec![
        V::Str("global:test:elsewhere".into()),
        V::Map(Map(vec![("a", V::U64(1))])),
        V::List(vec![V::U64(1), V::U64(2)]),
        V::U64(1),
    ])
}

fn preferences_value() -> V {
    V::Map(Map(vec![("theme", V::Str("dark".into())), ("lang", V::Str("fr".into()))]))
}

fn state(key: &str, value: V, t: SystemTime) -> SerializableState<V> {
    SerializableState { key: key.into(), value, timestamp: t, schema_version: 1 }
}

fn write(dir: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let t = at(1_795_263_595, 130_929_931);
    let put = |name: &str, bytes: Vec<u8>| std::fs::write(format!("{dir}/{name}.msgpack"), bytes);
    put("test-run-42", rmp_serde::to_vec(&state("global:test:run:42", run_value(), t)).unwrap())?;
    put("benchmark-latency", rmp_serde::to_vec(&state("global:benchmark:latency", latency_value(), t)).unwrap())?;
    // StateStorageAdapter's other MessagePack path (FastPathManager::serialize_trusted) writes the bare value.
    put("benchmark-raw", rmp_serde::to_vec(&raw_value()).unwrap())?;
    put("test-tuple", rmp_serde::to_vec(&tuple_value()).unwrap())?;

    let entry = |key: &str, data: V| {
        (format!("global:{key}"), SnapshotEntry { scope: Scope::Global, key: key.into(), data, version: 1, last_modified: t })
    };
    let backup_id = "backup_1795263600_5eed5eed5eed5eed".to_string();
    let created = at(1_795_263_600, 250_000_000);
    let entries = Map2(vec![
        entry("test:run:42", run_value()),
        entry("benchmark:latency", latency_value()),
        entry("benchmark:raw", raw_value()),
        entry("test:tuple", tuple_value()),
        entry("user:preferences", preferences_value()),
    ]);
    let snapshot = StateSnapshot {
        timestamp: created,
        metadata: SnapshotMetadata {
            backup_id,
            parent_id: None,
            created_at: created,
            entry_count: entries.0.len(),
            total_size: 0,
            schema_version: "1.0.0".into(),
        },
        entries,
    };
    put("backup", rmp_serde::to_vec(&snapshot).unwrap())
}

fn check(file: &str) -> Result<(), String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
    let s: SerializableState<Run> = rmp_serde::from_slice(&bytes).map_err(|e| format!("{file}: {e}"))?;
    println!("{s:?}");
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let result = match (args.get(1).map(String::as_str), args.get(2)) {
        (Some("write"), Some(dir)) => write(dir).map_err(|e| e.to_string()),
        (Some("check"), Some(file)) => check(file),
        _ => Err("usage: make-llmspell-msgpack write OUTDIR | check FILE".into()),
    };
    if let Err(e) = result {
        eprintln!("{e}");
        std::process::exit(1);
    }
}
