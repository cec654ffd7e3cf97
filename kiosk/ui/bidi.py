"""Text in its own direction inside a sentence of another (Unicode bidi isolates).

A name, a language's own name, an event type or a plate dropped into an Arabic or a
French sentence keeps its own order and stays one block among the words around it.
"""

from __future__ import annotations

import re

_ARABIC_LETTER = re.compile(r"([\u0600-\u06ff])")


def own_direction(text: str) -> str:
    """``text`` laid out in the direction of its first strong letter (first-strong
    isolate, U+2068 ... U+2069): an Arabic name right to left, a passport number left
    to right."""
    return f"\u2068{text}\u2069" if text else text


def left_to_right(text: str) -> str:
    """``text`` (an event type, an English reason, an address, a command) as one
    left-to-right run (U+2066 ... U+2069), even inside an Arabic sentence."""
    return f"\u2066{text}\u2069" if text else text


def plate(text: str) -> str:
    """A vehicle plate as written on it, left to right, even with an Arabic letter
    (12345-أ-6): a left-to-right mark after each Arabic letter keeps the digits after
    it in place."""
    return left_to_right(_ARABIC_LETTER.sub("\\1\u200e", text))
