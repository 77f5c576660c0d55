#!/usr/bin/env bash
# Install everything thidua needs on a fresh Debian/Ubuntu machine (idempotent):
#   Debian packages: python3-venv (Debian's system Python has no venv without it), chromium with chromium-driver (renders the
#   HTML views in tests; Selenium drives it in the workspace's browser tests), a Java runtime (HermiT reasoner in owlready2), DejaVu fonts (Vietnamese glyphs for
#   the PDF made in tests), antiword (reads Word 97–2003 .doc), LibreOffice Writer without its GUI (the
#   tests save the samples as .doc/.odt/.rtf with it, as offices do), Tesseract with its Vietnamese model
#   (scans and photos), Virtuoso 7 (virtuoso-opensource: the store suite runs every command against it
#   and against the Oxigraph server, each started by the tests on 127.0.0.1);
#   Python packages: thidua itself (editable) with its test extras, into the project's own virtual
#   environment .venv/ (made here when missing). A system Python under PEP 668 ("externally managed")
#   is never written to; .venv/bin/thidua and .venv/bin/python are what the README commands run.
#   THIDUA_VENV=DIR puts the environment elsewhere; THIDUA_FRESH_VENV=1 remakes it from nothing (CI).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${THIDUA_VENV:-.venv}

need=()
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || need+=(python3-venv)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource)
command -v antiword >/dev/null 2>&1 || need+=(antiword)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
[ -n "$(ls /usr/share/tesseract-ocr/*/tessdata/vie.traineddata 2>/dev/null)" ] || need+=(tesseract-ocr-vie)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "thidua: cài gói hệ thống / installing Debian packages: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ "${THIDUA_FRESH_VENV:-0}" = 1 ]; then rm -rf "$venv"; fi
if [ ! -x "$venv/bin/python" ]; then
  echo "thidua: tạo môi trường ảo / making the virtual environment $venv"
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check -e '.[test]'
echo "thidua: đã cài vào / installed into $venv (chạy / run: $venv/bin/thidua)"
