// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a thread of a LangGraph checkpoint database back with the real LangGraph.js, as an application
// would: the sample's graph, compiled with a SqliteSaver on DB, asked for getState(THREAD).
// Prints one JSON line: {"values": {...}, "next": [...], "checkpoint_id", "step", "source", "parent"}.
// With RESUME, first resumes the thread's interrupt with that value (Command({resume})) and prints the
// state it ends in.
// Usage: STATELENS_LANGGRAPH_NODE_MODULES=/path/to/node_modules node read-state.mjs DB THREAD [RESUME]
import { buildGraph, loadLangGraph } from "../data/samples/langgraph/make/graph.mjs";

const [db, thread, resume] = process.argv.slice(2);
if (!db || !thread) throw new Error("usage: node read-state.mjs DB THREAD [RESUME]");
const lg = loadLangGraph();
const saver = lg.SqliteSaver.fromConnString(db);
const app = buildGraph(lg).compile({ checkpointer: saver });
const config = { configurable: { thread_id: thread } };
if (resume !== undefined) await app.invoke(new lg.Command({ resume }), config);
const state = await app.getState(config);
const values = { ...state.values };
values.messages = (values.messages ?? []).map((m) => ({ type: m._getType(), content: m.content }));
console.log(JSON.stringify({
    values,
    next: state.next,
    checkpoint_id: state.config.configurable.checkpoint_id,
    step: state.metadata?.step,
    source: state.metadata?.source,
    parent: state.parentConfig?.configurable?.checkpoint_id ?? null,
}));
saver.db.close();
