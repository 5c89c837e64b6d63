#!/usr/bin/env bash
# A Spark standalone cluster (one Master, one Worker) on this machine from the sweep launcher's own
# jars, with no Spark distribution: the Worker starts its executors as separate JVMs with
# SPARK_HOME/jars/* on their class path, so SPARK_HOME is a folder of links to sweep/target/lib.
# docs/methods/sweep.md s6. Usage (after mvn -q -DskipTests package):
#   scripts/spark-standalone.sh start [CORES] [MEMORY]   # default 2 cores, 3g; master spark://127.0.0.1:7177
#   SPARK_LOCAL_IP=127.0.0.1 java -jar sweep/target/sufficiency-sweep.jar SPEC.yaml --master spark://127.0.0.1:7177
#   scripts/spark-standalone.sh stop
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LIB="$ROOT/sweep/target/lib"
STATE=${SPARK_STANDALONE_DIR:-/tmp/sufficiency-spark-standalone}
PORT=${SPARK_MASTER_PORT:-7177}
# the JDK packages Spark reflects into on Java 17 (the sweep module's spark.jvm.flags)
OPENS=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$ROOT/sweep/pom.xml")

start() {
  local cores=${1:-2} memory=${2:-3g}
  [ -d "$LIB" ] || { echo "no $LIB: run mvn -q -DskipTests package first" >&2; exit 2; }
  mkdir -p "$STATE/home/jars" "$STATE/work"
  for jar in "$LIB"/*.jar; do ln -sf "$jar" "$STATE/home/jars/"; done
  export SPARK_HOME="$STATE/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
  # shellcheck disable=SC2086
  nohup java $OPENS -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$PORT" --webui-port 0 > "$STATE/master.log" 2>&1 &
  echo $! > "$STATE/master.pid"
  sleep 5
  # shellcheck disable=SC2086
  nohup java $OPENS -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
    "spark://127.0.0.1:$PORT" --host 127.0.0.1 --cores "$cores" --memory "$memory" --webui-port 0 \
    --work-dir "$STATE/work" > "$STATE/worker.log" 2>&1 &
  echo $! > "$STATE/worker.pid"
  for _ in $(seq 60); do
    grep -q "Successfully registered with master" "$STATE/worker.log" 2>/dev/null && {
      echo "master spark://127.0.0.1:$PORT, worker $cores cores $memory (logs in $STATE)"; return; }
    sleep 1
  done
  echo "the worker did not register; see $STATE/worker.log" >&2; exit 1
}

stop() {
  for role in worker master; do
    if [ -f "$STATE/$role.pid" ]; then kill "$(cat "$STATE/$role.pid")" 2>/dev/null || true; rm -f "$STATE/$role.pid"; fi
  done
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  *) echo "usage: $0 start [CORES] [MEMORY] | stop" >&2; exit 2 ;;
esac
