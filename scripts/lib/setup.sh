# shellcheck shell=bash
# setup.sh - shared by scripts/*.sh (sourced, not run): install missing Debian packages and
# select Java 25. Each function prints what it does on stderr, prefixed by the calling
# script's name ($SETUP_WHO).

JAVA25_HOME=/usr/lib/jvm/temurin-25-jdk-amd64

say() { echo "[${SETUP_WHO:-flurm}] $*" >&2; }

# missing_packages <package>...: prints those of the given Debian packages not installed
missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

# ensure_packages <package>...: installs the missing ones (apt-get update only if any are);
# as a non-root user, fails naming them instead
ensure_packages() {
  local need
  if ! command -v dpkg-query >/dev/null; then
    say "not a Debian system: make sure these are installed: $*"
    return 0
  fi
  mapfile -t need < <(missing_packages "$@")
  ((${#need[@]})) || return 0
  if [[ $(id -u) != 0 ]]; then
    say "missing packages: ${need[*]}; as root run: apt-get install ${need[*]}"
    return 1
  fi
  say "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" \
    >/dev/null
}

# ensure_maven: installs Debian's maven when there is no mvn on PATH
ensure_maven() {
  command -v mvn >/dev/null || ensure_packages maven
}

# use_java25: exports JAVA_HOME (and PATH) for the Java 25 JDK the build needs
use_java25() {
  if [[ ! -x $JAVA25_HOME/bin/java || ! -x $JAVA25_HOME/bin/javac ]]; then
    say "FLURM builds with Java 25, expected at $JAVA25_HOME (a Temurin 25 JDK); it is missing"
    return 1
  fi
  export JAVA_HOME=$JAVA25_HOME
  export PATH=$JAVA_HOME/bin:$PATH
}
