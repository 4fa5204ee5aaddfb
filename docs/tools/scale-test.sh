#!/usr/bin/env bash
# Whole-process scale test through the command line with a 1 GiB heap: JVM start, reading,
# aligning, writing. Prints wall time, CPU time and peak RSS of each run, whether the search's
# cell budget stopped it (the command line's warning), and, with --eval, the exact-bead F1 of
# the written ladder against the pair's gold beads.
#
#   docs/tools/scale-test.sh [N | --pair PREFIX] [--runs K] [--eval] [--one-core] [-- ALIGN_FLAGS...]
#
#   N              a generated pair (SyntheticPair) of N Chinese sentences, about 1.11 N English
#                  ones, written under target/scale/N (default N = 1000000)
#   --pair PREFIX  a pair of real sentences: PREFIX.zh, PREFIX.en (one sentence a line) and
#                  PREFIX.align (the gold ladder), as ../shared/tools/make_synthetic.py writes them
#                  (keep them outside the repository: the sentences are copyrighted)
#   --runs K       align K times (default 1); the output of every run must be the same bytes
#   --one-core     pin the JVM to one core (taskset -c 0); by default it has every core
#   ALIGN_FLAGS    passed to 'duiqi align', e.g. --no-dictionary --without LEARNED_LEXICON
#
# Needs duiqi-cli/target/duiqi-cli.jar (./mvnw -B -ntp -q package -DskipTests), and for a generated
# pair the test classes (./mvnw -B -ntp -q test-compile); builds whichever is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

n=1000000 prefix="" runs=1 eval_too=false pin=()
while (($#)); do
  case $1 in
    --pair) prefix=${2:?--pair needs a path prefix}; shift 2 ;;
    --runs) runs=${2:?--runs needs a count}; shift 2 ;;
    --eval) eval_too=true; shift ;;
    --one-core) pin=(taskset -c 0); shift ;;
    --) shift; break ;;
    [0-9]*) n=$1; shift ;;
    *) echo "scale-test.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
flags=("$@")

[[ -f duiqi-cli/target/duiqi-cli.jar ]] || ./mvnw -B -ntp -q package -DskipTests
if [[ -z $prefix ]]; then
  dir=target/scale/$n
  mkdir -p "$dir"
  [[ -f duiqi/target/test-classes/io/github/duiqi/synthetic/SyntheticPair.class ]] \
    || ./mvnw -B -ntp -q test-compile
  if [[ ! -f $dir/001.align ]]; then
    java -cp duiqi/target/test-classes io.github.duiqi.synthetic.SyntheticPair "$n" 20240211 "$dir/001"
  fi
  prefix=$dir/001
else
  dir=target/scale/$(basename "$prefix")
  mkdir -p "$dir"
fi
for side in zh en align; do
  [[ -f $prefix.$side ]] || { echo "scale-test.sh: no file $prefix.$side" >&2; exit 2; }
done
echo "input: $(wc -l < "$prefix.zh") zh lines, $(wc -l < "$prefix.en") en lines," \
  "$(du -ch "$prefix.zh" "$prefix.en" | tail -1 | cut -f1); align ${flags[*]:-(defaults)}"

first=""
for ((r = 1; r <= runs; r++)); do
  rc=0
  /usr/bin/time -o "$dir/time.txt" -f "wall %e s, user %U s, sys %S s, max RSS %M KiB" \
    "${pin[@]}" java -Xmx1g -jar duiqi-cli/target/duiqi-cli.jar align --presplit --no-progress \
    --format ladder "${flags[@]}" "$prefix.zh" "$prefix.en" > "$dir/out.align" 2> "$dir/err.txt" \
    || rc=$?
  if ((rc != 0)); then
    cat "$dir/err.txt" >&2
    echo "run $r: duiqi align exited with $rc ($(tail -1 "$dir/time.txt"))" >&2
    exit 1
  fi
  budget=$(grep -q "cell budget" "$dir/err.txt" && echo "BUDGET HIT" || echo "no budget hit")
  sum=$(md5sum < "$dir/out.align" | cut -c1-8)
  echo "run $r: $(cat "$dir/time.txt"); $(wc -l < "$dir/out.align") beads, md5 $sum; $budget"
  grep -v "cell budget" "$dir/err.txt" >&2 || true
  if [[ -z $first ]]; then first=$sum
  elif [[ $sum != "$first" ]]; then echo "run $r wrote other bytes than run 1" >&2; exit 1
  fi
done

if $eval_too; then
  # exact-bead F1: a written bead counts when its [zh ids]:[en ids] is a gold bead
  awk -F: 'NR == FNR { gold[$1 ":" $2] = 1; g++; next }
           { o++; if (($1 ":" $2) in gold) tp++ }
           END { p = tp / o; r = tp / g
                 printf "exact beads: %d of %d written, %d gold; P %.4f R %.4f F1 %.4f\n",
                        tp, o, g, p, r, 2 * p * r / (p + r) }' "$prefix.align" "$dir/out.align"
fi
