#!/usr/bin/env bash
# Renders resources/icons/gatescope.svg to the hicolor PNG sizes that are committed beside it
# (resources/icons/hicolor/NxN/apps/gatescope.png). Run after changing the SVG; needs rsvg-convert
# (Debian librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" gatescope.svg -o "hicolor/${size}x${size}/apps/gatescope.png"
done
