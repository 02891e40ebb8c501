// The official TypeScript SDK client against the WhatStyle server: list the tools, call analyze_tone, check the shape.
// Usage: node ts-client.mjs stdio <command> [args...]   |   node ts-client.mjs http|sse <url> [bearer-token]
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";

const EXPECTED_TOOLS = [
  "analyze_tone", "get_contact_profile", "get_conversation_context", "list_contacts",
  "record_message", "search_similar_exchanges", "select_sticker", "update_contact_profile",
];

const [mode, target, ...rest] = process.argv.slice(2);
const fail = (message) => { console.error(`ts-client (${mode}): FAIL ${message}`); process.exit(1); };

function transportFor() {
  if (mode === "stdio") {
    return new StdioClientTransport({ command: target, args: rest, stderr: "ignore" });
  }
  const token = rest[0];
  const requestInit = token ? { headers: { Authorization: `Bearer ${token}` } } : undefined;
  if (mode === "http") return new StreamableHTTPClientTransport(new URL(target), { requestInit });
  if (mode === "sse") return new SSEClientTransport(new URL(target), { requestInit });
  fail(`unknown mode '${mode}'`);
}

const client = new Client({ name: "whatstyle-interop-ts", version: "1.0.0" });
const timer = setTimeout(() => fail("timed out after 60 s"), 60_000);
try {
  await client.connect(transportFor());
  const { tools } = await client.listTools();
  const names = tools.map((t) => t.name).sort();
  if (JSON.stringify(names) !== JSON.stringify(EXPECTED_TOOLS)) fail(`tools were ${names.join(", ")}`);
  for (const tool of tools) {
    if (!tool.outputSchema) fail(`${tool.name} has no outputSchema`);
  }

  const result = await client.callTool({ name: "analyze_tone", arguments: { text: "I'm so happy for you!! 🎉" } });
  if (result.isError) fail(`analyze_tone returned an error: ${JSON.stringify(result.content)}`);
  const tone = result.structuredContent;
  if (!tone || tone.text !== "I'm so happy for you!! 🎉" || !tone.sentiment?.label || !tone.emotion?.label) {
    fail(`unexpected analyze_tone result: ${JSON.stringify(result)}`);
  }

  const empty = await client.callTool({ name: "analyze_tone", arguments: { text: "" } });
  if (!empty.isError) fail("analyze_tone with empty text did not return an error result");

  console.log(`ts-client (${mode}): ok, protocol ${client.transport?.protocolVersion ?? "negotiated"}, `
    + `${tools.length} tools, analyze_tone -> ${tone.sentiment.label}/${tone.emotion.label}`);
} catch (error) {
  fail(error?.stack ?? String(error));
} finally {
  clearTimeout(timer);
  await client.close().catch(() => {});
}
