#!/usr/bin/env bash
# Refreshes the README's screenshots (tests/browser/screenshots/*.png) from a fresh demo city:
#   bash tests/browser/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tests/browser/setup.sh
cargo build --quiet
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export TOWNHALL_DATA_DIR="$data" TOWNHALL_ADDR="127.0.0.1:$port" TOWNHALL_BASE_URL="http://127.0.0.1:$port"
unset TOWNHALL_DATABASE_URL
password="screenshot-admin-password"
target/debug/townhall demo
echo "$password" | target/debug/townhall create-admin --email admin@example.org
RUST_LOG=warn target/debug/townhall serve &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
node tests/browser/screenshots.mjs "http://127.0.0.1:$port" admin@example.org "$password" tests/browser/screenshots
