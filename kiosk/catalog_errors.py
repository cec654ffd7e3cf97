"""Catalog schema errors worded for the person who edits the catalog.

A JSON Schema violation becomes a :class:`kiosk.errors.CatalogError` naming the file,
the entry (``services[3] (passport)``) and the field (``names.ar``), with the problem
in plain words; when there are several, the first one in the file is reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from jsonschema import ValidationError

from kiosk.domain.text import REQUIRED_LANGS
from kiosk.errors import CatalogError

#: The lists of entries a catalog file may hold.
KINDS = ("groups", "categories", "services")


def doc_order(doc: Any, path: Sequence[Any]) -> tuple[int, ...]:
    """Where ``path`` lies in document order, so that the first mistake is reported."""
    order: list[int] = []
    for part in path:
        if isinstance(doc, dict) and part in doc:
            order.append(list(doc).index(part))
        elif isinstance(doc, list) and isinstance(part, int) and part < len(doc):
            order.append(part)
        else:
            break
        doc = doc[part]
    return tuple(order)


def dotted(parts: Sequence[Any]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _entry_and_field(doc: Any, path: list[Any]) -> tuple[str, list[Any]]:
    if len(path) >= 2 and path[0] in KINDS and isinstance(path[1], int):
        item = doc[path[0]][path[1]]
        ident = item.get("id") if isinstance(item, dict) else None
        name = f"{path[0]}[{path[1]}]"
        if isinstance(ident, str):
            name += f" ({ident})" if ident.isprintable() else f" ({ident!r})"
        return name, path[2:]
    if len(path) >= 2 and path[0] in ("texts", "domains"):
        return f"{path[0]}[{path[1]!r}]", path[2:]
    return "(top level)", path


_TYPE_WORDS = {"object": "an object {...}", "array": "a list [...]", "string": "text in quotes",
               "integer": "a whole number", "boolean": "true or false", "number": "a number"}
_JSON_NAMES = {bool: "true or false", int: "a number", float: "a number", str: "text",
               list: "a list", dict: "an object"}
_PROBLEMS = {
    "enum": "{instance!r} is not allowed; use one of: {choices}",
    "const": "must be {described}",
    "pattern": "{instance!r} is not valid: expected {described}",
    "minLength": "must not be empty",
    "maxLength": "is too long (at most {value} characters)",
    "maxItems": "has too many items (at most {value})",
    "maxProperties": "has too many entries (at most {value})",
    "minProperties": "needs at least {value} entry, or leave it out",
    "minItems": "needs at least {value} item(s)",
    "uniqueItems": "lists the same value twice",
    "minimum": "{instance!r} is too small (minimum {value})",
    "maximum": "{instance!r} is too large (maximum {value})",
}


def schema_error(file: str, doc: Any, error: ValidationError) -> CatalogError:
    """Turn a schema violation into a message a catalog admin can act on."""
    entry, rest = _entry_and_field(doc, list(error.absolute_path))
    kind, value, instance = error.validator, error.validator_value, error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    described = schema.get("description", value)
    if kind == "required":
        missing = next((k for k in value if k not in instance), "?")
        rest.append(missing)
        problem = "is missing (required)"
        if missing in REQUIRED_LANGS and set(REQUIRED_LANGS) <= set(value):
            problem += f": every text is needed in {', '.join(REQUIRED_LANGS)}"
    elif kind == "additionalProperties":
        known = list(schema.get("properties", {}))
        rest.append(next((k for k in instance if k not in known), "?"))
        problem = f"is not a known field here; known fields: {', '.join(known) or 'none'}"
    elif "propertyNames" in error.relative_schema_path:
        entry, rest = _entry_and_field(doc, [*error.absolute_path, instance])
        rest, problem = ["(key)"], f"is not a valid key: expected {described}"
    elif kind == "type":
        found = _JSON_NAMES.get(type(instance), "null")
        problem = f"must be {_TYPE_WORDS.get(str(value), value)}, not {found}"
    elif kind in _PROBLEMS:
        problem = _PROBLEMS[str(kind)].format(
            instance=instance, value=value, described=described,
            choices=", ".join(map(str, value)) if isinstance(value, list) else value)
    else:
        problem = error.message
    return CatalogError(file, entry, dotted(rest) or "(entry)", problem)
