#!/usr/bin/env bash
# Renders a review page and screenshots it with headless Chromium (Debian's `chromium`).
#
#   docs/tools/review-screenshot.sh                      # the sample's page -> docs/review-page.png
#   docs/tools/review-screenshot.sh PAGE.html OUT.png    # any page written by --format html
#
# Without arguments it writes target/review/sample.html from the sample's expected alignment
# (src/test/resources/seed, with plausible made-up scores; see SeedReviewPage in the tests).
# Needs: apt-get install -y chromium fonts-noto-cjk   (the CJK fonts render the Chinese side)
set -euo pipefail
cd "$(dirname "$0")/../.."

page=${1:-}
png=${2:-docs/review-page.png}
if ! command -v chromium >/dev/null; then
  echo "review-screenshot: chromium not found; apt-get install -y chromium fonts-noto-cjk" >&2
  exit 2
fi
if [[ -z "$page" ]]; then
  mkdir -p target/review
  ./mvnw -B -ntp -q test-compile
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=compile \
    -Dmdep.outputFile=target/review/classpath.txt
  page=target/review/sample.html
  java -cp "target/classes:target/test-classes:$(cat target/review/classpath.txt)" \
    io.github.duiqi.format.SeedReviewPage "$page"
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1280,1600 \
  --screenshot="$(realpath -m "$png")" "file://$(realpath "$page")" 2>/dev/null
echo "review-screenshot: $page -> $png"
