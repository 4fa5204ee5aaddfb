#!/usr/bin/env bash
# Renders a review page and screenshots it with headless Chromium (Debian's `chromium`).
#
#   docs/tools/review-screenshot.sh                      # the sample's page -> docs/review-page.png
#   docs/tools/review-screenshot.sh PAGE.html OUT.png    # any page written by --format html
#
# Without arguments it builds the command-line jar and aligns the bundled sample
# (docs/examples/news-interleaved.txt) into target/review/sample.html.
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
  ./mvnw -B -ntp -q -DskipTests package
  page=target/review/sample.html
  java -jar duiqi-cli/target/duiqi-cli.jar align --interleaved --format html -o "$page" \
    docs/examples/news-interleaved.txt
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1280,1600 \
  --screenshot="$(realpath -m "$png")" "file://$(realpath "$page")" 2>/dev/null
echo "review-screenshot: $page -> $png"
