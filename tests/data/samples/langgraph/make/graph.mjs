// SPDX-License-Identifier: GPL-3.0-or-later
// The graph of the LangGraph sample, shared by make-sample.mjs (which runs it) and tests/langgraph/read-state.mjs
// (which reads a database back through it, as an application would).
import { createRequire } from "node:module";
import path from "node:path";

/// The LangGraph.js packages, from the node_modules folder that STATELENS_LANGGRAPH_NODE_MODULES names.
export function loadLangGraph() {
    const modules = process.env.STATELENS_LANGGRAPH_NODE_MODULES;
    if (!modules) throw new Error("set STATELENS_LANGGRAPH_NODE_MODULES to the node_modules folder");
    const require = createRequire(path.join(path.resolve(modules), "noop.js"));
    return {
        ...require("@langchain/langgraph"),
        ...require("@langchain/langgraph-checkpoint-sqlite"),
        ...require("@langchain/core/messages"),
    };
}

/// The uncompiled graph: plan → research (a subgraph: search, summarise) → review (interrupts for a human) → publish.
export function buildGraph(lg) {
    const { StateGraph, Annotation, MessagesAnnotation, START, END, interrupt, AIMessage, ToolMessage } = lg;
    const State = Annotation.Root({
        ...MessagesAnnotation.spec,
        topic: Annotation(),
        findings: Annotation({ reducer: (a, b) => a.concat(b), default: () => [] }),
        draft: Annotation(),
        approved: Annotation(),
        reviewer: Annotation(),
    });

    // The subgraph: a "search" tool call and its result, written under checkpoint_ns "research:<task id>".
    const research = new StateGraph(State)
        .addNode("search", (s) => ({
            messages: [
                new AIMessage({
                    content: "",
                    id: `ai-search-${s.topic}`,
                    tool_calls: [{ id: `call-${s.topic}`, name: "web_search", args: { query: s.topic } }],
                }),
                new ToolMessage({
                    content: `3 results for ${s.topic}`,
                    tool_call_id: `call-${s.topic}`,
                    id: `tool-${s.topic}`,
                }),
            ],
            findings: [`${s.topic}: found 3 sources`],
        }))
        .addNode("summarise", (s) => ({ draft: `Summary of ${s.topic} (${s.findings.length} finding(s))` }))
        .addEdge(START, "search")
        .addEdge("search", "summarise")
        .addEdge("summarise", END)
        .compile();

    return new StateGraph(State)
        .addNode("plan", (s) => ({
            messages: [new AIMessage({ content: `I will research ${s.topic}.`, id: `ai-plan-${s.topic}` })],
        }))
        .addNode("research", research)
        .addNode("review", (s) => {
            const answer = interrupt({ question: "Publish this draft?", draft: s.draft });
            return { approved: answer === "approve" };
        })
        .addNode("publish", (s) => ({
            messages: [new AIMessage({ content: s.approved ? `Published: ${s.draft}` : "Not published.",
                                       id: `ai-publish-${s.topic}` })],
        }))
        .addEdge(START, "plan")
        .addEdge("plan", "research")
        .addEdge("research", "review")
        .addEdge("review", "publish")
        .addEdge("publish", END);
}
