#!/usr/bin/env bash
# Makes sure the Vue 3 CDP page (src/CdpWebVue, the --target vue build) is installed from its lock file and built
# (dist/) from its current sources and the embed contract it imports. Runs only what is stale; parallel callers
# wait for each other. The harness runs it before starting the app's preview server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="$root/src/CdpWebVue"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "e2e: the Vue target needs Node.js 20.19+ and npm (apt-get install nodejs npm as root); node or npm is not on PATH." >&2
  exit 2
fi

mkdir -p "$app/node_modules"
exec 9>"$app/node_modules/.ensure.lock"
flock 9

if [ ! -x "$app/node_modules/.bin/vite" ] || [ "$app/package-lock.json" -nt "$app/node_modules/.package-lock.json" ]; then
  echo "e2e: installing the Vue app's packages (npm ci in src/CdpWebVue)..." >&2
  if ! npm ci --prefix "$app" --no-audit --no-fund --loglevel=error; then
    echo "e2e: npm ci failed in src/CdpWebVue. Check that the npm registry is reachable, then run scripts/ensure-vue-app.sh again." >&2
    exit 2
  fi
fi

built="$app/dist/index.html"
if [ ! -f "$built" ] || [ -n "$(find "$app/src" "$app/index.html" "$app/vite.config.js" "$app/package.json" \
      "$root/contracts/embed-messages.json" -newer "$built" -print -quit)" ]; then
  echo "e2e: building the Vue app (vite build)..." >&2
  (cd "$app" && node node_modules/vite/bin/vite.js build --logLevel warn)
fi
