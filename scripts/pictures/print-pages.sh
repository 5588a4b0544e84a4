#!/usr/bin/env bash
# The pictures of docs/printing.md: the first printed page of each report sheet of the demo region, as an official
# gets it on paper — `shnor report` writes the demo's reports, LibreOffice prints them to PDF (A4 landscape, as the
# file sets it up), pdftoppm turns each sheet's first page into docs/pictures/sheet-<report>.png (50 dpi: small);
# and the first page of «Показатели» in one municipality's own file (--split), docs/pictures/sheet-split-indicators.png.
# Needs: npm run build:cli, soffice (libreoffice-calc), poppler-utils, fonts-crosextra-carlito.
set -euo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node -e 'require("./scripts/demo/generate.js").generate(process.argv[1])' "$work/demo-region.xlsx" >/dev/null
node bin/shnor.js report "$work/demo-region.xlsx" --out "$work/reports.xlsx" --as-of 2021-06-15 2>/dev/null
node bin/shnor.js report "$work/demo-region.xlsx" --out "$work/split.xlsx" --as-of 2021-06-15 --split >/dev/null 2>&1
soffice --headless "-env:UserInstallation=file://$work/profile" --convert-to pdf --outdir "$work" "$work/reports.xlsx" "$work/split-Тарский МР.xlsx" >/dev/null

pages=$(pdfinfo "$work/reports.pdf" | awk '/^Pages:/ { print $2 }')
declare -A files=(
  ["Группы риска"]=risk-groups ["Сводка рисков"]=risk-summary ["Кураторы"]=curators
  ["Показатели"]=indicators ["Исполнение плана"]=plan-status ["Динамика рисков"]=risk-dynamics
  ["Показатели плана"]=plan-indicators ["Замечания"]=remarks ["Показатели — списки школ"]=indicators-lists
  ["Что распознано"]=recognised
)
for ((page = 1; page <= pages; page++)); do
  # a report's first page begins with its title: «<report> по состоянию на …»
  # (head closes the pipe early: pdftotext's SIGPIPE is no failure)
  title=$(pdftotext -f "$page" -l "$page" "$work/reports.pdf" - | head -n 1 || true)
  name=${title% по состоянию на*}
  if [[ "$name" != "$title" && -n "${files[$name]+x}" ]]; then
    pdftoppm -png -r 50 -singlefile -f "$page" -l "$page" "$work/reports.pdf" "docs/pictures/sheet-${files[$name]}"
    echo "docs/pictures/sheet-${files[$name]}.png ← стр. $page «$name»"
  fi
done
split="$work/split-Тарский МР.pdf"
for ((page = 1; page <= $(pdfinfo "$split" | awk '/^Pages:/ { print $2 }'); page++)); do
  title=$(pdftotext -f "$page" -l "$page" "$split" - | head -n 1 || true)
  if [[ "$title" == "Показатели по состоянию"* ]]; then
    pdftoppm -png -r 50 -singlefile -f "$page" -l "$page" "$split" docs/pictures/sheet-split-indicators
    echo "docs/pictures/sheet-split-indicators.png ← стр. $page «Показатели» (Тарский МР)"
  fi
done
