#!/usr/bin/env bash
# Aligns a JSON Lines file of document pairs on this machine with Spark in local mode.
#   duiqi-spark/run-local.sh [IN.jsonl [OUT_DIR [CORES]]]
# Defaults: the bundled example, target/example-aligned (replaced), 2 cores. Builds the module,
# then runs the spark-submit jar (duiqi-spark/target/duiqi-spark-*-all.jar) with Spark's jars from
# the Maven build, and the JVM options Spark 3.5 needs on Java 17. Beads: OUT_DIR/beads,
# failed pairs: OUT_DIR/failures.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
in="${1:-$here/examples/pairs.jsonl}"
out="${2:-$here/target/example-aligned}"
cores="${3:-2}"
if [[ $# -lt 2 ]]; then
  rm -rf "$out"   # only the default output, which this script owns
fi
cd "$here/.."
./mvnw -B -ntp -q -pl duiqi-spark -am -DskipTests package
jar="$(ls "$here"/target/duiqi-spark-*-all.jar)"
opens="$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$here/pom.xml")"
# shellcheck disable=SC2086
exec java $opens -Dlog4j2.configurationFile="$here/examples/log4j2.properties" -cp "$jar:$(cat "$here/target/spark-classpath.txt")" \
    io.github.duiqi.spark.AlignJob --master "local[$cores]" --in "$in" --out "$out"
