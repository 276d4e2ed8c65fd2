#!/usr/bin/env bash
# bench.sh - the same workload against the real slurmctld (22.05, through
# ../shared/tools/slurm-ref-up.sh) and against FLURM (bin/flurm standalone), alternating figure
# by figure, printed as a Markdown table with FLURM / SLURM ratios. Not part of the tests.
# FLURM's column reads "n/a (FLURM controller not available)" while its controller does not
# start; nothing is estimated.
#
#   scripts/bench.sh                 # prints the table; BENCH_OUT=docs/benchmarks.md appends it
#
# Figures: serial and 8-way sbatch rate (client processes), peak wire submission rate
# (SubmitLoadDriver, 8 connections), then at each queue size: the server's time to the last
# byte of a REQUEST_JOB_INFO reply (JobInfoTimer), squeue end to end, sinfo, scontrol show job,
# and the controller's RSS; and the scancel rate (one scancel per job).
# Knobs: BENCH_QUEUE_SIZES ["1000 10000 100000"], BENCH_SERIAL [100], BENCH_PARALLEL [400],
# BENCH_WIRE_SECONDS [15], BENCH_SCANCEL [100]; the clusters run under /tmp/flurm-bench-ref
# (ports 7967-7971) and /tmp/flurm-bench-flurm (ports 7977-7981). Needs root.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SETUP_WHO=bench
. "$ROOT/scripts/lib/setup.sh"

SIZES=${BENCH_QUEUE_SIZES:-"1000 10000 100000"}
SERIAL=${BENCH_SERIAL:-100}
PARALLEL=${BENCH_PARALLEL:-400}
WIRE_SECONDS=${BENCH_WIRE_SECONDS:-15}
SCANCEL=${BENCH_SCANCEL:-100}
REF_DIR=/tmp/flurm-bench-ref REF_PORT=7967
FL_DIR=/tmp/flurm-bench-flurm FL_PORT=7977
SHARED=$ROOT/../shared
NA="n/a (FLURM controller not available)"

ensure_packages munge slurm-client slurmctld slurmd
ensure_maven
use_java25
say "building flurm-bench and flurm-dist (bin/flurm runs from its build)"
(cd "$ROOT" && mvn -q -B -o -pl flurm-bench,flurm-dist -am package -DskipTests </dev/null) ||
  (cd "$ROOT" && mvn -q -B -pl flurm-bench,flurm-dist -am package -DskipTests </dev/null)
JAR=$ROOT/flurm-bench/target/benchmarks.jar
java_tool() { "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
  -Dflurm.shared.dir="$SHARED" -cp "$JAR" "$@"; }

now_ns() { date +%s%N; }

# --- the two clusters ---------------------------------------------------------------------
ref_env() { env SLURM_REF_DIR=$REF_DIR SLURM_REF_CTLD_PORT=$REF_PORT \
  SLURM_REF_SLURMD_PORT=$((REF_PORT + 1)) SLURM_REF_MAX_JOB_COUNT=200000 SLURM_REF_INSTALL=0 "$@"; }
FL_PIDS=()
flurm_up() {
  rm -rf "$FL_DIR"; mkdir -p "$FL_DIR"/{etc,log,state,spool,munge/key}
  chmod 755 "$FL_DIR/munge"; chmod 700 "$FL_DIR/munge/key"
  mungekey -c -k "$FL_DIR/munge/key/munge.key" || return 1
  munged -F --force --socket="$FL_DIR/munge/munge.socket.2" \
    --key-file="$FL_DIR/munge/key/munge.key" --pid-file="$FL_DIR/munge/key/munged.pid" \
    --seed-file="$FL_DIR/munge/key/munged.seed" --log-file="$FL_DIR/log/munged.log" >>"$FL_DIR/log/munged.out" 2>&1 &
  FL_PIDS+=($!)
  # the reference cluster's slurm.conf with FLURM's directory and ports
  sed -e "s#$REF_DIR#$FL_DIR#g" -e "s/^SlurmctldPort=.*/SlurmctldPort=$FL_PORT/" \
      -e "s/^SlurmdPort=.*/SlurmdPort=$((FL_PORT + 1))/" \
      -e "s/Port=$((REF_PORT + 1))-$((REF_PORT + 4))/Port=$((FL_PORT + 1))-$((FL_PORT + 4))/" \
      "$REF_DIR/etc/slurm.conf" >"$FL_DIR/etc/slurm.conf"
  SLURM_CONF=$FL_DIR/etc/slurm.conf "$ROOT/bin/flurm" standalone >"$FL_DIR/log/flurm.out" 2>&1 &
  FL_PIDS+=($!)
  local pid=$! i
  for i in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || { say "FLURM exited: $(tail -n 3 "$FL_DIR/log/flurm.out")"; return 1; }
    (exec 3<>"/dev/tcp/127.0.0.1/$FL_PORT") 2>/dev/null && return 0
    sleep 0.5
  done
  return 1
}
flurm_down() { local p; for p in "${FL_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
cleanup() { flurm_down; ref_env "$SHARED/tools/slurm-ref-down.sh" >/dev/null 2>&1 || true; }
trap cleanup EXIT

say "starting the real SLURM in $REF_DIR"
ref_env "$SHARED/tools/slurm-ref-down.sh" >/dev/null 2>&1 || true
ref_env "$SHARED/tools/slurm-ref-up.sh" >/dev/null
FLURM_OK=1
say "starting FLURM in $FL_DIR"
flurm_up || { FLURM_OK=0; say "$NA"; }

CONF_slurm=$REF_DIR/etc/slurm.conf
CONF_flurm=$FL_DIR/etc/slurm.conf
ctld_pid() { # ctld_pid slurm|flurm
  if [[ $1 == slurm ]]; then cat "$REF_DIR/run/slurmctld.pid"; else echo "${FL_PIDS[1]}"; fi
}

# --- measurements: each prints one number -------------------------------------------------
m_sbatch_serial() {
  local t0 i; t0=$(now_ns)
  for ((i = 0; i < SERIAL; i++)); do SLURM_CONF=$1 sbatch -Q --hold -o /dev/null --wrap true; done
  echo "scale=1; $SERIAL * 1000000000 / ($(now_ns) - $t0)" | bc
}
m_sbatch_8way() {
  local t0; t0=$(now_ns)
  seq "$PARALLEL" | SLURM_CONF=$1 xargs -P 8 -I{} sbatch -Q --hold -o /dev/null --wrap true
  echo "scale=1; $PARALLEL * 1000000000 / ($(now_ns) - $t0)" | bc
}
m_scancel() {
  local ids t0 id; mapfile -t ids < <(SLURM_CONF=$1 squeue -h -o %i | head -n "$SCANCEL")
  t0=$(now_ns)
  for id in "${ids[@]}"; do SLURM_CONF=$1 scancel "$id"; done
  echo "scale=1; ${#ids[@]} * 1000000000 / ($(now_ns) - $t0)" | bc
}
m_wire() {
  java_tool org.flurm.bench.load.SubmitLoadDriver --conf "$1" --connections 8 \
    --duration "$WIRE_SECONDS" --count 200000 | sed -n 's/.*: \([0-9.]*\) jobs\/s/\1/p'
}
m_jobinfo() {
  java_tool org.flurm.bench.load.JobInfoTimer --conf "$1" --repeat 5 |
    sed -n 's/.*median \([0-9.]*\) ms.*/\1/p'
}
m_time() { # m_time CONF command...: median of 3 runs, in ms
  local conf=$1 i t0 ts=(); shift
  for i in 1 2 3; do
    t0=$(now_ns); SLURM_CONF=$conf "$@" >/dev/null; ts+=($(( ($(now_ns) - $t0) / 1000 )))
  done
  printf '%s\n' "${ts[@]}" | sort -n | sed -n 2p | awk '{printf "%.1f\n", $1 / 1000}'
}
m_squeue() { m_time "$1" squeue; }
m_sinfo() { m_time "$1" sinfo; }
m_show_job() { m_time "$1" scontrol show job "$(SLURM_CONF=$1 squeue -h -o %i | head -n 1)"; }
m_rss() { awk '/VmRSS/ {printf "%.0f\n", $2 / 1024}' "/proc/$(ctld_pid "$2")/status"; }
fill() { # fill CONF SIZE: submit held jobs over the wire until the queue holds SIZE
  local have; have=$(SLURM_CONF=$1 squeue -h -r | wc -l)
  ((have < $2)) && java_tool org.flurm.bench.load.SubmitLoadDriver --conf "$1" \
    --connections 8 --count $(($2 - have)) --duration 600 >/dev/null
  return 0
}

# --- the table ------------------------------------------------------------------------------
ROWS=()
row() { # row "figure" unit better fn [args]: measures SLURM then FLURM
  local name=$1 unit=$2 better=$3 fn=$4 a b ratio; shift 4
  a=$($fn "$CONF_slurm" slurm "$@" || echo "error")
  if ((FLURM_OK)); then b=$($fn "$CONF_flurm" flurm "$@" || echo "error"); else b=$NA; fi
  ratio="n/a"
  [[ $a =~ ^[0-9.]+$ && $b =~ ^[0-9.]+$ ]] && ratio=$(echo "scale=2; $b / $a" | bc)
  ROWS+=("| $name | $unit ($better) | $a | $b | $ratio |")
  say "$name: slurm $a, flurm $b"
}

row "sbatch, serial ($SERIAL jobs)" "jobs/s" "higher is better" m_sbatch_serial
row "sbatch, 8 at once ($PARALLEL jobs)" "jobs/s" "higher is better" m_sbatch_8way
row "scancel, one job per command ($SCANCEL)" "jobs/s" "higher is better" m_scancel
row "wire submissions, 8 connections (${WIRE_SECONDS} s)" "jobs/s" "higher is better" m_wire

# the queue-size figures start from a clean state: cancelled and finished jobs stay in the
# controller's memory (and in its job-info replies) for MinJobAge
say "restarting both clusters with an empty state"
flurm_down; FL_PIDS=()
ref_env "$SHARED/tools/slurm-ref-down.sh" >/dev/null 2>&1
ref_env "$SHARED/tools/slurm-ref-up.sh" >/dev/null
((FLURM_OK)) && { flurm_up || FLURM_OK=0; }
for size in $SIZES; do
  fill "$CONF_slurm" "$size"; ((FLURM_OK)) && fill "$CONF_flurm" "$size"
  row "job info reply, last byte, $size jobs" "ms" "lower is better" m_jobinfo
  row "squeue end to end, $size jobs" "ms" "lower is better" m_squeue
  row "sinfo, $size jobs" "ms" "lower is better" m_sinfo
  row "scontrol show job, $size jobs" "ms" "lower is better" m_show_job
  row "controller RSS, $size jobs" "MiB" "lower is better" m_rss
done

{
  echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM, load average"
  echo "$(cut -d' ' -f1-3 /proc/loadavg) at the end. SLURM $(SLURM_CONF=$CONF_slurm sbatch --version | cut -d' ' -f2),"
  echo "FLURM $(cd "$ROOT" && git describe --always --dirty), $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)."
  echo
  echo "| figure | unit | real SLURM | FLURM | FLURM / SLURM |"
  echo "| --- | --- | --- | --- | --- |"
  printf '%s\n' "${ROWS[@]}"
  echo
} | tee -a "${BENCH_OUT:-/dev/null}"
