#!/usr/bin/env bash
# Makes the screenshots of docs/review-page.md with the headless Chromium that the browser tests
# drive (Selenium and Debian's chromedriver): aligns the bundled sample
# (docs/examples/news-interleaved.txt) into a review page and photographs the steps of a review.
#
#   docs/tools/review-screenshot.sh        # -> docs/review-page.png, review-selected.png,
#                                          #    review-split.png, review-confirmed.png
#
# Needs: apt-get install -y chromium chromium-driver fonts-noto-cjk   (the CJK fonts render the
# Chinese side)
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "review-screenshot: chromium or chromedriver not found;" \
    "apt-get install -y chromium chromium-driver fonts-noto-cjk" >&2
  exit 2
fi
mkdir -p target/review
./mvnw -B -ntp -q -pl duiqi-cli -am package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/review/classpath.txt" -Dmdep.includeScope=test
java -cp "duiqi-cli/target/test-classes:duiqi-cli/target/classes:$(cat target/review/classpath.txt)" \
  io.github.duiqi.cli.ReviewScreenshots docs/examples/news-interleaved.txt target/review docs
