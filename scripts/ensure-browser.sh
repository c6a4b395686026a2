#!/usr/bin/env bash
# Makes sure a Chromium the harness can drive is on this machine. Order of preference:
# a configured binary (E2E__Browser__ExecutablePath), Playwright-managed browsers, Debian's
# chromium + chromium-driver + chromium-headless-shell (installed here when running as root; the headless shell is what
# headless web sessions run, full Chromium the headed and mobile ones). Never downloads a browser build.
set -euo pipefail
configured="${E2E__Browser__ExecutablePath:-/usr/bin/chromium}"
shell="${E2E__Browser__HeadlessShellPath-/usr/bin/chromium-headless-shell}"
has_shell() { [ -z "$shell" ] || [ -x "$shell" ]; }
[ -x "$configured" ] && [ -x /usr/bin/chromedriver ] && has_shell && exit 0
[ -x "$configured" ] && [ "$configured" != /usr/bin/chromium ] && exit 0
managed="${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"
if [ ! -x /usr/bin/chromium ] && compgen -G "$managed/chromium*" >/dev/null; then exit 0; fi

packages="chromium chromium-driver chromium-headless-shell"
if [ "$(id -u)" -ne 0 ]; then
  if [ -x "$configured" ] && [ -x /usr/bin/chromedriver ]; then
    echo "e2e: no headless shell at $shell: headless web sessions run full Chromium, which costs about three times the CPU." >&2
    echo "     apt-get install -y chromium-headless-shell (as root) makes them lighter." >&2
    exit 0
  fi
  echo "e2e: no Chromium at $configured. Install Debian's packages as root:" >&2
  echo "       apt-get update && apt-get install -y $packages" >&2
  echo "     or point E2E__Browser__ExecutablePath at a Chromium binary." >&2
  exit 2
fi
echo "e2e: installing Debian's $packages (one-time set-up)..." >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq $packages >/dev/null; }; then
  echo "e2e: apt-get could not install $packages. Check the Debian package sources, then run ./e2e again." >&2
  exit 2
fi
