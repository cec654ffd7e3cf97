"""The service catalog: categories, service groups, services, documents, fields.

The catalog is data (``assets/catalog/*.json``), validated against a JSON schema at
load (see :mod:`kiosk.catalog_loader`).  These dataclasses are what the rest of the
program sees once a catalog has been accepted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from kiosk.domain.search import normalise
from kiosk.domain.text import LocalText, pick, plural_category

#: Where a kiosk stands.  A kiosk shows only the services offered in its context.
CONTEXTS: tuple[str, ...] = ("hall", "border", "transit")

#: Kinds of detail a service may ask for; validation rules live in kiosk.domain.fields.
FIELD_TYPES: tuple[str, ...] = (
    "name", "phone", "cnie", "passport", "id_number", "country", "email", "plate", "text",
)

#: Reasons a visitor may ask for priority.
PRIORITY_REASONS: tuple[str, ...] = ("elderly", "disability", "pregnancy", "small_child")


@dataclass(frozen=True)
class Group:
    """A service group: one queue, one ticket letter (``C`` in ``C-017``)."""

    id: str
    names: LocalText


@dataclass(frozen=True)
class Category:
    """A family of services on the category screen, with its pictogram."""

    id: str
    names: LocalText
    pictogram: str
    group: str
    order: int = 0


@dataclass(frozen=True)
class Document:
    """A document the visitor should bring."""

    id: str
    names: LocalText
    notes: LocalText = field(default_factory=dict)


@dataclass(frozen=True)
class FieldSpec:
    """A detail the service asks the visitor for."""

    key: str
    type: str
    required: bool = True
    labels: LocalText = field(default_factory=dict)


@dataclass(frozen=True)
class OnlinePlatform:
    """Where the service can also be done online."""

    name: str
    url: str


@dataclass(frozen=True)
class Service:
    """One service a visitor can ask for."""

    id: str
    category: str
    group: str
    pictogram: str
    contexts: tuple[str, ...]
    names: LocalText
    descriptions: LocalText
    administration: LocalText
    documents: tuple[Document, ...]
    fields: tuple[FieldSpec, ...]
    last_checked: date
    fee: LocalText = field(default_factory=dict)
    delay: LocalText = field(default_factory=dict)
    online: OnlinePlatform | None = None
    priority_eligible: bool = True

    def name(self, lang: str) -> str:
        """The service's name in ``lang`` (with fallbacks)."""
        return pick(self.names, lang)

    @property
    def collects_personal_data(self) -> bool:
        """True when the service asks for any detail (so a privacy notice is due)."""
        return bool(self.fields)


@dataclass(frozen=True)
class Catalog:
    """A whole, validated catalog."""

    version: str
    groups: Mapping[str, Group]
    categories: Mapping[str, Category]
    services: Mapping[str, Service]
    texts: Mapping[str, LocalText] = field(default_factory=dict)
    #: government sites a scanned document may point to, with what they are
    domains: Mapping[str, LocalText] = field(default_factory=dict)

    def in_context(self, context: str) -> list[Service]:
        """Services offered in ``context``, in catalog order."""
        return [s for s in self.services.values() if context in s.contexts]

    def categories_in_context(self, context: str) -> list[Category]:
        """Categories that have at least one service in ``context``, sorted by order."""
        used = {s.category for s in self.in_context(context)}
        return sorted((c for c in self.categories.values() if c.id in used),
                      key=lambda c: (c.order, c.id))

    def services_in(self, category: str, context: str) -> list[Service]:
        """Services of ``category`` offered in ``context``."""
        return [s for s in self.in_context(context) if s.category == category]

    def service(self, service_id: str) -> Service:
        """The service with this id; ``KeyError`` if none."""
        return self.services[service_id]

    def text(self, key: str, lang: str, count: int | None = None) -> str:
        """A catalog text (notices, ticket labels) in ``lang``.

        With ``count``, the variant for its plural category (``key#few``...) is used
        when the catalog has one in ``lang``, and ``{n}`` is filled in.  ``#zero`` is
        used for 0 in every language (as ICU's ``=0``).
        """
        if count is None:
            return pick(self.texts.get(key, {}), lang)
        category = "zero" if count == 0 else plural_category(lang, count)  # "=0" wins
        variant = self.texts.get(f"{key}#{category}", {}).get(lang)
        text = variant or pick(self.texts.get(key, {}), lang)
        return text.replace("{n}", str(count))

    def search(self, query: str, context: str) -> list[Service]:
        """Services in ``context`` whose name (in any language) or documents match.

        Other text searched: descriptions, administration, online platform and the
        names of the documents to bring.  Matching ignores case, accents, Arabic
        diacritics and letter variants; every word of the query must appear.  Name
        matches come before other matches.
        """
        words = normalise(query).split()
        if not words:
            return []
        by_name: list[Service] = []
        by_other: list[Service] = []
        for service in self.in_context(context):
            names = " ".join(normalise(n) for n in service.names.values())
            if all(w in names for w in words):
                by_name.append(service)
                continue
            other = " ".join(_haystack(service))
            if all(w in other for w in words):
                by_other.append(service)
        return by_name + by_other


def _haystack(service: Service) -> Iterable[str]:
    yield from (normalise(t) for t in service.names.values())
    yield from (normalise(t) for t in service.descriptions.values())
    yield from (normalise(t) for t in service.administration.values())
    for document in service.documents:
        yield from (normalise(t) for t in document.names.values())
    if service.online:
        yield normalise(service.online.name)
