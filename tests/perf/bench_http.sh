#!/usr/bin/env bash
# `make bench-http`: the site as `make run` serves it (production settings, gunicorn, its own
# var dir, 127.0.0.1 on a free port), measured with wrk, each page interleaved with a static
# CSS file of the same server; a table of throughput, p50 and p99, as a ratio to the static
# file, served from the page cache ("cached") and around it ("uncached": a cookie bypasses
# it), then the page weight of the home and an article on a phone, then each page's SQL
# queries with the demo and with BENCH_SCALE times its content (`load_demo --scale`).
# Environment: BENCH_SECONDS (per measure, 5), BENCH_VAR_DIR (var/bench), WORKERS (2),
# BENCH_SCALE (10).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "Il faut wrk : apt-get install wrk"; exit 1; }
secs=${BENCH_SECONDS:-5}
var=$(realpath -m "${BENCH_VAR_DIR:-var/bench}")
mkdir -p "$var"
[ -f "$var/secret_key" ] || .venv/bin/python -c "import secrets; print(secrets.token_urlsafe(50))" >"$var/secret_key"
port=$(.venv/bin/python -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
base=http://127.0.0.1:$port
export DJANGO_SETTINGS_MODULE=portal.settings.production PORTAL_VAR_DIR=$var \
  SECRET_KEY="$(cat "$var/secret_key")" ALLOWED_HOSTS=127.0.0.1,localhost \
  PORTAL_HTTPS=off SERVE_MEDIA=on DEMO_MODE=on WAGTAILADMIN_BASE_URL=$base
rm -f "$var/db.sqlite3"*  # each run measures the demo as loaded, then scaled
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py collectstatic --noinput -v0
.venv/bin/python manage.py load_demo >/dev/null
setsid .venv/bin/gunicorn portal.wsgi --bind 127.0.0.1:"$port" --workers "${WORKERS:-2}" \
  >"$var/gunicorn.log" 2>&1 &
server=$!
trap 'kill -- -$server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fsS -o /dev/null "$base/" 2>/dev/null && break; sleep 1; done

home=$(curl -s "$base/")
css=$(grep -oE 'href="/static/[^"]+site[^"]*\.css"' <<<"$home" | head -1 | sed 's/href="//;s/"$//')
quartier=$(grep -oE 'href="/[a-z0-9-]+/"' <<<"$home" | head -1 | sed 's/href="//;s/"$//')
gazette=${quartier}gazette/
article=$(curl -s "$base$gazette" | grep -oE "href=\"${gazette}[a-z0-9-]+/\"" | grep -vE 'numero|flux' \
  | head -1 | sed 's/href="//;s/"$//')
declare -A pages=([home]=/ [quartier]=$quartier ["gazette index"]=$gazette [article]=$article \
  [agenda]=${quartier}agenda/ [directory]=${quartier}annuaire/ [search]="/recherche/?q=atelier")
order=(home quartier "gazette index" article agenda directory search)

measure() {  # url [header] -> "req/s p50 p99"
  local out
  out=$(wrk -t2 -c8 -d"${secs}s" --latency ${2:+-H "$2"} "$base$1" 2>&1)
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1=="50%" {print $2}' <<<"$out") $(awk '$1=="99%" {print $2}' <<<"$out")"
}
for url in "$css" "${pages[@]}"; do for _ in 1 2 3; do curl -s -o /dev/null "$base$url"; done; done

printf '%-14s %-8s %9s %8s %9s %9s\n' page mode req/s ratio p50 p99
for name in "${order[@]}"; do
  for mode in cached uncached; do
    header=""; [ "$mode" = uncached ] && header="Cookie: bench=uncached"
    read -r static _ _ <<<"$(measure "$css")"
    read -r rps p50 p99 <<<"$(measure "${pages[$name]}" "$header")"
    printf '%-14s %-8s %9.1f %7.1f%% %9s %9s\n' "$name" "$mode" "$rps" \
      "$(echo "100*$rps/$static" | bc -l)" "$p50" "$p99"
  done
done

echo
echo "page weight on a phone, first visit (HTML, CSS, JS, icon, images as WebP, gzip):"
.venv/bin/python tests/perf/page_weight.py "$base" / "$article"

echo
scale=${BENCH_SCALE:-10}
named=()
for name in "${order[@]}"; do named+=("${name// /-}=${pages[$name]}"); done
counts() { PAGE_CACHE_SECONDS=0 .venv/bin/python tests/perf/query_counts.py "${named[@]}"; }
one=$(counts)
.venv/bin/python manage.py load_demo --scale "$scale" >/dev/null
many=$(counts)
echo "SQL queries per page, with the demo (1 ×) and with $scale × its content:"
join -t $'\t' <(sort <<<"$one") <(sort <<<"$many") \
  | awk -F'\t' -v scale="$scale" 'BEGIN {printf "%-14s %5s %6s\n", "page", "1 ×", scale " ×"} {printf "%-14s %5s %6s\n", $1, $2, $3}'
