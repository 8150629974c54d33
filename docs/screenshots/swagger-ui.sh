#!/usr/bin/env bash
# Takes the README's screenshot of the Swagger UI page: builds the Jersey sample, serves it as
# `mvn -DskipTests -Pserve package` does, and has headless Chromium photograph /docs/ into
# docs/images/swagger-ui.png. Run by hand, not in CI; needs chromium (Debian: apt-get install
# chromium). Arguments go to Maven, such as -o. PORT (8089) and OUT change where it serves and
# what it writes. Refuses to photograph a sample that serves no OpenAPI document.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
port="${PORT:-8089}"
out="${OUT:-$root/docs/images/swagger-ui.png}"
base="http://localhost:$port"
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$chromium" ]]; then
  echo "chromium is not installed" >&2
  exit 1
fi

cd "$root"
log="$(mktemp)"
profile="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n "$server" ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$profile" "$log"
}
trap cleanup EXIT

echo "Building and serving the sample on $base (log: $log)"
mvn -q -DskipTests -Pserve -pl annotations,processor,integration-test package \
  -Dexec.args="$port" "$@" >"$log" 2>&1 &
server=$!

for _ in $(seq 1 300); do
  if curl -fs -o /dev/null "$base/docs/"; then
    break
  fi
  if ! kill -0 "$server" 2>/dev/null; then
    cat "$log" >&2
    echo "the sample stopped before it served $base/docs/" >&2
    exit 1
  fi
  sleep 1
done
if ! curl -fs -o /dev/null "$base/openapi.json"; then
  echo "$base/openapi.json answers no document: nothing worth a screenshot" >&2
  exit 1
fi

mkdir -p "$(dirname "$out")"
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --virtual-time-budget=10000 --window-size=1280,1600 \
  --screenshot="$out" "$base/docs/" 2>/dev/null
echo "Wrote $out"
