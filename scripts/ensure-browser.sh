#!/usr/bin/env bash
# Makes sure a Chromium the harness can drive is on this machine. Order of preference:
# a configured binary (E2E__Browser__ExecutablePath), Playwright-managed browsers, Debian's
# chromium + chromium-driver (installed here when running as root). Never downloads a browser build.
set -euo pipefail
configured="${E2E__Browser__ExecutablePath:-/usr/bin/chromium}"
[ -x "$configured" ] && [ -x /usr/bin/chromedriver ] && exit 0
[ -x "$configured" ] && [ "$configured" != /usr/bin/chromium ] && exit 0
managed="${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"
if [ ! -x /usr/bin/chromium ] && compgen -G "$managed/chromium*" >/dev/null; then exit 0; fi

if [ "$(id -u)" -ne 0 ]; then
  echo "e2e: no Chromium at $configured. Install Debian's packages as root:" >&2
  echo "       apt-get update && apt-get install -y chromium chromium-driver" >&2
  echo "     or point E2E__Browser__ExecutablePath at a Chromium binary." >&2
  exit 2
fi
echo "e2e: installing Debian's chromium and chromium-driver (one-time set-up)..." >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; }; then
  echo "e2e: apt-get could not install chromium chromium-driver. Check the Debian package sources, then run ./e2e again." >&2
  exit 2
fi
