#!/usr/bin/env bash
# QA Desktop's quick start. On a fresh Debian/Ubuntu machine that has only python3:
#   ./run.sh [ARGS…]   install what is missing, then open QA Desktop (ARGS go to qa-desktop)
#   ./run.sh test      install what is missing, then run every test
# System packages are installed with apt-get when this runs as root or with password-less sudo;
# otherwise it prints the exact apt-get line to run and stops. The Python side lives in .venv.
set -euo pipefail
cd "$(dirname "$0")"

# Qt's widgets on X11 (xcb) and offscreen, and venv for Debian's python3.
APP_PACKAGES=(python3-venv libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1
  libfreetype6 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0
  libxcb-xkb1 libxcb-shm0 libxcb-sync1 libxcb-render0
  # HanaMinB: the rare CJK ideographs (Extensions B-F) that no font we ship has, for PDFs.
  fonts-hanazono)
# Tests read PDFs with poppler, open workbooks with LibreOffice, build the bundle with PyInstaller.
TEST_PACKAGES=(poppler-utils poppler-data libreoffice-calc-nogui binutils libpython3.11 xvfb)

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_system() {
  command -v dpkg-query >/dev/null || { echo "run.sh: not a Debian/Ubuntu system; install Qt's runtime libraries by hand." >&2; return 0; }
  local missing
  mapfile -t missing < <(missing_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else
      echo "run.sh: these system packages are missing; install them, then run this again:" >&2
      echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  echo "run.sh: installing ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # With recommends, as Debian installs by default and as the package lists above were measured.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_python() {
  local extras=$1 stamp
  stamp=".venv/.installed-$extras-$(cat pyproject.toml | sha256sum | cut -c1-16)"
  [ -f "$stamp" ] && return 0
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extras"
  rm -f .venv/.installed-*
  touch "$stamp"
}

if [ "${1:-}" = "test" ]; then
  shift
  install_system "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  install_python "[dev]"
  export QT_QPA_PLATFORM=offscreen
  exec .venv/bin/python -m pytest "$@"
fi
install_system "${APP_PACKAGES[@]}"
install_python ""
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run.sh: no display found (DISPLAY is empty); QA Desktop needs a desktop session." >&2
fi
exec .venv/bin/qa-desktop "$@"
