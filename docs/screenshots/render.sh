#!/usr/bin/env bash
# Renders the HTML fragment of both samples in headless Chromium and writes PNGs to docs/images/.
#
# The fragments are the committed snapshots of ReportRenderer.ToHtml (tests/DisclosureModel.Tests/Rendering/
# __snapshots__/ReportRendererTests.Html_of_the_*.snap), which the test suite checks byte for byte against the
# library's output, so this script needs no build. Not part of CI.
#
# Needs Debian's chromium and a CJK font: apt-get install -y chromium fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/../.."

snapshots=tests/DisclosureModel.Tests/Rendering/__snapshots__
out=docs/images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { # render <snapshot name> <png name> <height>
  local page="$work/$2.html"
  {
    printf '<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>%s</title>\n' "$2"
    printf '<style>body { margin: 16px; background: #fff; font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif; }</style>\n'
    printf '</head>\n<body>\n'
    sed '1s/^\xEF\xBB\xBF//' "$snapshots/$1"   # the fragment, without the BOM Snapshooter writes
    printf '</body>\n</html>\n'
  } >"$page"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$(mktemp -d -p "$work")" \
    --screenshot="$out/$2.png" --window-size="1100,$3" "file://$page"
}

render ReportRendererTests.Html_of_the_seed_sample.snap html-yeji-2020 1540
render ReportRendererTests.Html_of_the_2021_sample.snap html-pingtan-2022 1540
ls -l "$out"/html-*.png
