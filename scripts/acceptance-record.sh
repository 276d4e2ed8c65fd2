#!/usr/bin/env bash
# acceptance-record.sh - run every acceptance scenario on the real SLURM 22.05 (a private
# reference cluster on ports 7917-7921, see scripts/lib/acceptance.sh) and write the
# normalised transcripts to flurm-acceptance/src/test/resources/expected/. Review the diff
# (git diff) before committing it: these files are what FLURM is held to.
#   scripts/acceptance-record.sh [--only name1,name2] [--ci]
set -euo pipefail
SETUP_WHO=acceptance-record
. "$(dirname "$0")/lib/acceptance.sh"
acceptance record "$@"
