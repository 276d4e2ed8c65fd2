#!/usr/bin/env bash
# cluster-up.sh - one command from a fresh Debian 12 machine to a one-machine FLURM cluster:
# installs what is missing (munge, libmunge2, slurm-client; maven if there is no mvn; as
# root), builds FLURM, writes a slurm.conf for this machine unless $SLURM_CONF names one,
# and runs `bin/flurm standalone -D -f <that file>` in the foreground.
#
# Today flurm standalone only checks that the slurm.conf can be read and then reports that
# the one-machine cluster is not available in this build (exit code 1): the daemons it will
# run do not exist yet. Extra arguments go to flurm standalone (e.g. -v).
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
SETUP_WHO=cluster-up.sh
# shellcheck source=SCRIPTDIR/lib/setup.sh
source "$ROOT/scripts/lib/setup.sh"

# LIMIT: munged is installed but not started here: no FLURM daemon verifies credentials yet.
ensure_packages munge libmunge2 slurm-client
ensure_maven
use_java25

say "building FLURM: mvn -q -DskipTests package (scripts/test.sh runs the tests)"
(cd "$ROOT" && mvn -B -q -DskipTests package </dev/null)

# The site's slurm.conf when SLURM_CONF names one, else one for this machine alone,
# written once (later edits are kept) under run/, which git ignores.
conf=${SLURM_CONF:-}
if [[ -z $conf ]]; then
  dir=$ROOT/run/standalone
  conf=$dir/slurm.conf
  if [[ ! -f $conf ]]; then
    mkdir -p "$dir/state" "$dir/spool"
    memory_mb=$(awk '/^MemTotal:/ {print int($2 / 1024)}' /proc/meminfo)
    cat >"$conf" <<CONF
# A one-machine cluster for flurm standalone, written by scripts/cluster-up.sh.
ClusterName=flurm
SlurmctldHost=localhost
SlurmctldPort=6817
SlurmdPort=6818
AuthType=auth/munge
CredType=cred/munge
SlurmUser=$(id -un)
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=localhost
AccountingStoragePort=6819
NodeName=$(hostname -s) NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$memory_mb State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
    say "wrote $conf"
  fi
fi

say "running: bin/flurm standalone -D -f $conf $*"
exec "$ROOT/bin/flurm" standalone -D -f "$conf" "$@"
