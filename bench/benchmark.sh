#!/usr/bin/env bash
# toolspend against DuckDB on generated datasets: see docs/performance.md. Not part of the build or of CI.
#
#   bench/benchmark.sh                                  all datasets, 3 runs each, data under /tmp/toolspend-bench
#   bench/benchmark.sh --datasets sme,enterprise --runs 3 --work /tmp/toolspend-bench --xmx 512m
#   bench/benchmark.sh --datasets enterprise --jvm "-XX:+UseG1GC"        the JVM flags besides -Xmx (default: run.sh's)
#
# Builds the jar and lets run.sh prepare it, then runs dev.toolspend.bench.ToolspendBenchmark with DuckDB (the 'benchmark' Maven profile)
# on the test classpath. Exit status 1 when toolspend, DuckDB and the generator disagree on any figure.
# Generated datasets take about 7 GB under --work (check df -h first).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mvn -q -B -Dmaven.test.skip=true package
./run.sh --version >/dev/null     # run.sh's one-time preparation (unpacked jar, class archive) is not measured
mvn -q -B -Pbenchmark test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.toolspend.bench.ToolspendBenchmark --run-sh run.sh "$@"
