#!/usr/bin/env bash
# A 3-node MariaDB Galera cluster on one machine, for tests only (decision 012, docs/deploy.md).
# Debian's mariadb-server and galera-4. Each node: its own data folder, SQL port, Galera port.
#   local-cluster.sh start DIR SQLPORT   nodes on SQLPORT, SQLPORT+1, SQLPORT+2 (Galera on SQLPORT+1000+10*i)
#   local-cluster.sh stop DIR
#   local-cluster.sh kill DIR N          kill -9 node N (1..3): a server that dies
# innodb_flush_log_at_trx_commit=2: a commit is durable once the cluster has it (the usual Galera setting;
# docs/deploy.md), which keeps three servers on one test machine fast enough.
# Nodes listen on 127.0.0.1 only and run as the mysql user; root over TCP needs no password (test data only, in DIR).
set -euo pipefail
cmd=$1; dir=$2
provider=/usr/lib/galera/libgalera_smm.so

node_args() {
  local i=$1 base=$2
  local port=$((base + i - 1)) gport=$((base + 1000 + 10 * i))
  local peers="127.0.0.1:$((base + 1010)),127.0.0.1:$((base + 1020)),127.0.0.1:$((base + 1030))"
  echo --no-defaults --user=mysql --datadir="$dir/node$i" --socket="$dir/node$i.sock" --port=$port \
    --bind-address=127.0.0.1 --pid-file="$dir/node$i.pid" --log-error="$dir/node$i.err" \
    --innodb-buffer-pool-size=64M --innodb-log-file-size=16M --innodb-flush-log-at-trx-commit=2 --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
    --wsrep-on=ON --wsrep-provider=$provider --wsrep-cluster-name=osce-test \
    --wsrep-cluster-address=gcomm://$peers --wsrep-node-name=node$i \
    --wsrep-node-address=127.0.0.1:$gport \
    "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:$gport;ist.recv_addr=127.0.0.1:$((gport + 1));gcache.size=32M" \
    --wsrep-sst-method=rsync --wsrep-sst-receive-address=127.0.0.1:$((gport + 2))
}

wait_synced() {
  local sock=$1
  for _ in $(seq 1 120); do
    if mariadb --no-defaults -uroot -S "$sock" -Nse "show status like 'wsrep_local_state_comment'" 2>/dev/null | grep -q Synced; then
      return 0
    fi
    sleep 0.5
  done
  echo "node $sock did not reach Synced" >&2; return 1
}

case $cmd in
  start)
    base=$3
    mkdir -p "$dir"
    # the servers run as mysql (rsync's state transfer daemon refuses a root-owned folder)
    chown mysql:mysql "$dir"
    if [ ! -d "$dir/node1/mysql" ]; then
      # One node is initialised and started alone, then stopped cleanly: its data folder, copied, is
      # the other two nodes' starting state (same cluster UUID and seqno), so that they join without a
      # full state transfer (rsync SST between two servers of one machine is not worth its set-up here).
      mariadb-install-db --no-defaults --user=mysql --datadir="$dir/node1" --auth-root-authentication-method=normal \
        --skip-test-db >"$dir/install.log" 2>&1
      # shellcheck disable=SC2046
      setsid /usr/sbin/mariadbd $(node_args 1 "$base") --wsrep-new-cluster >/dev/null 2>&1 &
      wait_synced "$dir/node1.sock"
      kill "$(cat "$dir/node1.pid")"
      for _ in $(seq 1 120); do kill -0 "$(cat "$dir/node1.pid" 2>/dev/null)" 2>/dev/null && sleep 0.5 || break; done
      for i in 2 3; do
        cp -a "$dir/node1" "$dir/node$i"   # keeps the owner, mysql
        rm -f "$dir/node$i/gvwstate.dat"
      done
    fi
    # node 1 starts the cluster again; the others join it
    # shellcheck disable=SC2046
    setsid /usr/sbin/mariadbd $(node_args 1 "$base") --wsrep-new-cluster >/dev/null 2>&1 &
    wait_synced "$dir/node1.sock"
    for i in 2 3; do
      # shellcheck disable=SC2046
      setsid /usr/sbin/mariadbd $(node_args $i "$base") >/dev/null 2>&1 &
    done
    for i in 2 3; do
      wait_synced "$dir/node$i.sock"
    done
    mariadb --no-defaults -uroot -S "$dir/node1.sock" -Nse "show status like 'wsrep_cluster_size'"
    ;;
  stop)
    for i in 1 2 3; do
      [ -f "$dir/node$i.pid" ] && kill "$(cat "$dir/node$i.pid")" 2>/dev/null || true
    done
    for i in 1 2 3; do
      for _ in $(seq 1 60); do [ -f "$dir/node$i.pid" ] && kill -0 "$(cat "$dir/node$i.pid")" 2>/dev/null && sleep 0.5 || break; done
    done
    ;;
  kill)
    kill -9 "$(cat "$dir/node$3.pid")"
    ;;
esac
