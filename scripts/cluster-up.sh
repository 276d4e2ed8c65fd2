#!/usr/bin/env bash
# cluster-up.sh - one command from a fresh Debian 12 machine to a one-machine FLURM cluster:
# installs what is missing (munge, libmunge2, slurm-client; maven if there is no mvn; as
# root), builds FLURM, and runs `bin/flurm standalone` in the foreground until Ctrl-C.
#
# flurm standalone reads $SLURM_CONF when it names a slurm.conf. Otherwise it uses
# run/standalone/slurm.conf (git ignores run/), writing it with flurm.conf, a munge key and
# the state folders when it is missing: this machine as node, SLURM's ports 6817/6818 when
# free, a munged of its own. It prints the `export SLURM_CONF=...` line for the clients.
# Extra arguments go to flurm standalone (e.g. -v).
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
SETUP_WHO=cluster-up.sh
# shellcheck source=SCRIPTDIR/lib/setup.sh
source "$ROOT/scripts/lib/setup.sh"

ensure_packages munge libmunge2 slurm-client
ensure_maven
use_java25

say "building FLURM: mvn -q -DskipTests package (scripts/test.sh runs the tests)"
(cd "$ROOT" && mvn -B -q -DskipTests package </dev/null)

say "running: bin/flurm standalone -D --state-dir $ROOT/run/standalone $*"
exec "$ROOT/bin/flurm" standalone -D --state-dir "$ROOT/run/standalone" "$@"
