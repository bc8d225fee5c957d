#!/usr/bin/env bash
# Runs toolspend. On a fresh clone it builds once (quietly), then runs the job.
#
#   ./run.sh                                   the samples in input-samples/, for the month they cover
#   ./run.sh --input DIR --output DIR [--period YYYY-MM] [--lang en|fr]    real use (cron calls this)
#   ./run.sh --help                            every option
#   ./run.sh match 'PAYPAL *ATLASSIAN' …       how descriptors resolve (tab-separated)
#
# JAVA_OPTS is passed to the JVM, e.g. JAVA_OPTS=-Xmx512m ./run.sh
set -euo pipefail

# A batch job: the throughput collector, unless JAVA_OPTS chooses another (docs/performance.md measures both;
# on 2 cores it takes 0.3-0.8 s off a 17-million-event run, and G1's extra threads buy nothing here).
case " ${JAVA_OPTS:-} " in
  *GC\ *|*GC=*) ;;
  *) JAVA_OPTS="-XX:+UseParallelGC ${JAVA_OPTS:-}" ;;
esac

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/toolspend.jar"
samples_period="2026-10"

needs_build() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]
}

if needs_build; then
  echo "Building toolspend (once)..." >&2
  log="$(mktemp)"
  if ! mvn -q -B -f "$here/pom.xml" -Dmaven.test.skip=true package >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "toolspend stopped: the build failed (see above)" >&2
    exit 1
  fi
  rm -f "$log"
fi

has_option() {
  local wanted="$1"; shift
  for arg in "$@"; do
    case "$arg" in "$wanted"|"$wanted"=*) return 0 ;; esac
  done
  return 1
}

# a subcommand (./run.sh match …) gets its arguments as they are
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
  # shellcheck disable=SC2086
  exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
fi

args=("$@")
if ! has_option --help "$@" && ! has_option -h "$@" && ! has_option --version "$@" && ! has_option -V "$@"; then
  if ! has_option --input "$@"; then
    args=(--input "$here/input-samples" "${args[@]}")
    has_option --period "$@" || args+=(--period "$samples_period")
    has_option --output "$@" || args+=(--output "$here/output")
  fi
  has_option --data-dir "$@" || args+=(--data-dir "$here/data")
fi

# shellcheck disable=SC2086 # JAVA_OPTS holds several words on purpose
exec java ${JAVA_OPTS:-} -jar "$jar" "${args[@]}"
