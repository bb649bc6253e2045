"""Words and stems: how text becomes the terms the search engines match. No Django imports.

Text is NFC-normalised (so a decomposed "å" equals a precomposed one), lower-cased and split into
runs of letters and digits. Each word is stemmed with the Snowball stemmer of the content's
language (PyStemmer: the same algorithms PostgreSQL's danish/swedish/norwegian/english text-search
configurations use), so "læringsmøderne" and "læringsmøde" share the stem "læringsmød".
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator, Sequence

import Stemmer

# Content language → Snowball algorithm (PyStemmer) and PostgreSQL regconfig: the same names.
SNOWBALL: dict[str, str] = {
    "en": "english",
    "da": "danish",
    "sv": "swedish",
    "nb": "norwegian",
}
LANGUAGES: tuple[str, ...] = tuple(SNOWBALL)

# Only this much of a body is indexed and scanned for snippets: bounds the work for one document
# and keeps a PostgreSQL tsvector far below its 1 MB limit. The migration uses the same figure.
INDEXED_CHARS = 100_000
# Words longer than this are not indexed (a query can never be longer, see query.QUERY_MAX_CHARS).
WORD_MAX_CHARS = 100

WORD_RE = re.compile(r"[^\W_]+")

_local = threading.local()  # PyStemmer objects are not thread-safe: one set per thread.


def _stemmer(language: str) -> Stemmer.Stemmer:
    stemmers: dict[str, Stemmer.Stemmer] | None = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    stemmer = stemmers.get(language)
    if stemmer is None:
        stemmer = stemmers[language] = Stemmer.Stemmer(SNOWBALL[language])
    return stemmer


def normalise(text: str) -> str:
    """NFC, with NUL (which PostgreSQL text cannot hold) replaced by a space."""
    return unicodedata.normalize("NFC", text.replace("\x00", " "))


def words(text: str) -> list[str]:
    """The lower-cased words of `text`, in order."""
    return [m.group().lower() for m in WORD_RE.finditer(normalise(text))]


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, lower-cased word) for each word of an already normalised `text`."""
    for m in WORD_RE.finditer(text):
        yield m.start(), m.end(), m.group().lower()


def stem_words(language: str, items: Sequence[str]) -> list[str]:
    """Snowball stems of lower-cased words, in the given content language."""
    result: list[str] = _stemmer(language).stemWords(list(items))
    return result


def stem(language: str, word: str) -> str:
    result: str = _stemmer(language).stemWord(word)
    return result


def stemmed_text(language: str, text: str) -> str:
    """What the SQLite engine indexes: the stems of the first INDEXED_CHARS, space-separated."""
    found = [w for w in words(text[:INDEXED_CHARS]) if len(w) <= WORD_MAX_CHARS]
    return " ".join(stem_words(language, found))


def restem(language: str, word: str, first: str) -> str | None:
    """A second stem that a query word should also match, or None.

    Swedish Snowball has no "-ena" ending, so the definite plural of a noun in -e keeps an "n":
    "mötena" → "möten", while "möte" → "möt". For such words the stem of the stem ("möt") is
    also a match. Elsewhere stemming twice over-stems ("kollega" → "kol" in Norwegian), so only
    this case.
    """
    if language == "sv" and word.endswith("ena") and first == word[:-1]:
        again = stem(language, first)
        return again if again != first else None
    return None
