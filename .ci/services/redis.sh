#!/usr/bin/env bash
# Redis for the tests that need it (HybridCache's second level, cache invalidation across processes, the shared rate
# limits). `start` installs Debian's redis-server, runs it on 127.0.0.1:6390 without persistence and prints
# `export WHATSTYLE_TEST_REDIS=...`; `stop` shuts it down and removes its files. See README.md beside this file.
set -euo pipefail
port=6390
dir=/tmp/whatstyle-ci-redis
case "${1:-}" in
  start)
    if ! command -v redis-server >/dev/null; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >&2
      # The package starts its own server on 6379 where an init system runs; the tests use their own below.
    fi
    rm -rf "$dir" && mkdir -p "$dir"
    redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --save '' --appendonly no \
      --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >&2
    for _ in $(seq 1 100); do
      if [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = "PONG" ]; then
        echo "export WHATSTYLE_TEST_REDIS=127.0.0.1:$port"
        exit 0
      fi
      sleep 0.1
    done
    echo "redis did not answer on 127.0.0.1:$port within 10 s" >&2
    cat "$dir/redis.log" >&2 || true
    exit 1
    ;;
  stop)
    if [ -f "$dir/redis.pid" ]; then
      redis-cli -h 127.0.0.1 -p "$port" shutdown nosave >/dev/null 2>&1 || kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
