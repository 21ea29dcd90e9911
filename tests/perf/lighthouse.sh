#!/usr/bin/env bash
# `make lighthouse`: Lighthouse's four scores (mobile) of the home, a quartier and an article
# of a running site (`make run` in another terminal; BASE, http://127.0.0.1:8000 by default),
# with Debian's chromium. Lighthouse 12.2.3 is installed once in var/lighthouse from npm
# (13 wants Node 22). Served by gunicorn alone, HTML is not compressed: nginx does it in
# production (deploy/nginx.conf), so "uses-text-compression" is expected here.
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${BASE:-http://127.0.0.1:8000}
tool=var/lighthouse
if [ ! -x "$tool/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tool"
  (cd "$tool" && npm init -y >/dev/null && npm install --silent -E lighthouse@12.2.3)
fi
home=$(curl -fsS "$base/")
quartier=$(grep -oE 'href="/[a-z0-9-]+/"' <<<"$home" | head -1 | sed 's/href="//;s/"$//')
article=$(curl -fsS "$base${quartier}gazette/" | grep -oE "href=\"${quartier}gazette/[a-z0-9-]+/\"" \
  | grep -vE 'numero|flux' | head -1 | sed 's/href="//;s/"$//')
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking"
flags="$flags --disable-component-update --disable-sync --no-first-run"
for path in / "$quartier" "$article"; do
  report=$(mktemp --suffix=.json)
  CHROME_PATH=/usr/bin/chromium "$tool/node_modules/.bin/lighthouse" "$base$path" --quiet \
    --form-factor=mobile --output=json --output-path="$report" --chrome-flags="$flags"
  python3 - "$report" "$path" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
scores = {name: category["score"] for name, category in report["categories"].items()}
print(sys.argv[2], " ".join(f"{name} {round(100 * (score or 0))}" for name, score in scores.items()))
for name, audit in report["audits"].items():
    if audit.get("score") is not None and audit["score"] < 1 and audit.get("scoreDisplayMode") in ("binary", "metricSavings"):
        print("   ", name, audit.get("displayValue", ""))
PY
  rm -f "$report"
done
