"""Ordering hits: relevance × recency within a bounded candidate set, and the page cursor.

No Django imports. See fulltext/__init__.py for why ranking works on a candidate set.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

# Relevance is multiplied by FLOOR + (1 - FLOOR) * 0.5 ** (age / HALF_LIFE): a match loses half
# of its recency bonus every HALF_LIFE_DAYS but never falls below FLOOR of its relevance, so an
# old, very relevant document still beats a new, barely relevant one.
HALF_LIFE_DAYS = 180.0
FLOOR = 0.25
_DAY = 86_400.0


class Candidate(NamedTuple):
    """A matching document as an engine returns it: id, publication time, raw relevance."""

    id: int
    published_ts: float  # seconds since the epoch
    relevance: float  # higher is better; only comparable within one query on one engine


class Scored(NamedTuple):
    id: int
    score: float


# Term-frequency relevance for stemmed text (the SQLite engine): BM25's saturation and length
# normalisation without its IDF. IDF needs the number of documents holding each term, which FTS5's
# bm25() counts by reading the term's whole posting list: the unbounded work this design avoids.
# Every candidate holds every term anyway (terms are ANDed), and without IDF a document's score
# depends on that document alone, so it does not shift as others are indexed.
TITLE_WEIGHT = 2.5  # as PostgreSQL's weights for A (1.0) and B (0.4)
_K1 = 1.2
_B = 0.75
_AVG_WORDS = {"title": 8.0, "body": 250.0}


def _saturate(tf: int, words: int, avg: float) -> float:
    if tf == 0:
        return 0.0
    return tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * words / avg))


def tf_relevance(title: str, body: str, terms: Sequence[Sequence[str]]) -> float:
    """Relevance of a document, given its stemmed title and body (stems separated by single
    spaces) and, per query term, the stems (or space-joined phrase stems) that satisfy it."""
    # Every stem gets spaces of its own on both sides, so that str.count (which does not
    # overlap matches) counts neighbours: " a  a " holds " a " twice.
    padded_title = " " + title.replace(" ", "  ") + " "
    padded_body = " " + body.replace(" ", "  ") + " "
    title_words, body_words = title.count(" ") + 1, body.count(" ") + 1
    patterns = [[" " + o.replace(" ", "  ") + " " for o in options] for options in terms]
    score = 0.0
    for options in patterns:
        tf_title = sum(padded_title.count(o) for o in options)
        tf_body = sum(padded_body.count(o) for o in options)
        score += TITLE_WEIGHT * _saturate(tf_title, title_words, _AVG_WORDS["title"])
        score += _saturate(tf_body, body_words, _AVG_WORDS["body"])
    return score


def recency(published_ts: float, now_ts: float) -> float:
    age_days = max(0.0, now_ts - published_ts) / _DAY
    decay: float = 0.5 ** (age_days / HALF_LIFE_DAYS)
    return FLOOR + (1.0 - FLOOR) * decay


def rank(candidates: Iterable[Candidate], now_ts: float) -> list[Scored]:
    """Best first; equal scores by newer id first, so the order is total and repeatable."""
    scored = [
        Scored(c.id, max(0.0, c.relevance) * recency(c.published_ts, now_ts)) for c in candidates
    ]
    scored.sort(key=lambda s: (-s.score, -s.id))
    return scored


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended, and the clock its scores were computed with."""

    now_ts: float
    score: float
    id: int


class InvalidCursor(ValueError):
    """A cursor that this module did not produce (or a mangled one)."""


def page_after(ranked: Sequence[Scored], cursor: Cursor | None, limit: int) -> list[Scored]:
    """Up to `limit` + 1 entries strictly after `cursor` in the ranked order (+1: is there more)."""
    if cursor is None:
        return list(ranked[: limit + 1])
    after = [s for s in ranked if (s.score, s.id) < (cursor.score, cursor.id)]
    return after[: limit + 1]


def encode_cursor(cursor: Cursor) -> str:
    raw = json.dumps([1, cursor.now_ts, cursor.score, cursor.id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str) -> Cursor:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        version, now_ts, score, doc_id = json.loads(raw)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise InvalidCursor("not a search cursor") from None
    numbers_ok = all(
        isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)
        for x in (now_ts, score)
    )
    if version != 1 or not numbers_ok or not isinstance(doc_id, int) or isinstance(doc_id, bool):
        raise InvalidCursor("not a search cursor")
    return Cursor(now_ts=float(now_ts), score=float(score), id=doc_id)


def audience_prefixes(unit_path: str | None, step: int) -> list[str]:
    """The audiences a person in `unit_path` belongs to: everyone (""), then each ancestor unit's
    path and their own. A document is visible when its unit_path is one of these."""
    if not unit_path:
        return [""]
    prefixes = [""] + [unit_path[:i] for i in range(step, len(unit_path) + 1, step)]
    return prefixes if prefixes[-1] == unit_path else [*prefixes, unit_path]
