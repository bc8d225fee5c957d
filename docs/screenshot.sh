#!/usr/bin/env bash
# Regenerates the pictures of the Summary sheet shown in README.md: docs/summary.png (English) and
# docs/summary-fr.png (French). Runs the job on input-samples/ into a temporary folder in each language, converts
# the workbook to PDF with LibreOffice (headless) and renders the first page (the Summary, one page) with pdftoppm.
# Needs: libreoffice-calc (or libreoffice-calc-nogui) and poppler-utils.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# September first, into the history: October's Summary shows what changed since (realized savings, new findings)
"$here/run.sh" --input "$here/input-samples" --period 2026-09 --output "$work/september" --data-dir "$work/data" >/dev/null
for lang in en fr; do
  out="$work/$lang"
  "$here/run.sh" --input "$here/input-samples" --period 2026-10 --lang "$lang" --output "$out/out" \
    --data-dir "$work/data" >/dev/null
  workbook="$(ls "$out"/out/toolspend-2026-10*.xlsx)"
  soffice --headless -env:UserInstallation="file://$work/lo" --convert-to pdf --outdir "$out" "$workbook" >/dev/null 2>&1
  name="summary"
  [ "$lang" = fr ] && name="summary-fr"
  # page 1 is the whole Summary: what to decide, the figures and their charts
  pdftoppm -r 100 -png -f 1 -l 1 -singlefile "$out"/toolspend-2026-10*.pdf "$out/$name"
  cp "$out/$name.png" "$here/docs/$name.png"
  echo "wrote docs/$name.png"
done
