#!/bin/sh
# Regenerate the translations: extract strings, fill them from catalog.py, compile.
set -e
cd "$(dirname "$0")/../.."
BIN=.venv/bin
$BIN/pyside6-lupdate mediadesk/gui/*.py mediadesk/app.py -no-obsolete \
    -ts resources/i18n/mediadesk_da.ts resources/i18n/mediadesk_nl.ts resources/i18n/mediadesk_en.ts
$BIN/python resources/i18n/catalog.py
for l in da nl en; do
    $BIN/pyside6-lrelease resources/i18n/mediadesk_$l.ts -qm resources/i18n/mediadesk_$l.qm
done
