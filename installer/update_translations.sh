#!/usr/bin/env bash
# Refresh the Qt Linguist translation files from the interface code.
#
#   bash installer/update_translations.sh          # every language
#   bash installer/update_translations.sh de it    # only these
#
# Reads every self.tr("...") / QCoreApplication.translate("Context", "...") call in
# kiosk/ui/**/*.py with pyside6-lupdate and merges the strings into
# translations/kiosk_<lang>.ts for every language below.  Existing translations are
# kept; a new string arrives as "unfinished" (empty) for the translator to fill in
# Qt Linguist; a string no longer in the code is dropped.  English is the source
# language: kiosk_en.ts holds only the plural messages (lupdate -pluralonly), so that
# English says "1 minute" / "5 minutes" rather than "minute(s)".  Run it after adding
# or changing an interface string, then translate the new strings
# (docs/TRANSLATING.md).  The .qm files are compiled from these by installer/install.sh
# (pyside6-lrelease).
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"

# Every language of kiosk.domain.text.KNOWN_LANGS; "zgh" is Standard Moroccan Tamazight
# (Tifinagh), a code QLocale knows.  Adding one: docs/TRANSLATING.md.
languages=(ar zgh fr en es nl de it)
# Qt's plural rules (lupdate, lrelease, Linguist) know no Tamazight.  lrelease and Linguist
# then assume one plural form, but lupdate refuses to update a file that already holds
# translations ("the target language is not recognized").  So lupdate reads such a file
# under a stand-in language that also has one form (Japanese), and the file gets its own
# code back straight after.  The kiosk loads kiosk_<lang>.qm by name, never by this code.
declare -A stand_in=([zgh]=ja)

# Only some languages, if named:  bash installer/update_translations.sh de it
if [ $# -gt 0 ]; then
  for lang in "$@"; do
    if [[ " ${languages[*]} " != *" $lang "* ]]; then
      echo "jisr: unknown language '$lang'; the languages are: ${languages[*]}" >&2
      exit 1
    fi
  done
  languages=("$@")
fi

# set_language CODE FILE: the language="..." attribute of FILE's <TS> element.
set_language() {
  sed -i -E '0,/<TS /s/(<TS [^>]* language=")[^"]*"/\1'"$1"'"/' "$2"
}

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
  only=()
  if [ "$lang" = en ]; then
    only=(-pluralonly)  # the source language: its plural messages only
  fi
  as="${stand_in[$lang]:-$lang}"
  if [ -e "$new" ]; then
    set_language "$as" "$new"
    new_file=()
  else  # lupdate makes it; these only name the languages of a new file
    new_file=(-source-language en -target-language "$as")
  fi
  if ! said="$("$lupdate" -silent -no-obsolete -locations relative ${only[@]+"${only[@]}"} \
      ${new_file[@]+"${new_file[@]}"} "${sources[@]}" -ts "$new" 2>&1)"; then
    printf '%s\n' "$said" >&2
    echo "jisr: lupdate failed on $ts; translation files left unchanged." >&2
    exit 1
  fi
  [ -z "$said" ] || printf '%s\n' "$said" >&2
  if grep -q "won't be updated" <<<"$said"; then  # lupdate says so, yet exits 0
    echo "jisr: lupdate did not update $ts; translation files left unchanged." >&2
    exit 1
  fi
  set_language "$lang" "$new"

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
