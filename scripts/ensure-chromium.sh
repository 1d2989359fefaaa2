#!/usr/bin/env bash
# Install Debian's chromium and fonts for the browser tests when they are missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi dejavu; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium is missing: run as root, or apt-get install chromium fonts-dejavu-core" >&2
  exit 1
fi
echo "Installing Debian's chromium and fonts…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  chromium fonts-dejavu-core fonts-liberation2 >/dev/null
