#!/usr/bin/env bash
# test.sh - build FLURM and run every test: `mvn -B verify` over the whole reactor (unit
# tests with Surefire, then the packaged bin/flurm with Failsafe).
#
# On a fresh Debian 12 machine, as root: installs what the tests need (munge, libmunge2,
# libmunge-dev, slurm-client, slurmctld and slurmd (the acceptance test runs the real SLURM
# as its reference), and maven if there is no mvn); apt-get update runs only when
# something is missing. Java 25 must already be at /usr/lib/jvm/temurin-25-jdk-amd64.
# As another user it works when those packages are there.
#
# Output: module headers, one line per test class, the totals and any error; the full Maven
# log is kept in a file named at the end. Extra arguments go to Maven (e.g. -pl flurm-dist -am).
# Exits with Maven's code.
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
SETUP_WHO=test.sh
# shellcheck source=SCRIPTDIR/lib/setup.sh
source "$ROOT/scripts/lib/setup.sh"

ensure_packages munge libmunge2 libmunge-dev slurm-client slurmctld slurmd
ensure_maven
use_java25

# Test data is read in place from shared/ beside the checkout.
[[ -d $ROOT/../shared ]] || say "warning: $ROOT/../shared is missing; tests that read it will fail"

log=$(mktemp "${TMPDIR:-/tmp}/flurm-test.XXXXXX.log")
keep='^\[INFO\] Building .* \[[0-9]+/[0-9]+\]$|Tests run:|^\[ERROR\]|^\[WARNING\] Tests'
keep+='|Reactor Summary| \.+ (SUCCESS|FAILURE|SKIPPED)|BUILD (SUCCESS|FAILURE)|Total time'

say "mvn -B verify $* (JAVA_HOME=$JAVA_HOME)"
cd "$ROOT"
set +e
mvn -B verify "$@" </dev/null 2>&1 | tee "$log" | grep -E "$keep"
code=${PIPESTATUS[0]}
set -e

say "full Maven log: $log"
exit "$code"
