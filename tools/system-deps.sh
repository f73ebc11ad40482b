#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, only when something is missing.
set -euo pipefail
need=()
# grep reads to the end (no -q): with pipefail, an early exit would kill ldconfig/fc-list with SIGPIPE
# and the check would fail at random, reinstalling packages that are there.
have_lib() { ldconfig -p 2>/dev/null | grep "$1" >/dev/null; }
have_lib libEGL.so.1 || need+=(libegl1)
have_lib libGL.so.1 || need+=(libgl1)
have_lib libxkbcommon.so.0 || need+=(libxkbcommon0)
have_lib libfontconfig.so.1 || need+=(libfontconfig1)
have_lib libdbus-1.so.3 || need+=(libdbus-1-3)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v objcopy >/dev/null || need+=(binutils)  # PyInstaller (make bundle) embeds its archive with objcopy
command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
fc-list 2>/dev/null | grep -i dejavu >/dev/null || need+=(fonts-dejavu-core)
if [ "${1:-}" = "screenshots" ]; then
  # make screenshots: Xvfb, the libraries Qt's xcb platform plugin loads, and PNG shrinkers.
  command -v xvfb-run >/dev/null || need+=(xvfb xauth)
  have_lib libxcb-icccm.so.4 || need+=(libxcb-icccm4)
  have_lib libxcb-keysyms.so.1 || need+=(libxcb-keysyms1)
  have_lib libxcb-image.so.0 || need+=(libxcb-image0)
  have_lib libxcb-render-util.so.0 || need+=(libxcb-render-util0)
  have_lib libxcb-xinerama.so.0 || need+=(libxcb-xinerama0)
  have_lib libxcb-cursor.so.0 || need+=(libxcb-cursor0)
  have_lib libxcb-shape.so.0 || need+=(libxcb-shape0)
  have_lib libxcb-randr.so.0 || need+=(libxcb-randr0)
  have_lib libxcb-xkb.so.1 || need+=(libxcb-xkb1)
  have_lib libxkbcommon-x11.so.0 || need+=(libxkbcommon-x11-0)
  command -v pngquant >/dev/null || need+=(pngquant)
  command -v optipng >/dev/null || need+=(optipng)
fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Paket sistem belum terpasang: ${need[*]} (pasang dengan apt-get sebagai root)" >&2
  exit 0
fi
echo "Memasang paket sistem: ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
