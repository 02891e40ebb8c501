#!/usr/bin/env bash
# RabbitMQ for the event tests (Events:Provider = rabbitmq), see README.md beside this file.
#   start: installs Debian's rabbitmq-server when absent, runs a throw-away node (not the package's own) from a
#          temporary directory with its AMQP port, Erlang distribution and epmd on 127.0.0.1 only, waits until it
#          speaks AMQP, and prints `export WHATSTYLE_TEST_RABBITMQ=amqp://...`.
#   stop:  stops that node and its epmd and removes its directory; succeeds when nothing was started.
# CI runs as root: the node runs as the `rabbitmq` user the package creates.
set -euo pipefail

dir=${WHATSTYLE_CI_RABBITMQ_DIR:-/tmp/whatstyle-ci-rabbitmq}
port=${WHATSTYLE_CI_RABBITMQ_PORT:-5679}
node=whatstyle-ci@localhost
# Ports of our own, so nothing of another Erlang node on this machine is touched (stop kills this epmd only).
epmd_port=4379
dist_port=25679
log() { echo "rabbitmq.sh: $*" >&2; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u rabbitmq -- "$@"
  else
    "$@"
  fi
}

# Runs a command as the node's owner with the node's whole environment: nothing is read from /etc/rabbitmq or
# /var/lib/rabbitmq (env comes after runuser, which would otherwise reset HOME).
as_node() {
  as_owner env HOME="$dir" \
    RABBITMQ_NODENAME="$node" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$port" RABBITMQ_DIST_PORT="$dist_port" \
    RABBITMQ_CONF_ENV_FILE="$dir/rabbitmq-env.conf" RABBITMQ_CONFIG_FILE="$dir/rabbitmq.conf" \
    RABBITMQ_ADVANCED_CONFIG_FILE="$dir/advanced.config" RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins" \
    RABBITMQ_MNESIA_BASE="$dir/mnesia" RABBITMQ_LOG_BASE="$dir/log" RABBITMQ_PID_FILE="$dir/rabbit.pid" \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
    ERL_EPMD_ADDRESS=127.0.0.1 ERL_EPMD_PORT="$epmd_port" "$@"
}

# AMQP 0-9-1's protocol header; a broker that is up answers with a connection.start frame (frame type 1).
speaks_amqp() {
  (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'AMQP\x00\x00\x09\x01' >&3 && timeout 2 head -c 1 <&3 | od -An -tx1) 2>/dev/null | grep -q 01
}

start() {
  if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
    log "installing rabbitmq-server from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends rabbitmq-server >&2
    # Where the package's own node was started by the install (no policy-rc.d), it is not ours to keep running.
    invoke-rc.d rabbitmq-server stop >/dev/null 2>&1 || true
  fi
  stop_node
  mkdir -p "$dir/log"
  : >"$dir/rabbitmq-env.conf"
  # Loopback only; the default guest user may log in from there (RabbitMQ refuses it from anywhere else).
  printf 'listeners.tcp.1 = 127.0.0.1:%s\n' "$port" >"$dir/rabbitmq.conf"
  echo '[].' >"$dir/advanced.config"
  echo '[].' >"$dir/enabled_plugins"
  [ "$(id -u)" -ne 0 ] || chown -R rabbitmq: "$dir"
  # In a session of its own, whose id is recorded: stop ends the whole group (the Erlang VM and its helpers) even when
  # the node does not answer rabbitmqctl. epmd daemonises out of the group; stop ends it by its own port.
  # The redirections apply to the whole background subshell: a process left holding this script's stdout would keep
  # the caller's `exports=$(… start)` waiting for ever (it did in CI: the subshell waited on the node with the pipe open).
  (cd "$dir" && exec setsid bash -c "echo \$\$ >'$dir/session.pid'; $(declare -f as_owner as_node); $(declare -p dir node port dist_port epmd_port); as_node /usr/lib/rabbitmq/bin/rabbitmq-server") \
    </dev/null >"$dir/log/startup.log" 2>&1 &
  # Up to 2 minutes: measured 10 s on a quiet machine, 30-50 s on one building with two cores (docs/scaling.md).
  for _ in $(seq 1 1200); do
    if speaks_amqp; then
      log "RabbitMQ $(dpkg-query -W -f '${Version}' rabbitmq-server 2>/dev/null || echo '?') on 127.0.0.1:$port"
      echo "export WHATSTYLE_TEST_RABBITMQ=amqp://guest:guest@127.0.0.1:$port/"
      return 0
    fi
    sleep 0.1
  done
  log "rabbitmq-server did not speak AMQP on 127.0.0.1:$port within 2 minutes"
  tail -n 30 "$dir/log/startup.log" >&2 || true
  exit 1
}

stop_node() {
  if [ -d "$dir" ]; then
    as_node /usr/lib/rabbitmq/bin/rabbitmqctl -n "$node" stop >&2 || true
    if [ -f "$dir/session.pid" ]; then
      session=$(cat "$dir/session.pid")
      kill -- "-$session" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 -- "-$session" 2>/dev/null || break; sleep 0.1; done
      kill -KILL -- "-$session" 2>/dev/null || true
    fi
  fi
  if command -v epmd >/dev/null || [ -x /usr/lib/erlang/bin/epmd ]; then
    ERL_EPMD_PORT="$epmd_port" "$(command -v epmd || echo /usr/lib/erlang/bin/epmd)" -kill >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop_node; log "stopped" ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
