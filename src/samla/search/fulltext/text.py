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


# Plausible other forms of a query word, per content language (see `forms`). Only Swedish needs
# them so far: Danish, Norwegian and English Snowball give the examples one stem.
FORMS_MAX = 6
_SV_VOWELS = frozenset("aeiouyåäöé")
_SV_LEMMA_MIN = 3  # shorter "base forms" are too often other words


def _swedish_lemmas(word: str) -> list[str]:
    """Base forms `word` may be an inflection of, by the noun endings Snowball does not strip."""
    found: list[str] = []
    one_off, two_off = len(word) - 1 >= _SV_LEMMA_MIN, len(word) - 2 >= _SV_LEMMA_MIN
    if word.endswith("na") and two_off and word[-3] in _SV_VOWELS:
        found.append(word[:-2])  # definite plural: möte-na, tema-na, hjärta-na
    if word.endswith(("n", "t")) and one_off and word[-2] in _SV_VOWELS:
        found.append(word[:-1])  # möte-n, möte-t, flicka-n, idé-n
    if word.endswith(("en", "et")) and two_off and word[-3] not in _SV_VOWELS:
        found.append(word[:-2])  # hus-et, projekt-et, resultat-en
    return found


def _swedish_inflections(lemma: str) -> list[str]:
    """The definite and plural forms of a noun whose stems Snowball may not share with it."""
    if lemma[-1] in _SV_VOWELS:
        return [lemma + "n", lemma + "t", lemma + "na"]  # mötet, mötena; flickan; temana
    return [lemma + "et", lemma + "en"]  # huset, projektet, resultaten


def _swedish_forms(word: str) -> list[str]:
    """The word; each base form it may be an inflection of, with that one's forms; then the
    word's own forms (it may be a base form itself: "resultat", not "resulta" + t)."""
    found = [word]
    for lemma in _swedish_lemmas(word):
        found.extend([lemma, *_swedish_inflections(lemma)])
    if not (word.endswith("na") and word[-3:-2] in _SV_VOWELS | {"r"}):  # plural already
        found.extend(_swedish_inflections(word))
    return found


_FORMS = {"sv": _swedish_forms}


def forms(language: str, word: str) -> tuple[str, ...]:
    """The lower-cased `word` and plausible other forms of it: the texts a query word is matched
    by, each stemmed by the engine in the content language. The word itself comes first.

    Snowball stems every form of most words alike, but not all of Swedish: "möte" stems to "möt"
    and "mötena" (the meetings) to "möten"; "flicka" to "flick" and "flickan" to "flickan";
    PostgreSQL's older Swedish stemmer also keeps "mötet" whole. So for a Swedish word we guess
    its base forms by the noun endings Snowball leaves (-na after a vowel, -n or -t after a
    vowel, -en or -et after a consonant) and add each one's definite and plural forms, then the
    word's own (it may be a base form itself), most plausible first, at most FORMS_MAX.

    Forms are words, not stems: each engine stems them as it stemmed the documents, so engines
    with different Snowball versions both match. Most guesses are not words at all ("flickat");
    their stems match nothing. Words with digits, and words in other languages, are left alone.
    """
    expand = _FORMS.get(language)
    if expand is None or len(word) < _SV_LEMMA_MIN or not word.isalpha():
        return (word,)
    return tuple(dict.fromkeys(expand(word)))[:FORMS_MAX]
