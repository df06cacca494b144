#!/bin/sh
# Installs what articled needs on a Debian or Ubuntu machine (Swift itself aside).
set -eu
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
if ! dpkg -s libinotifytools0-dev >/dev/null 2>&1; then
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq libinotifytools0-dev
fi
