"""Text normalisation for search: case, accents, Arabic diacritics and variants."""

from __future__ import annotations

import re
import unicodedata

# Arabic harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, tatweel.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
    "ک": "ك", "ی": "ي",
})
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def normalise(text: str) -> str:
    """Fold ``text`` for matching: lower case, no accents, no Arabic marks or variants.

    >>> normalise("Extrait d'Acte de NAISSANCE")
    'extrait d acte de naissance'
    >>> normalise("إِسْتِبْدَال") == normalise("استبدال")
    True
    >>> normalise("Reise\u00addokumente")
    'reisedokumente'
    """
    text = _ARABIC_MARKS.sub("", text).replace("\u00ad", "")  # soft hyphens (catalog)
    text = text.translate(_ARABIC_FOLD)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = _PUNCT.sub(" ", stripped)
    return " ".join(stripped.split())
