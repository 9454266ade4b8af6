#!/usr/bin/env bash
# Renders assets/icon.svg to the PNG sizes in assets/icons/ (committed; rerun after editing the SVG).
# Needs ImageMagick's convert with an SVG reader (on Debian: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p assets/icons
for size in 16 32 48 64 128 256 512; do
  convert -background none assets/icon.svg -resize "${size}x${size}" "assets/icons/icon-$size.png"
done
ls -l assets/icons
