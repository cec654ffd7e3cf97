"""Texts in several languages, and the choice of one for a visitor."""

from __future__ import annotations

from collections.abc import Mapping

#: Languages a catalog must carry in full today (the languages issue adds five more).
REQUIRED_LANGS: tuple[str, ...] = ("ar", "fr", "en")
#: Every language the kiosk knows of, in the order offered on the language screen.
KNOWN_LANGS: tuple[str, ...] = ("ar", "zgh", "fr", "en", "es", "nl", "de", "it")
#: Languages written right to left.
RTL_LANGS: frozenset[str] = frozenset({"ar"})
#: Each language's name in itself, for the language screen.
NATIVE_NAMES: Mapping[str, str] = {
    "ar": "العربية",
    "zgh": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    "fr": "Français",
    "en": "English",
    "es": "Español",
    "nl": "Nederlands",
    "de": "Deutsch",
    "it": "Italiano",
}

LocalText = Mapping[str, str]


def pick(text: LocalText, lang: str, fallbacks: tuple[str, ...] = ("en", "fr", "ar")) -> str:
    """Return ``text`` in ``lang``, else in the first fallback present, else ``""``."""
    for code in (lang, *fallbacks):
        value = text.get(code)
        if value:
            return value
    return next(iter(text.values()), "")


def is_rtl(lang: str) -> bool:
    """True when ``lang`` is written right to left."""
    return lang in RTL_LANGS


def plural_category(lang: str, n: int) -> str:
    """The CLDR plural category of ``n`` in ``lang`` (``one``, ``few``, ``other``...).

    Arabic has six forms: 1 دقيقة واحدة, 2 دقيقتان, 3-10 دقائق, 11-99 دقيقة, 100 دقيقة.
    French counts 0 and 1 as singular; the other languages here only 1.
    """
    n = abs(n)
    if lang == "ar":
        if n == 0:
            return "zero"
        if n == 1:
            return "one"
        if n == 2:
            return "two"
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
        return "other"
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"
