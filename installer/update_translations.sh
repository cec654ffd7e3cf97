#!/usr/bin/env bash
# Refresh the Qt Linguist translation files from the interface code.
#
#   bash installer/update_translations.sh
#
# Reads every self.tr("...") / QCoreApplication.translate("Context", "...") call in
# kiosk/ui/**/*.py with pyside6-lupdate and merges the strings into
# translations/kiosk_ar.ts and translations/kiosk_fr.ts.  Existing translations are
# kept; a new string arrives as "unfinished" (empty) for the translator to fill in
# Qt Linguist; a string no longer in the code is dropped.  Run it after adding or
# changing an interface string, then translate the new strings (translations/README.md).
# The .qm files are compiled from these by installer/install.sh (pyside6-lrelease).
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"

languages=(ar fr)

if [ -x .venv/bin/pyside6-lupdate ]; then
  lupdate=.venv/bin/pyside6-lupdate
elif command -v pyside6-lupdate >/dev/null 2>&1; then
  lupdate="$(command -v pyside6-lupdate)"
else
  echo "jisr: pyside6-lupdate not found: run installer/install.sh first (it makes .venv)," >&2
  echo "jisr: or activate a virtualenv that has PySide6." >&2
  exit 1
fi
if [ -x .venv/bin/python ]; then
  python=.venv/bin/python
else
  python=python3
fi

# Every Python file of the interface, in a stable order.
sources=()
while IFS= read -r -d '' file; do
  sources+=("$file")
done < <(find kiosk/ui -name '*.py' -print0 | LC_ALL=C sort -z)
if [ ${#sources[@]} -eq 0 ]; then
  echo "jisr: no Python files under kiosk/ui" >&2
  exit 1
fi

# lupdate writes into a scratch copy next to the real file (so the source locations it
# records stay relative to translations/), which replaces the real one only if it is sound.
scratch=()
cleanup() { [ ${#scratch[@]} -eq 0 ] || rm -f "${scratch[@]}"; }
trap cleanup EXIT

for lang in "${languages[@]}"; do
  ts="translations/kiosk_${lang}.ts"
  new="translations/.kiosk_${lang}.update.ts"
  scratch+=("$new")
  rm -f "$new"
  [ -e "$ts" ] && cp "$ts" "$new"
  "$lupdate" -silent -no-obsolete -locations relative \
      -source-language en -target-language "$lang" \
      "${sources[@]}" -ts "$new"

  # A string lupdate could not attach to a class or to a translate() context lands in
  # an empty context, where the running kiosk never looks it up: typically
  # QCoreApplication.translate called through an alias named "tr", which lupdate reads
  # as tr(source, disambiguation).  Refuse, rather than lose the real translations.
  if ! "$python" - "$new" <<'PY'
import sys
import xml.etree.ElementTree as ET

bad = []
filename, lines = "", {}
for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    for message in context.iter("message"):
        for where in message.iter("location"):
            # -locations relative: a file is named when it changes, and its line
            # numbers count on from the previous one in the same file
            filename = where.get("filename") or filename
            step = where.get("line", "0")
            lines[filename] = int(step) + (lines.get(filename, 0) if step[0] in "+-" else 0)
        line = lines.get(filename, 0)
        if (context.findtext("name") or "").strip():
            continue
        text = " / ".join(t for t in (message.findtext("source"), message.findtext("comment"))
                          if t)
        bad.append(f"  {filename.removeprefix('../')}:{line}  {text!r}")
if bad:
    print("jisr: lupdate found strings outside any class or translate() context:",
          file=sys.stderr)
    print("\n".join(bad), file=sys.stderr)
    print("jisr: use self.tr(...) inside a class, or call "
          "QCoreApplication.translate(\"Context\", \"text\") by that name (an alias "
          "must be called 'translate', not 'tr'). Translation files left unchanged.",
          file=sys.stderr)
    sys.exit(1)
PY
  then
    exit 1
  fi
done

for lang in "${languages[@]}"; do
  mv "translations/.kiosk_${lang}.update.ts" "translations/kiosk_${lang}.ts"
done
scratch=()

# Tell the developer what is left to translate.
"$python" - "${languages[@]}" <<'PY'
import sys
import xml.etree.ElementTree as ET

for lang in sys.argv[1:]:
    path = f"translations/kiosk_{lang}.ts"
    messages = list(ET.parse(path).getroot().iter("message"))
    todo = [m.findtext("source") for m in messages
            if m.find("translation").get("type") == "unfinished"]
    print(f"jisr: {path}: {len(messages)} strings, {len(todo)} to translate")
    for source in todo:
        print(f"    {source!r}")
PY
