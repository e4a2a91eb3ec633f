#!/usr/bin/env bash
# Regenerates the macOS icon from the application icon drawn in icons/app/ (run after that icon changes).
# Linux uses icons/app/costbench-256.png and Windows icons/app/costbench.ico as they are; macOS needs
# .icns with 512 and 1024 px renditions, which are rendered here from the SVG rather than upscaled.
# Needs rsvg-convert (librsvg2-bin) and png2icns (icnsutils) from Debian.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 32 48 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" icons/app/costbench.svg -o "$work/costbench-$size.png"
done
png2icns installer/icons/costbench.icns "$work"/costbench-{16,32,48,128,256,512,1024}.png
