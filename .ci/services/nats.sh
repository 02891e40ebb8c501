#!/usr/bin/env bash
# NATS with JetStream for the event tests (Events:Provider = nats). `start` installs Debian's nats-server, runs it on
# 127.0.0.1:4232 with JetStream in a temporary directory and prints `export WHATSTYLE_TEST_NATS=...`; `stop` stops it
# and removes its files. See README.md beside this file.
set -euo pipefail
port=4232
dir=/tmp/whatstyle-ci-nats
case "${1:-}" in
  start)
    if ! command -v nats-server >/dev/null; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nats-server >&2
    fi
    rm -rf "$dir" && mkdir -p "$dir"
    nohup nats-server -a 127.0.0.1 -p "$port" -js -sd "$dir/js" -P "$dir/nats.pid" -l "$dir/nats.log" >/dev/null 2>&1 &
    for _ in $(seq 1 100); do
      # The monitoring port is off; a TCP connect that gets NATS's INFO line means it is up.
      if (exec 3<>"/dev/tcp/127.0.0.1/$port" && timeout 2 head -c 4 <&3) 2>/dev/null | grep -q INFO; then
        echo "export WHATSTYLE_TEST_NATS=nats://127.0.0.1:$port"
        exit 0
      fi
      sleep 0.1
    done
    echo "nats-server did not answer on 127.0.0.1:$port within 10 s" >&2
    cat "$dir/nats.log" >&2 || true
    exit 1
    ;;
  stop)
    if [ -f "$dir/nats.pid" ]; then
      pid=$(cat "$dir/nats.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
