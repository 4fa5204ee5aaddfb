#!/usr/bin/env bash
# Whole-process scale test: generates a synthetic pair of N Chinese sentences (about 1.11 N
# English ones; realistic lengths and bead mix, see SyntheticPair), then aligns it through the
# command line on ONE core with a 1 GiB heap, and prints wall time, CPU time and peak RSS.
# With --eval it also scores the result against the generated gold beads.
#
#   docs/tools/scale-test.sh [N] [--eval]        (N defaults to 1000000)
#
# Needs duiqi-cli/target/duiqi-cli.jar (./mvnw -B -ntp -q package -DskipTests) and the test classes
# (./mvnw -B -ntp -q test-compile); builds whichever is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

n=${1:-1000000}
eval_too=${2:-}
dir=target/scale/$n
mkdir -p "$dir"

[[ -f duiqi-cli/target/duiqi-cli.jar ]] || ./mvnw -B -ntp -q package -DskipTests
[[ -f duiqi/target/test-classes/io/github/duiqi/synthetic/SyntheticPair.class ]] \
  || ./mvnw -B -ntp -q test-compile
if [[ ! -f $dir/001.align ]]; then
  java -cp duiqi/target/test-classes io.github.duiqi.synthetic.SyntheticPair "$n" 20240211 "$dir/001"
fi
echo "input: $(wc -l < "$dir/001.zh") zh lines, $(wc -l < "$dir/001.en") en lines," \
  "$(du -ch "$dir/001.zh" "$dir/001.en" | tail -1 | cut -f1)"

# one core, 1 GiB heap, the whole process: JVM start, reading, aligning, writing
/usr/bin/time -f "duiqi align --presplit: wall %e s, user %U s, sys %S s, max RSS %M KiB" \
  taskset -c 0 java -Xmx1g -jar duiqi-cli/target/duiqi-cli.jar align --presplit --format ladder \
  "$dir/001.zh" "$dir/001.en" > "$dir/out.align"
echo "beads written: $(wc -l < "$dir/out.align")"

if [[ $eval_too == --eval ]]; then
  java -Xmx4g -jar duiqi-cli/target/duiqi-cli.jar eval "$dir"
fi
