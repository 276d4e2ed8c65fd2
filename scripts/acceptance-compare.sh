#!/usr/bin/env bash
# acceptance-compare.sh - run every acceptance scenario live on the real SLURM and then on
# FLURM, and print a per-scenario table (same / differs) followed by the diff of each
# scenario that differs. Nothing is written to the expected files.
# Exit: 0 all the same, 1 some differ, 2 a target could not be started.
#   scripts/acceptance-compare.sh [--only name1,name2] [--ci]
set -euo pipefail
SETUP_WHO=acceptance-compare
. "$(dirname "$0")/lib/acceptance.sh"
acceptance compare "$@"
