"""Read the service catalog from JSON files, check it, and build its dataclasses.

A catalog is a folder of ``*.json`` files (or one file), each shaped as described by
``assets/catalog/catalog.schema.json``; the loader merges them.  Each file is checked
against the schema, then the merged whole is cross-checked: references, duplicate ids,
pictogram files, and the texts that the screens and the ticket need.  Services come in
category order, then in the order of their files (by name) and within each file.

Every text is needed in every language of :data:`kiosk.domain.text.REQUIRED_LANGS`.
A text a native speaker has not yet checked is flagged for review, per file
(``"review": {"zgh": "..."}``: every text of that language in the file) or per text
(``"_review": {"nl": "..."}`` beside the languages); flags are counted by
:func:`catalog_report` (``kiosk catalog validate``), never refused.  See docs/CATALOG.md.

Every problem is a :class:`kiosk.errors.CatalogError` naming the file, the entry
(``services[3] (passport)``) and the field (``names.ar``), so that a catalog admin
finds the mistake at once.  No other exception leaves this module.
"""

from __future__ import annotations

import functools
import json
import os
import re
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import SchemaError, ValidationError

from kiosk.catalog_errors import KINDS, doc_order, dotted, schema_error
from kiosk.domain import catalog as model
from kiosk.domain.text import REQUIRED_LANGS
from kiosk.errors import CatalogError
from kiosk.paths import assets_dir

SCHEMA_NAME = "catalog.schema.json"
#: A catalog file larger than this is refused before parsing.
MAX_FILE_BYTES = 2_000_000
#: Most files in a catalog the centre publishes (and a kiosk accepts in a bundle).
MAX_CATALOG_FILES = 200
_CATALOG_FILE_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.json")
#: Texts the screens and the ticket need, with the placeholders each must contain.
REQUIRED_TEXTS: Mapping[str, frozenset[str]] = {
    **dict.fromkeys((
        "notice.privacy.title", "notice.privacy.accept", "notice.privacy.decline",
        "ticket.title", "ticket.service", "ticket.issued_at", "ticket.people_ahead",
        "ticket.estimated_wait", "ticket.documents", "ticket.qr_ticket", "ticket.qr_online",
        "ticket.priority", "ticket.keep", "ticket.not_printed"), frozenset()),
    "notice.privacy.body": frozenset({"days"}),
    "ticket.minutes": frozenset({"n"}),
    "notice.days": frozenset({"n"}),
    "ticket.indicative": frozenset({"date"}),
}
_WHOLE = "(whole file)"
#: The key, beside the languages of a text, that lists its languages awaiting review.
REVIEW_KEY = "_review"


def default_catalog_dir() -> Path:
    """The shipped catalog folder (``assets/catalog``)."""
    return assets_dir() / "catalog"


def default_pictograms_dir() -> Path:
    """The folder in which every pictogram named by the catalog must exist."""
    return assets_dir() / "pictograms"


def schema_path() -> Path:
    """Where the catalog's JSON schema lives."""
    return default_catalog_dir() / SCHEMA_NAME


def catalog_files(path: Path) -> list[Path]:
    """The catalog files at ``path``: the file itself, or a folder's ``*.json`` by name.

    Schema files (``*.schema.json``) are skipped.
    """
    try:
        if not path.is_dir():
            path.stat()  # a missing or unreadable path fails here
            return [path]
        files = sorted(p for p in path.glob("*.json") if not p.name.endswith(".schema.json"))
    except OSError as exc:
        raise CatalogError(str(path), _WHOLE, "-", exc.strerror or str(exc)) from None
    if not files:
        raise CatalogError(str(path), _WHOLE, "-", "no catalog files (*.json) here")
    return files


def catalog_file_name_ok(name: str) -> bool:
    """True for a file name a published catalog (a bundle's ``catalog``) may use.

    A letter or digit first, then letters, digits, ``_``, ``-`` and ``.`` (never
    ``..``), ending in ``.json`` but not ``.schema.json``.  The one rule of the centre
    (publishing) and the kiosk (installing a bundle).
    """
    return (_CATALOG_FILE_NAME_RE.fullmatch(name) is not None and ".." not in name
            and not name.endswith(".schema.json"))


def load_catalog(path: Path | None = None, pictograms: Path | None = None) -> model.Catalog:
    """Load, check and merge the catalog at ``path`` (a folder of ``*.json`` or one file).

    ``path`` defaults to the shipped catalog, ``pictograms`` to ``assets/pictograms``.
    Raises :class:`CatalogError` for the first problem found.
    """
    path = path or default_catalog_dir()
    validator = _validator()
    docs = [(f, read_checked(f, validator)) for f in catalog_files(path)]
    return _build(docs, pictograms or default_pictograms_dir(), str(path))


def validate_file(path: Path, alongside: Path | None = None,
                  pictograms: Path | None = None) -> int:
    """Check one catalog file (or folder) as the kiosk would use it; its number of services.

    See :func:`catalog_report`, which also counts texts and review flags.
    """
    return catalog_report(path, alongside, pictograms).services


@dataclass(frozen=True)
class CatalogReport:
    """What a valid catalog file or folder holds, for the person who edits it."""

    services: int
    #: texts (names, descriptions, documents, labels, notices...), each in every language
    texts: int
    #: per language, the texts flagged as awaiting a native speaker's review
    awaiting_review: Mapping[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """One line, e.g. ``27 services, 312 texts in 8 languages (ar, zgh, ...);
        awaiting a native speaker's review: zgh 312, nl 3``."""
        line = (f"{self.services} services, {self.texts} texts in {len(REQUIRED_LANGS)} "
                f"languages ({', '.join(REQUIRED_LANGS)})")
        flagged = [f"{lang} {n}" for lang, n in self.awaiting_review.items() if n]
        return line + ("; awaiting a native speaker's review: " + ", ".join(flagged)
                       if flagged else "; no text awaiting review")


def catalog_report(path: Path, alongside: Path | None = None,
                   pictograms: Path | None = None) -> CatalogReport:
    """Check a catalog folder, or one file, as the kiosk would use it; what it holds.

    A folder is checked as a whole catalog.  A file is checked against the schema, then
    cross-checked together with the catalog folder ``alongside`` (default: the shipped
    catalog), in which it replaces the file of the same name; the counts are the file's.
    Review flags are counted, not refused.  Raises :class:`CatalogError` for the first
    problem.
    """
    validator = _validator()
    pictograms = pictograms or default_pictograms_dir()
    if path.is_dir():
        docs = [(f, read_checked(f, validator)) for f in catalog_files(path)]
        _build(docs, pictograms, str(path))
        counted = docs
    else:
        doc = read_checked(path, validator)
        alongside = alongside or default_catalog_dir()
        others = [(f, read_checked(f, validator)) for f in catalog_files(alongside)
                  if f.name != path.name]
        _build([*others, (path, doc)], pictograms, str(alongside))
        counted = [(path, doc)]
    texts, awaiting = 0, dict.fromkeys(REQUIRED_LANGS, 0)
    for _, doc in counted:
        for _entry, _field, _text, flagged in local_texts(doc):
            texts += 1
            for lang in flagged:
                awaiting[lang] += 1
    return CatalogReport(services=sum(len(d.get("services", [])) for _, d in counted),
                         texts=texts, awaiting_review=awaiting)


def local_texts(doc: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any],
                                                          frozenset[str]]]:
    """Every text of a schema-checked catalog file, in file order.

    Yields ``(entry, field, text, flagged)``: where the text is (``services[3]
    (passport)``, ``documents[1].names``; ``texts['ticket.title']``, ``""``), the text
    itself (languages, and maybe ``_review``), and the languages of it awaiting review
    (the file's ``review`` and the text's own ``_review``).
    """
    whole_file = frozenset(doc.get("review", {}))

    def flagged(value: Mapping[str, Any]) -> frozenset[str]:
        return whole_file | frozenset(value.get(REVIEW_KEY, {}))

    for kind in KINDS:
        for index, item in enumerate(doc.get(kind, [])):
            entry = f"{kind}[{index}] ({item['id']})"
            for name in ("names", "descriptions", "administration", "fee", "delay"):
                if name in item:
                    yield entry, name, item[name], flagged(item[name])
            for i, document in enumerate(item.get("documents", [])):
                for name in ("names", "notes"):
                    if name in document:
                        text = document[name]
                        yield entry, f"documents[{i}].{name}", text, flagged(text)
            for i, spec in enumerate(item.get("fields", [])):
                yield entry, f"fields[{i}].labels", spec["labels"], flagged(spec["labels"])
    for section in ("texts", "domains"):
        for key, value in doc.get(section, {}).items():
            yield f"{section}[{key!r}]", "", value, flagged(value)


def read_checked(path: Path, validator: Draft202012Validator | None = None) -> dict[str, Any]:
    """Read one catalog file and check it against the schema; return its content."""
    doc = read_json(path)
    errors = (validator or _validator()).iter_errors(doc)
    first = min(errors, key=lambda e: doc_order(doc, e.absolute_path), default=None)
    if first is not None:
        raise schema_error(str(path), doc, first)
    assert isinstance(doc, dict)  # the schema says so
    return doc


def read_json(path: Path) -> Any:
    """Parse a UTF-8 JSON file; any failure is a :class:`CatalogError` with a position."""
    name = str(path)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise CatalogError(name, _WHOLE, "-", f"cannot be read: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise CatalogError(name, _WHOLE, "-", f"larger than {MAX_FILE_BYTES} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - raw.rfind(b"\n", 0, exc.start)
        raise CatalogError(name, _WHOLE, f"line {line}, column {column}",
                           f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); "
                           "save the file with the UTF-8 encoding") from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise CatalogError(name, _WHOLE, f"line {exc.lineno}, column {exc.colno}",
                           f"JSON syntax error: {exc.msg}") from None
    except _BadJson as exc:
        raise CatalogError(name, _WHOLE, exc.args[0], exc.args[1]) from None
    except RecursionError:
        raise CatalogError(name, _WHOLE, "-", "nested too deeply") from None


class _BadJson(ValueError):
    """Valid JSON syntax that a catalog still refuses: ``args`` = (field, problem)."""


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _BadJson(key, f"the key {key!r} appears twice in the same object")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise _BadJson(name, f"{name} is not allowed (not standard JSON)")


# --- schema --------------------------------------------------------------------------

def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    # JSON Schema's "$" ends the text; Python's also matches before a final newline.
    if isinstance(instance, str) and not re.search(re.sub(r"(?<!\\)\$$", r"\\Z", pattern),
                                                   instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_Validator = validators.extend(Draft202012Validator, {"pattern": _ecma_pattern})


def _validator() -> Draft202012Validator:
    path = schema_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = 0  # read_json reports it
    return _compiled(path, stamp)


@functools.lru_cache(maxsize=4)
def _compiled(path: Path, stamp: int) -> Draft202012Validator:
    """The checked schema at ``path`` (cached while the file is unchanged)."""
    schema = read_json(path)
    try:
        _Validator.check_schema(schema)
    except SchemaError as exc:
        raise CatalogError(str(path), "(schema)", dotted(exc.path), exc.message) from None
    validator: Draft202012Validator = _Validator(schema)
    return validator


# --- merging and cross-checks -------------------------------------------------------

@dataclass(frozen=True)
class _Entry:
    """One group, category or service, with where it came from."""

    file: str
    kind: str
    index: int
    data: dict[str, Any]

    def error(self, field: str, problem: str) -> CatalogError:
        name = f"{self.kind}[{self.index}] ({self.data['id']})"
        return CatalogError(self.file, name, field, problem)


def _build(docs: list[tuple[Path, dict[str, Any]]], pictograms: Path, label: str) -> model.Catalog:
    """Merge schema-checked files, cross-check them, and build the catalog."""
    entries: dict[str, dict[str, _Entry]] = {kind: {} for kind in KINDS}
    texts: dict[str, tuple[str, dict[str, str]]] = {}
    domains: dict[str, tuple[str, dict[str, str]]] = {}
    for path, doc in docs:
        for name, value in doc.get("domains", {}).items():
            if name in domains:
                raise CatalogError(str(path), f"domains[{name!r}]", "(key)",
                                   f"duplicate domain, already in {domains[name][0]}")
            domains[name] = (str(path), value)
        for kind in KINDS:
            for index, item in enumerate(doc.get(kind, [])):
                entry, first = _Entry(str(path), kind, index, item), entries[kind].get(item["id"])
                if first is not None:
                    raise entry.error("id", f"duplicate id {item['id']!r}, already in {first.file}"
                                            f" ({kind}[{first.index}])")
                entries[kind][item["id"]] = entry
        for key, value in doc.get("texts", {}).items():
            if key in texts:
                raise CatalogError(str(path), f"texts[{key!r}]", "(key)",
                                   f"duplicate text, already in {texts[key][0]}")
            texts[key] = (str(path), value)
    if not entries["services"]:
        raise CatalogError(label, "services", "-", "the catalog has no services")
    for path, doc in docs:
        _check_languages(str(path), doc)
    _check_references(entries, pictograms)
    _check_texts(texts, label)
    groups, categories = entries["groups"], entries["categories"]
    ordered = sorted(categories.values(), key=lambda e: (e.data["order"], e.data["id"]))
    return model.Catalog(
        version=max((d["version"] for _, d in docs if "version" in d), default=""),
        groups={k: model.Group(k, _langs(e.data["names"])) for k, e in groups.items()},
        categories={e.data["id"]: model.Category(
            id=e.data["id"], names=_langs(e.data["names"]), pictogram=e.data["pictogram"],
            group=e.data["group"], order=e.data["order"]) for e in ordered},
        services={e.data["id"]: _service(e.data, categories[e.data["category"]].data["group"])
                  for e in sorted(entries["services"].values(),  # category order, then file's
                                  key=lambda e: categories[e.data["category"]].data["order"])},
        texts={k: _langs(v) for k, (_, v) in texts.items()},
        domains={k: _langs(v) for k, (_, v) in domains.items()},
    )


def _check_references(entries: dict[str, dict[str, _Entry]], pictograms: Path) -> None:
    """Groups, categories and pictograms exist; dates are real; no id listed twice."""
    groups, categories = entries["groups"], entries["categories"]
    for entry in [*categories.values(), *entries["services"].values()]:
        data = entry.data
        if "group" in data and data["group"] not in groups:
            raise entry.error("group", f"unknown group {data['group']!r}; "
                                       f"groups: {', '.join(groups) or 'none'}")
        if not os.path.isfile(pictograms / data["pictogram"]):
            raise entry.error("pictogram", f"no file {data['pictogram']!r} in {pictograms}")
        if entry.kind == "categories":
            continue
        if data["category"] not in categories:
            raise entry.error("category", f"unknown category {data['category']!r}; "
                                          f"categories: {', '.join(categories) or 'none'}")
        try:
            date.fromisoformat(data["last_checked"])
        except ValueError:
            raise entry.error("last_checked", f"{data['last_checked']!r} is not a real date"
                              ) from None
        for kind, key in (("documents", "id"), ("fields", "key")):
            seen: set[str] = set()
            for i, item in enumerate(data[kind]):
                if item[key] in seen:
                    raise entry.error(f"{kind}[{i}].{key}", f"{item[key]!r} is listed twice")
                seen.add(item[key])


def _check_languages(file: str, doc: Mapping[str, Any]) -> None:
    """Every text of ``doc`` is there, not blank, in every required language."""
    for entry, where, value, _flagged in local_texts(doc):
        for lang in REQUIRED_LANGS:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                problem = "is missing" if text is None else "must not be empty"
                raise CatalogError(file, entry, f"{where}.{lang}" if where else lang,
                                   f"{problem}: every text is needed in "
                                   f"{', '.join(REQUIRED_LANGS)}")


def _placeholders(file: str, entry: str, lang: str, text: str) -> frozenset[str]:
    try:
        return frozenset(n for _, n, _, _ in string.Formatter().parse(text) if n is not None)
    except ValueError as exc:
        raise CatalogError(file, entry, lang, f"braces {{}} do not match: {exc}") from None


def _check_texts(texts: Mapping[str, tuple[str, Mapping[str, str]]], label: str) -> None:
    """Required texts exist, and every text keeps exactly the placeholders it needs.

    A required text has exactly the placeholders of :data:`REQUIRED_TEXTS` in every
    language; any other text has the same placeholders in every language.  A plural
    variant (``ticket.minutes#one``) may leave out its base text's placeholders (Arabic
    writes "one minute" in words) but never add one.
    """
    for key in REQUIRED_TEXTS:
        if key not in texts:
            raise CatalogError(label, f"texts[{key!r}]", "(key)",
                               "required text is missing (the screens and tickets use it)")
    for key, (file, value) in texts.items():
        base, _, variant = key.partition("#")
        wanted = _wanted_placeholders(file, base, texts.get(base, (file, value))[1])
        for lang, text in value.items():
            if lang == REVIEW_KEY:
                continue
            found = _placeholders(file, f"texts[{key!r}]", lang, text)
            if variant and found <= wanted:
                continue
            if found != wanted:
                need = ", ".join("{" + n + "}" for n in sorted(wanted)) or "no {placeholder}"
                raise CatalogError(file, f"texts[{key!r}]", lang,
                                   f"placeholders must be {'among' if variant else 'exactly'}"
                                   f": {need}")


def _wanted_placeholders(file: str, key: str, value: Mapping[str, str]) -> frozenset[str]:
    """The placeholders of text ``key``: as required, else those most of its languages use."""
    if key in REQUIRED_TEXTS:
        return REQUIRED_TEXTS[key]
    sets = [_placeholders(file, f"texts[{key!r}]", lang, text)
            for lang, text in value.items() if lang != REVIEW_KEY]
    return max(sets, key=sets.count, default=frozenset())


def _langs(value: Mapping[str, Any]) -> dict[str, str]:
    """A text's languages, without its review flags."""
    return {lang: text for lang, text in value.items() if lang != REVIEW_KEY}


def _service(data: Mapping[str, Any], category_group: str) -> model.Service:
    online = data.get("online")
    return model.Service(
        id=data["id"], category=data["category"], group=data.get("group", category_group),
        pictogram=data["pictogram"], contexts=tuple(data["contexts"]),
        names=_langs(data["names"]), descriptions=_langs(data["descriptions"]),
        administration=_langs(data["administration"]),
        documents=tuple(model.Document(d["id"], _langs(d["names"]), _langs(d.get("notes", {})))
                        for d in data["documents"]),
        fields=tuple(model.FieldSpec(f["key"], f["type"], f["required"], _langs(f["labels"]))
                     for f in data["fields"]),
        last_checked=date.fromisoformat(data["last_checked"]),
        fee=_langs(data.get("fee", {})), delay=_langs(data.get("delay", {})),
        online=model.OnlinePlatform(online["name"], online["url"]) if online else None,
        priority_eligible=data.get("priority_eligible", True),
    )
