#!/usr/bin/env bash
# Install everything thidua needs on a fresh Debian/Ubuntu machine (idempotent):
#   Debian packages: chromium (renders the HTML views in tests), a Java runtime (HermiT reasoner in
#   owlready2), DejaVu fonts (Vietnamese glyphs for the PDF made in tests);
#   Python packages: thidua itself (editable) with its test extras, into the active Python.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "thidua: cài gói hệ thống / installing Debian packages: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

python3 -m pip install -q --disable-pip-version-check -e '.[test]'
