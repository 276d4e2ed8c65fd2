# shellcheck shell=bash
# acceptance.sh - shared by scripts/acceptance-*.sh (sourced, not run): builds the acceptance
# module and runs org.flurm.acceptance.Acceptance with this checkout's paths.
# Knobs (environment): FLURM_ACC_REF_DIR [/tmp/flurm-acc-ref], FLURM_ACC_REF_PORT [7917]
# (slurmd ports follow it), FLURM_ACC_FLURM_DIR [/tmp/flurm-acc-flurm], FLURM_ACC_FLURM_PORT
# [7937], FLURM_ACC_WORK [/tmp/flurm-acc-work]. The real SLURM runs through
# ../shared/tools/slurm-ref-up.sh, which needs root and Debian's slurmctld and slurmd.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SETUP_WHO=${SETUP_WHO:-acceptance}
# shellcheck source=scripts/lib/setup.sh
. "$ROOT/scripts/lib/setup.sh"

acceptance() { # acceptance record|flurm|compare [--only a,b] [--ci]
  ensure_packages munge slurm-client slurmctld slurmd
  ensure_maven
  use_java25
  # FLURM runs from flurm-dist's build (bin/flurm), which must be current, not merely present
  local modules=flurm-acceptance goal=compile
  [[ $1 != record ]] && modules=flurm-acceptance,flurm-dist goal=package
  say "building $modules"
  (cd "$ROOT" && mvn -q -B -o -pl "$modules" -am "$goal" -DskipTests </dev/null) ||
    (cd "$ROOT" && mvn -q -B -pl "$modules" -am "$goal" -DskipTests </dev/null)
  local ref_port=${FLURM_ACC_REF_PORT:-7917} flurm_port=${FLURM_ACC_FLURM_PORT:-7937}
  cd "$ROOT" && "$JAVA_HOME/bin/java" \
    -Dflurm.acceptance.module="$ROOT/flurm-acceptance" \
    -Dflurm.acceptance.shared="$ROOT/../shared" \
    -Dflurm.acceptance.repository="$ROOT" \
    -Dflurm.acceptance.work="${FLURM_ACC_WORK:-/tmp/flurm-acc-work}" \
    -Dflurm.acceptance.ref.dir="${FLURM_ACC_REF_DIR:-/tmp/flurm-acc-ref}" \
    -Dflurm.acceptance.ref.ctld.port="$ref_port" \
    -Dflurm.acceptance.ref.slurmd.port="$((ref_port + 1))" \
    -Dflurm.acceptance.flurm.dir="${FLURM_ACC_FLURM_DIR:-/tmp/flurm-acc-flurm}" \
    -Dflurm.acceptance.flurm.ctld.port="$flurm_port" \
    -Dflurm.acceptance.flurm.slurmd.port="$((flurm_port + 1))" \
    -cp "$ROOT/flurm-acceptance/target/classes" org.flurm.acceptance.Acceptance "$@"
}
