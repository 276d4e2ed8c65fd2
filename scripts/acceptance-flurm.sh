#!/usr/bin/env bash
# acceptance-flurm.sh - run every acceptance scenario on FLURM (a private munged and
# bin/flurm standalone on ports 7937-7941) and compare each with the real SLURM's expected
# transcript. Prints one line per scenario (same / differs), then the diffs.
# Exit: 0 all the same, 1 some differ, 2 FLURM could not be started.
#   scripts/acceptance-flurm.sh [--only name1,name2] [--ci]
set -euo pipefail
SETUP_WHO=acceptance-flurm
. "$(dirname "$0")/lib/acceptance.sh"
acceptance flurm "$@"
