"""Parsing what a person typed into terms both engines can match safely. No Django imports.

A query is at most QUERY_MAX_CHARS characters and QUERY_MAX_WORDS words. Words are runs of
letters and digits (see text.WORD_RE); everything else — quotes aside — is a separator, so
operators such as `AND`, `NEAR`, `*`, `-`, `:`, `(`, `^` or a NUL never reach an engine as syntax:
`AND` is simply the word "and". Text between double quotes is a phrase. Every term is required.

A word matches any of its forms (text.forms): itself and, in Swedish, the plausible base and
inflected forms whose Snowball stems differ ("möte" also matches "mötena", whose stem is "möten",
and "mötena" matches "möte"). Each engine stems the forms as it stemmed the documents:
`alternatives` gives PyStemmer's stems (SQLite, ranking, highlighting), `forms` the words for
PostgreSQL's own stemmer. A quoted phrase is matched as written, without other forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from samla.search.fulltext.text import LANGUAGES, forms, stem_words, words

QUERY_MAX_CHARS = 100
QUERY_MAX_WORDS = 10

_QUOTED_RE = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class Term:
    """One required term: a single word, or a phrase of several words in order."""

    words: tuple[str, ...]

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]

    @property
    def is_empty(self) -> bool:
        return not self.terms

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for term in self.terms for w in term.words)

    def forms(self, language: str) -> list[list[str]]:
        """Per term, the texts any of which satisfies it once stemmed in `language`: a single
        word's forms (text.forms, the word first), or a phrase's words joined by spaces."""
        return [
            [" ".join(term.words)] if term.is_phrase else list(forms(language, term.words[0]))
            for term in self.terms
        ]

    def alternatives(self, language: str) -> list[list[str]]:
        """Per term, the stems (in `language`, by PyStemmer) any of which satisfies it.

        A phrase has one alternative: its words' stems joined by spaces.
        """
        result: list[list[str]] = []
        for term, options in zip(self.terms, self.forms(language), strict=True):
            if term.is_phrase:
                result.append([" ".join(stem_words(language, term.words))])
            else:
                result.append(list(dict.fromkeys(stem_words(language, options))))
        return result

    def stems(self, language: str) -> frozenset[str]:
        """Every stem that counts as a match in a document of `language` (for highlighting)."""
        found: set[str] = set()
        for term, options in zip(self.terms, self.forms(language), strict=True):
            found.update(stem_words(language, term.words if term.is_phrase else options))
        return frozenset(found)


def parse_query(raw: str) -> ParsedQuery:
    """Terms of a query: quoted phrases and single words, at most QUERY_MAX_WORDS words."""
    raw = raw[:QUERY_MAX_CHARS]
    pieces: list[tuple[bool, str]] = []  # (quoted, text)
    pos = 0
    for m in _QUOTED_RE.finditer(raw):
        pieces.append((False, raw[pos : m.start()]))
        pieces.append((True, m.group(1)))
        pos = m.end()
    pieces.append((False, raw[pos:].replace('"', " ")))

    terms: list[Term] = []
    budget = QUERY_MAX_WORDS
    for quoted, text in pieces:
        found = words(text)[:budget]
        budget -= len(found)
        if quoted and len(found) > 1:
            terms.append(Term(tuple(found)))
        else:
            terms.extend(Term((w,)) for w in found)
        if budget <= 0:
            break
    unique = tuple(dict.fromkeys(terms))
    return ParsedQuery(unique)


def fts5_string(text: str) -> str:
    """An FTS5 string literal: never an operator, whatever `text` holds."""
    return '"' + text.replace('"', '""') + '"'


def fts5_match(query: ParsedQuery, languages: tuple[str, ...] = LANGUAGES) -> str:
    """The FTS5 MATCH expression: every term (any of its stems) in one of the languages.

    Each language's group is the AND of its terms; the groups are ORed, so a document matches if
    the query, stemmed as in some language, is all there. (The documents themselves are stemmed
    in their own language only.) Every stem is an FTS5 string, so nothing is parsed as syntax.
    """
    groups: list[str] = []
    for language in languages:
        parts = []
        for options in query.alternatives(language):
            quoted = [fts5_string(s) for s in options]
            parts.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
        group = " AND ".join(parts)
        if group and group not in groups:
            groups.append(group)
    if len(groups) == 1:
        return groups[0]
    return " OR ".join(f"({g})" for g in groups)


# Filters on SQLite can be FTS5 terms too: each document's audience, type, kind, language and
# topics are indexed as tag tokens in a `tags` column, so FTS5 intersects them with the words
# through its index instead of looking up every matching row. A tag is "z", a one-letter field
# name and the value's UTF-8 in hex: letters and digits only, whatever the value.
TAG_FIELDS = {
    "audience": "a",
    "doc_type": "t",
    "kind": "k",
    "language": "l",
    "topic": "p",
}


def fts5_tag(field: str, value: str) -> str:
    return "z" + TAG_FIELDS[field] + value.encode().hex()


def fts5_any_tag(field: str, values: list[str], *, prefix: bool = False) -> str:
    """`tags : (…)` matching any of the values (as prefixes, with `prefix`)."""
    star = "*" if prefix else ""
    options = " OR ".join(fts5_string(fts5_tag(field, v)) + star for v in dict.fromkeys(values))
    return f"tags : ({options})"


def fts5_search(query: ParsedQuery, languages: tuple[str, ...], tag_filters: list[str]) -> str:
    """The whole MATCH expression: the words in title or body, and every tag filter."""
    return " AND ".join([f"{{title body}} : ({fts5_match(query, languages)})", *tag_filters])
