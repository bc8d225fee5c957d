#!/usr/bin/env bash
# Runs toolspend. On a fresh clone it builds once (quietly), then runs the job.
#
#   ./run.sh                                   the samples in input-samples/, for the month they cover
#   ./run.sh --input DIR --output DIR [--period YYYY-MM] [--lang en|fr|en,fr]    real use (cron calls this)
#   ./run.sh --help                            every option
#   ./run.sh backfill --input DIR --from YYYY-MM --to YYYY-MM   each month in order (a year of history)
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
# The jar unpacked (Spring Boot's layout for class data sharing) and an archive of the classes a run of the
# samples loads: the JVM maps them instead of loading them, about 1.4 s off every run (docs/performance.md).
# Prepared once per jar and JDK, best effort: whatever stops it (a read-only install, another run preparing it
# at the same moment, a failed sample run) leaves the plain jar to run, as fast as before.
app="$here/target/app"
archive="$app/toolspend.jsa"
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

java_bin="$(command -v java || true)"
java_real="$(readlink -f "$java_bin" 2>/dev/null || echo "$java_bin")"

# whether file $2 carries file $1's modification time (stamps copy the jar's and the JDK's: older or newer is a change)
same_time() { [ -e "$1" ] && [ -e "$2" ] && ! [ "$1" -nt "$2" ] && ! [ "$1" -ot "$2" ]; }
prepared() { [ -f "$app/toolspend.jar" ] && same_time "$jar" "$app/.jar" && same_time "$java_real" "$app/.jdk"; }

prepare_app() {
  local fresh scratch
  if ! prepared; then
    fresh="$(mktemp -d "$here/target/app.XXXXXX")" || return 1
    if ! java -Djarmode=tools -jar "$jar" extract --destination "$fresh/app" >/dev/null 2>&1 \
        || ! touch -r "$jar" "$fresh/app/.jar" || ! touch -r "$java_real" "$fresh/app/.jdk"; then
      rm -rf "$fresh"
      return 1
    fi
    rm -rf "$app" && mv "$fresh/app" "$app" && rmdir "$fresh" || return 1
  fi
  [ -f "$archive" ] || [ -f "$app/.no-archive" ] || {
    # one run of the samples, in a scratch folder with its own database, never scheduled, records the classes a
    # run needs; if it fails, its log is kept in $app/.no-archive and it is not tried again for this jar and JDK
    echo "Preparing a faster start (once)..." >&2
    scratch="$(mktemp -d)" || return 0
    # shellcheck disable=SC2086
    if java -XX:ArchiveClassesAtExit="$scratch/toolspend.jsa" ${JAVA_OPTS:-} -Dtoolspend.schedule= \
        -Dtoolspend.catalog= -Dspring.datasource.url="jdbc:hsqldb:file:$scratch/db/toolspend;shutdown=true" \
        -Dspring.datasource.username=sa -Dspring.datasource.password= -jar "$app/toolspend.jar" \
        --input "$here/input-samples" --period "$samples_period" --output "$scratch/out" --data-dir "$scratch/data" \
        >"$scratch/training.log" 2>&1 && [ -f "$scratch/toolspend.jsa" ]; then
      mv -f "$scratch/toolspend.jsa" "$archive" 2>/dev/null || true
    else
      cp "$scratch/training.log" "$app/.no-archive" 2>/dev/null || true
    fi
    rm -rf "$scratch"
  }
  return 0
}

# one run prepares at a time (a lock folder; one left by a killed run is taken back after ten minutes)
lock="$here/target/app.lock"
find "$here/target" -maxdepth 1 -name app.lock -mmin +10 -exec rm -rf {} + 2>/dev/null || true
if ! prepared || { [ ! -f "$archive" ] && [ ! -f "$app/.no-archive" ]; }; then
  if mkdir "$lock" 2>/dev/null; then
    prepare_app || true
    rmdir "$lock" 2>/dev/null || true
  fi
fi
java_cmd=(java)
run_jar="$jar"
if prepared; then
  run_jar="$app/toolspend.jar"
  # an archive the JVM cannot use is skipped; its warnings go to stderr
  [ -f "$archive" ] && java_cmd+=(-XX:SharedArchiveFile="$archive" -Xlog:disable -Xlog:all=warning:stderr)
fi

has_option() {
  local wanted="$1"; shift
  for arg in "$@"; do
    case "$arg" in "$wanted"|"$wanted"=*) return 0 ;; esac
  done
  return 1
}

# a subcommand (./run.sh match …) gets its arguments as they are; status and resend look at the history and log
# where a run of this install keeps them
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
  sub_args=("$@")
  case "$1" in
    status|resend|backfill) has_option --data-dir "$@" || sub_args+=(--data-dir "$here/data") ;;
  esac
  # shellcheck disable=SC2086
  exec "${java_cmd[@]}" ${JAVA_OPTS:-} -jar "$run_jar" "${sub_args[@]}"
fi

args=("$@")
if [ $# -eq 0 ]; then
  # no argument at all: the demo on the bundled samples. Any other command line names its --input (or sets
  # TOOLSPEND_INPUT): a crontab that forgets it must fail, not report on the samples.
  args=(--input "$here/input-samples" --period "$samples_period" --output "$here/output")
fi
if ! has_option --help "$@" && ! has_option -h "$@" && ! has_option --version "$@" && ! has_option -V "$@"; then
  has_option --data-dir "$@" || args+=(--data-dir "$here/data")
fi

# shellcheck disable=SC2086 # JAVA_OPTS holds several words on purpose
exec "${java_cmd[@]}" ${JAVA_OPTS:-} -jar "$run_jar" "${args[@]}"
