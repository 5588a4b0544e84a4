#!/usr/bin/env bash
# The README's sheet pictures: the first printed page of each report of the demo region, as an official gets it on
# paper — `shnor report` writes the demo's reports, LibreOffice prints them to PDF (A4 landscape, as the file sets
# it up), pdftoppm turns each report's first page into docs/pictures/sheet-<report>.png.
# Needs: npm run build:cli, soffice (libreoffice-calc), poppler-utils, fonts-crosextra-carlito.
set -euo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node -e 'require("./scripts/demo/generate.js").generate(process.argv[1])' "$work/demo-region.xlsx" >/dev/null
node bin/shnor.js report "$work/demo-region.xlsx" --out "$work/reports.xlsx" --as-of 2021-06-15 2>/dev/null
soffice --headless "-env:UserInstallation=file://$work/profile" --convert-to pdf --outdir "$work" "$work/reports.xlsx" >/dev/null

pages=$(pdfinfo "$work/reports.pdf" | awk '/^Pages:/ { print $2 }')
declare -A files=(
  ["Группы риска"]=risk-groups ["Сводка рисков"]=risk-summary ["Кураторы"]=curators
  ["Показатели"]=indicators ["Исполнение плана"]=plan-status ["Динамика рисков"]=risk-dynamics
  ["Показатели плана"]=plan-indicators ["Замечания"]=remarks
)
for ((page = 1; page <= pages; page++)); do
  # a report's first page begins with its title: «<report> по состоянию на …»
  title=$(pdftotext -f "$page" -l "$page" "$work/reports.pdf" - | head -n 1)
  name=${title% по состоянию на*}
  if [[ "$name" != "$title" && -n "${files[$name]+x}" ]]; then
    pdftoppm -png -r 70 -singlefile -f "$page" -l "$page" "$work/reports.pdf" "docs/pictures/sheet-${files[$name]}"
    echo "docs/pictures/sheet-${files[$name]}.png ← стр. $page «$name»"
  fi
done
