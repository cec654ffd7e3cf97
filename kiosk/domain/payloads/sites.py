"""Addresses and plain text: the unsigned formats.

An address is never fetched or opened.  Its host is compared with the known
government domains (a domain or any of its subdomains); anything else, including an
address with user information, a backslash or a non-ASCII host, is an unknown site.
Only ``http`` and ``https`` are addresses: ``javascript:``, ``data:`` and the rest are
plain text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from kiosk.domain.scan import ScanResult, Verdict
from kiosk.domain.text import LocalText

FORMAT_URL = "url"
FORMAT_TEXT = "text"

#: Government sites a visitor's document may point to, with what they are: the default
#: of ParseContext, for tests.  The kiosk uses the catalog's list
#: (assets/catalog/domains.json), which the centre can update.
KNOWN_DOMAINS: Mapping[str, LocalText] = {
    "watiqa.ma": {"ar": "وثيقة — وثائق الحالة المدنية",
                  "fr": "Watiqa — extraits d'actes d'état civil",
                  "en": "Watiqa — civil status certificates"},
    "chikaya.ma": {"ar": "شكاية — البوابة الوطنية للشكايات",
                   "fr": "Chikaya — portail national des réclamations",
                   "en": "Chikaya — national complaints portal"},
    "passeport.ma": {"ar": "جواز السفر البيومتري — الطلب عبر الإنترنت",
                     "fr": "Passeport biométrique — demande en ligne",
                     "en": "Biometric passport — online application"},
    "rokhas.ma": {"ar": "رخص — رخص التعمير والأنشطة الاقتصادية",
                  "fr": "Rokhas — autorisations d'urbanisme et d'activités économiques",
                  "en": "Rokhas — building and business permits"},
    "consulat.ma": {"ar": "قنصليات المغرب — الخدمات القنصلية",
                    "fr": "Consulats du Maroc — services consulaires",
                    "en": "Moroccan consulates — consular services"},
    "tax.gov.ma": {"ar": "المديرية العامة للضرائب",
                   "fr": "Direction générale des impôts",
                   "en": "General Tax Directorate"},
    "taamir.gov.ma": {"ar": "تعمير — التعمير والإسكان",
                      "fr": "Taamir — urbanisme et habitat",
                      "en": "Taamir — urban planning and housing"},
    "wraqi.ma": {"ar": "وراقي — الوثائق الإدارية",
                 "fr": "Wraqi — documents administratifs",
                 "en": "Wraqi — administrative documents"},
    "alhalalmadania.ma": {"ar": "بوابة الحالة المدنية",
                          "fr": "Portail de l'état civil",
                          "en": "Civil status portal"},
    "cnie.ma": {"ar": "البطاقة الوطنية للتعريف الإلكترونية",
                "fr": "CNIE — carte nationale d'identité électronique",
                "en": "CNIE — national electronic identity card"},
    "douane.gov.ma": {"ar": "إدارة الجمارك والضرائب غير المباشرة",
                      "fr": "Administration des douanes et impôts indirects",
                      "en": "Customs and Excise Administration"},
}

_SCHEME_RE = re.compile(r"https?://", re.IGNORECASE)
_HOST_RE = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)*")


def known_label(host: str, known: Mapping[str, LocalText]) -> LocalText | None:
    """The label of the known domain ``host`` is, or is a subdomain of; else None."""
    for domain, label in known.items():
        domain = domain.lower().rstrip(".")
        if host == domain or host.endswith("." + domain):
            return label
    return None


def parse_url(text: str, known: Mapping[str, LocalText]) -> ScanResult | None:
    """The verdict on an ``http(s)`` address, or None when ``text`` is not one."""
    address = text.strip()
    if not _SCHEME_RE.match(address):
        return None
    try:
        parts = urlsplit(address)
        host = (parts.hostname or "").rstrip(".")
        parts.port  # noqa: B018 -- raises ValueError on a bad port
    except ValueError:
        return ScanResult(FORMAT_URL, Verdict.UNKNOWN_SITE, text=address)
    netloc = parts.netloc
    plain = ("@" not in netloc and "\\" not in address and address.isprintable()
             and _HOST_RE.fullmatch(host) is not None)
    label = known_label(host, known) if plain else None
    if label is None:
        return ScanResult(FORMAT_URL, Verdict.UNKNOWN_SITE, text=address,
                          fields={"host": host})
    return ScanResult(FORMAT_URL, Verdict.KNOWN_SITE, text=address, fields={"host": host},
                      label=label)


def parse_text(text: str) -> ScanResult:
    """Plain text: shown as it is, nothing to verify."""
    return ScanResult(FORMAT_TEXT, Verdict.TEXT, text=text)
