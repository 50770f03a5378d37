// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the LangGraph sample database with the real LangGraph.js SqliteSaver.
// Usage: STATELENS_LANGGRAPH_NODE_MODULES=/path/to/node_modules node make-sample.mjs OUT.sqlite
// (README.md beside this file has the exact versions and commands).
import fs from "node:fs";
import { buildGraph, loadLangGraph } from "./graph.mjs";

const out = process.argv[2];
if (!out) throw new Error("usage: node make-sample.mjs OUT.sqlite");
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(out + suffix, { force: true });

const lg = loadLangGraph();
const { SqliteSaver, Command, HumanMessage } = lg;
const saver = SqliteSaver.fromConnString(out);
const app = buildGraph(lg).compile({ checkpointer: saver });

// Thread 1: interrupted at "review", resumed with "approve", then changed from outside with updateState.
const done = { configurable: { thread_id: "thread-approved" } };
await app.invoke({ messages: [new HumanMessage({ content: "Write about SQLite WAL", id: "human-1" })],
                   topic: "SQLite WAL" }, done);
await app.invoke(new Command({ resume: "approve" }), done);
await app.updateState(done, { reviewer: "alice" });

// Thread 2: interrupted at "review" and left waiting for a human.
const waiting = { configurable: { thread_id: "thread-waiting" } };
await app.invoke({ messages: [new HumanMessage({ content: "Write about checkpoints", id: "human-2" })],
                   topic: "checkpoints" }, waiting);

const state = await app.getState(waiting);
console.log("thread-waiting next:", state.next, "interrupts:", state.tasks.flatMap((t) => t.interrupts).length);
console.log("thread-approved reviewer:", JSON.stringify((await app.getState(done)).values.reviewer));

// Fold the WAL into the main file so that the committed .sqlite is self-contained (it stays in WAL mode).
saver.db.pragma("wal_checkpoint(TRUNCATE)");
saver.db.exec("VACUUM");
saver.db.close();
