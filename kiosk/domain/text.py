"""Texts in several languages, and the choice of one for a visitor."""

from __future__ import annotations

from collections.abc import Mapping

#: Every language the kiosk knows of, in the order offered on the language screen.
KNOWN_LANGS: tuple[str, ...] = ("ar", "zgh", "fr", "en", "es", "nl", "de", "it")
#: Languages every catalog text must carry, not empty: all of them.
REQUIRED_LANGS: tuple[str, ...] = KNOWN_LANGS
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

#: "Choose your language" in each language, for the language screen and its voice.
#: review: the Tamazight line was written by a non-native speaker (docs/TRANSLATING.md).
CHOOSE_LANGUAGE: Mapping[str, str] = {
    "ar": "اختر لغتك",
    "zgh": "ⵙⵜⵉ ⵜⵓⵜⵍⴰⵢⵜ ⵏⵏⴽ",
    "fr": "Choisissez votre langue",
    "en": "Choose your language",
    "es": "Elija su idioma",
    "nl": "Kies uw taal",
    "de": "Wählen Sie Ihre Sprache",
    "it": "Scegli la tua lingua",
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
    """The CLDR plural category of the whole number ``n`` in ``lang`` (``one``, ``few``...).

    Arabic has six forms: 1 دقيقة واحدة, 2 دقيقتان, 3-10 دقائق, 11-99 دقيقة, 100 دقيقة.
    French counts 0 and 1 as singular; Spanish, Dutch, German, Italian and English only 1.
    French, Spanish and Italian say "de" after a round million (1 million de jours):
    CLDR's ``many``.  CLDR gives Standard Moroccan Tamazight no rules (everything is
    ``other``), but its noun changes after one (ⵢⴰⵏ ⵡⴰⵙⵙ, 2 ⵏ ⵡⵓⵙⵙⴰⵏ), so the kiosk
    gives it ``one`` for 1, as CLDR does for Central Atlas Tamazight and Tachelhit.
    Any other language: ``one`` for 1, else ``other``.  A catalog text without the
    variant for a category falls back to its plain key (see ``Catalog.text``).
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
    if lang in ("fr", "es", "it") and n and n % 1_000_000 == 0:
        return "many"
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"
