#!/usr/bin/env bash
# Regenerates docs/summary.png, the picture of the Summary sheet shown in README.md:
# runs the job on input-samples/ into a temporary folder, converts the workbook to PDF with
# LibreOffice (headless) and renders the first page with pdftoppm.
# Needs: libreoffice-calc (or libreoffice-calc-nogui) and poppler-utils.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$here/run.sh" --input "$here/input-samples" --period 2026-10 --output "$work/out" --data-dir "$work/data" >/dev/null
soffice --headless -env:UserInstallation="file://$work/lo" --convert-to pdf --outdir "$work" \
  "$work/out/toolspend-2026-10.xlsx" >/dev/null 2>&1
# page 1 is the Summary sheet; keep its upper part (key figures, chart, top actions)
pdftoppm -r 110 -png -f 1 -l 1 -x 40 -y 50 -W 1040 -H 560 "$work/toolspend-2026-10.pdf" "$work/summary"
cp "$work"/summary*.png "$here/docs/summary.png"
echo "wrote docs/summary.png"
