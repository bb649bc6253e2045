"""Highlighted, HTML-safe titles and snippets, built from the stored text. No Django imports.

Both engines give the same output because neither builds it: a word is marked when its Snowball
stem (in the document's language) is one of the query's stems. Everything else is escaped, so
the result can be shown as HTML even when the stored text holds markup.
"""

from __future__ import annotations

import html
from collections.abc import Collection

from samla.search.fulltext.text import normalise, stem_words, word_spans

SNIPPET_CHARS = 240
# A snippet is looked for in the first SCAN_CHARS of a body only: bounded work per hit.
SCAN_CHARS = 20_000
_LEAD_CHARS = 60  # context shown before the first highlighted word of the snippet
_ELLIPSIS = "…"


def _matches(text: str, language: str, stems: Collection[str]) -> list[tuple[int, int]]:
    if not stems:
        return []
    spans = list(word_spans(text))
    unique = list({w for _, _, w in spans})
    stem_of = dict(zip(unique, stem_words(language, unique), strict=True))
    return [(s, e) for s, e, w in spans if stem_of[w] in stems]


def _render(text: str, marks: list[tuple[int, int]]) -> str:
    out: list[str] = []
    pos = 0
    for start, end in marks:
        out.append(html.escape(text[pos:start]))
        out.append("<mark>" + html.escape(text[start:end]) + "</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def highlight(text: str, *, language: str, stems: Collection[str]) -> str:
    """All of `text`, escaped, with matching words in <mark>."""
    text = normalise(text)
    return _render(text, _matches(text, language, stems))


def _window_start(marks: list[tuple[int, int]], width: int) -> int:
    """Start of the `width`-character window holding the most marks (first such window)."""
    best_start, best_count = 0, -1
    for i, (start, _) in enumerate(marks[:200]):
        lo = max(0, start - _LEAD_CHARS)
        count = sum(1 for s, e in marks[i:] if e <= lo + width)
        if count > best_count:
            best_start, best_count = lo, count
    return best_start


def snippet(text: str, *, language: str, stems: Collection[str], width: int = SNIPPET_CHARS) -> str:
    """About `width` characters of `text` around its best run of matches, escaped and marked.

    Cut at word boundaries, with "…" where text was left out. Without a match: the beginning.
    """
    text = normalise(text[:SCAN_CHARS])
    marks = _matches(text, language, stems)
    if len(text) <= width:
        return _render(text, marks)
    start = _cut_back(text, _window_start(marks, width)) if marks else 0
    end = _cut_back(text, min(len(text), start + width))
    if end <= start:
        end = min(len(text), start + width)
    part = text[start:end]
    lead = len(part) - len(part.lstrip())
    inside = [(s - start - lead, e - start - lead) for s, e in marks if s >= start and e <= end]
    prefix = _ELLIPSIS if start > 0 else ""
    suffix = _ELLIPSIS if end < len(text) else ""
    return prefix + _render(part.strip(), inside) + suffix


def _cut_back(text: str, pos: int, limit: int = 30) -> int:
    """`pos`, moved back to just after a space if it falls inside a word (by at most `limit`)."""
    p = pos
    while 0 < p < len(text) and not text[p - 1].isspace() and not text[p].isspace():
        p -= 1
        if pos - p > limit:
            return pos
    return p
