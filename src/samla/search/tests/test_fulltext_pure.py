"""The plain modules of full-text search (no database): parsing, FTS5 expressions, highlighting,
ranking and cursors."""

from __future__ import annotations

import contextlib
import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samla.search.fulltext.highlight import highlight, snippet
from samla.search.fulltext.query import (
    QUERY_MAX_WORDS,
    ParsedQuery,
    Term,
    fts5_any_tag,
    fts5_match,
    fts5_search,
    fts5_tag,
    parse_query,
)
from samla.search.fulltext.ranking import (
    Candidate,
    Cursor,
    InvalidCursor,
    audience_prefixes,
    decode_cursor,
    encode_cursor,
    page_after,
    rank,
    recency,
    tf_relevance,
)
from samla.search.fulltext.text import forms, normalise, stem, stemmed_text, words

OPERATORISH = st.one_of(
    st.text(max_size=150),
    st.lists(
        st.sampled_from(['"', "*", "NEAR", "AND", "OR", "-", ":", "(", ")", "^", "\x00", " ", "x"]),
        max_size=60,
    ).map("".join),
)


@settings(max_examples=500)
@given(OPERATORISH)
def test_parsed_words_are_bounded_letters_and_digits(raw: str) -> None:
    parsed = parse_query(raw)
    assert len(parsed.words) <= QUERY_MAX_WORDS
    assert sum(len(w) for w in parsed.words) <= 100
    for word in parsed.words:
        assert re.fullmatch(r"[^\W_]+", word)
        assert word == word.lower()


# An FTS5 expression we generate: strings (tags may be prefixes), AND, OR, parentheses and our
# column filters, nothing else.
_FTS5_TOKEN = re.compile(r'\s*(?:"(?:[^"]|"")*"\*?|AND|OR|\(|\)|\{title body\} :|tags :)')


@settings(max_examples=500)
@given(OPERATORISH)
def test_fts5_expression_holds_only_strings_and_our_operators(raw: str) -> None:
    parsed = parse_query(raw)
    if parsed.is_empty:
        return
    expression = fts5_search(
        parsed,
        ("en", "sv"),
        [fts5_any_tag("topic", [raw, "x"]), fts5_any_tag("audience", [raw], prefix=True)],
    )
    pos = 0
    while pos < len(expression):
        m = _FTS5_TOKEN.match(expression, pos)
        assert m, expression[pos:]
        pos = m.end()


def test_tags_are_letters_and_digits_whatever_the_value() -> None:
    assert fts5_tag("topic", "machine-learning") == "zp" + b"machine-learning".hex()
    assert fts5_tag("audience", "") == "za"
    assert re.fullmatch(r"z[a-z][0-9a-f]*", fts5_tag("kind", 'x" OR *:^(\x00'))
    assert fts5_any_tag("audience", ["0001"], prefix=True) == 'tags : ("za30303031"*)'


def test_parse_query_phrases_and_words() -> None:
    assert parse_query('retro "pair programming" tips "solo"') == ParsedQuery(
        (Term(("retro",)), Term(("pair", "programming")), Term(("tips",)), Term(("solo",)))
    )
    assert parse_query('"unclosed phrase') == ParsedQuery((Term(("unclosed",)), Term(("phrase",))))
    assert parse_query("Retro retro RETRO").words == ("retro",)
    assert parse_query("  \t ").is_empty


def test_fts5_match_for_one_language_and_for_any() -> None:
    parsed = parse_query('mötena "team retro"')
    assert fts5_match(parsed, ("sv",)) == '("möten" OR "möt") AND "team retro"'
    assert fts5_match(parse_query("retro"), ("en", "da")) == '"retro"'


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("da", "læringsmøderne", "læringsmøde"),
        ("nb", "erfaringene", "erfaring"),
        ("en", "experiments", "experiment"),
    ],
)
def test_snowball_gives_inflections_one_stem(language: str, a: str, b: str) -> None:
    assert stem(language, a) == stem(language, b)


def test_swedish_definite_plural_in_ena_also_matches_the_stem_of_its_stem() -> None:
    assert stem("sv", "mötena") == "möten"
    assert stem("sv", "möte") in {stem("sv", f) for f in forms("sv", "mötena")}
    assert forms("sv", "erfarenheterna") == ("erfarenheterna",)
    assert forms("nb", "kollegaene") == ("kollegaene",)
    assert parse_query("mötena").stems("sv") == {"möten", "möt"}


def test_words_keep_nordic_letters_and_normalise() -> None:
    decomposed = "Pa\u030aske"  # "Påske" with combining ring, NFD
    assert words(decomposed) == ["påske"]
    assert words("Æble-grød, ÖL & øl_drik") == ["æble", "grød", "öl", "øl", "drik"]
    assert stemmed_text("da", "Læringsmøderne var gode") == "læringsmød var god"


@settings(max_examples=500)
@given(st.text(max_size=300), st.lists(st.text(min_size=1, max_size=8), max_size=4))
def test_highlight_is_the_escaped_text_with_marks(text: str, query_words: list[str]) -> None:
    stems = parse_query(" ".join(query_words)).stems("en")
    out = highlight(text, language="en", stems=stems)
    plain = out.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in plain and ">" not in plain
    assert html.unescape(plain) == normalise(text)


@settings(max_examples=300)
@given(st.text(max_size=2000), st.sampled_from(["", "risk", "the", "a b"]))
def test_snippet_is_safe_and_short(text: str, query: str) -> None:
    out = snippet(text, language="en", stems=parse_query(query).stems("en"))
    plain = out.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in plain and ">" not in plain
    assert len(html.unescape(plain)) <= 240 + 2


def test_snippet_marks_every_form() -> None:
    out = snippet("Risks, risky and RISK.", language="en", stems=parse_query("risk").stems("en"))
    assert out == "<mark>Risks</mark>, risky and <mark>RISK</mark>."


def test_tf_relevance_prefers_title_then_frequency_then_shorter_bodies() -> None:
    terms = [["retro"]]
    in_title = tf_relevance("retro tip", "some note", terms)
    in_body = tf_relevance("tip", "retro note", terms)
    twice = tf_relevance("tip", "retro note retro", terms)
    long_body = tf_relevance("tip", "retro " + "word " * 500, terms)
    assert in_title > twice > in_body > long_body > 0
    assert tf_relevance("tip", "retrospect note", terms) == 0  # whole stems only
    assert tf_relevance("", "", terms) == 0


def test_tf_relevance_counts_alternatives_and_phrases() -> None:
    assert tf_relevance("", "möt möten", [["möten", "möt"]]) == tf_relevance(
        "", "möt möt", [["möt"]]
    )
    assert tf_relevance("", "a a a", [["a"]]) > tf_relevance("", "a a b", [["a"]])
    assert tf_relevance("", "pair program", [["pair program"]]) > 0
    assert tf_relevance("", "program pair", [["pair program"]]) == 0


def test_recency_halves_the_bonus_and_keeps_a_floor() -> None:
    day = 86_400.0
    assert recency(0, 0) == 1.0
    assert recency(0, 180 * day) == pytest.approx(0.625)
    assert recency(0, 100_000 * day) == pytest.approx(0.25)
    assert recency(10 * day, 0) == 1.0  # from the future: no bonus beyond 1


def test_rank_orders_by_score_then_newer_id() -> None:
    c = [Candidate(1, 0.0, 1.0), Candidate(2, 0.0, 1.0), Candidate(3, 0.0, 2.0)]
    assert [s.id for s in rank(c, now_ts=0.0)] == [3, 2, 1]


@given(
    st.lists(
        st.tuples(st.integers(0, 10**6), st.floats(0, 10, allow_nan=False)),
        unique_by=lambda t: t[0],
        max_size=60,
    ),
    st.integers(1, 7),
)
def test_paging_by_cursor_visits_every_candidate_once(rows, limit) -> None:
    ranked = rank([Candidate(i, 0.0, r) for i, r in rows], now_ts=0.0)
    seen: list[int] = []
    cursor = None
    while True:
        page = page_after(ranked, cursor, limit)
        seen += [s.id for s in page[:limit]]
        if len(page) <= limit:
            break
        cursor = Cursor(0.0, page[limit - 1].score, page[limit - 1].id)
    assert seen == [s.id for s in ranked]


@given(st.floats(allow_nan=False, allow_infinity=False), st.floats(0, 1e6), st.integers(0, 2**62))
def test_cursor_round_trip(now_ts: float, score: float, doc_id: int) -> None:
    cursor = Cursor(now_ts=now_ts, score=score, id=doc_id)
    assert decode_cursor(encode_cursor(cursor)) == cursor


@settings(max_examples=300)
@given(st.text(max_size=80))
def test_decoding_junk_raises_invalid_cursor_only(token: str) -> None:
    with contextlib.suppress(InvalidCursor):
        decode_cursor(token)


def test_audience_prefixes() -> None:
    assert audience_prefixes(None, 6) == [""]
    assert audience_prefixes("", 6) == [""]
    assert audience_prefixes("000001000002", 6) == ["", "000001", "000001000002"]


def test_plain_modules_import_without_django() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import samla.search.fulltext.highlight, samla.search.fulltext.query\n"
        "import samla.search.fulltext.ranking, samla.search.fulltext.text\n"
        "assert not [m for m in sys.modules if m.startswith('django')], 'django imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
