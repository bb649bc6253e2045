"""Inflected forms find each other, in both directions, through `search()` on real documents.

The suite runs on SQLite (FTS5 + PyStemmer) and on PostgreSQL (its own danish, swedish,
norwegian and english configurations): every test here holds on both engines.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from samla.search.fulltext import index_document, search
from samla.search.fulltext.text import forms, stem

pytestmark = pytest.mark.django_db

PAIRS = [
    ("da", "læringsmøderne", "læringsmøde"),
    ("sv", "mötena", "möte"),
    ("nb", "erfaringene", "erfaring"),
    ("en", "experiments", "experiment"),
]


def add(object_id: str, title: str, body: str = "", **kwargs: Any) -> None:
    values: dict[str, Any] = {
        "doc_type": "story",
        "object_id": object_id,
        "language": "en",
        "title": title,
        "body": body,
        "url": f"/stories/{object_id}/",
        "published_at": timezone.now() - timedelta(days=1),
        **kwargs,
    }
    index_document(**values)


def find(query: str, **kwargs: Any) -> list[str]:
    page = search(query=query, viewer_unit_path=None, **kwargs)
    return sorted(hit.object_id for hit in page.hits)


@pytest.mark.parametrize(("language", "inflected", "base"), PAIRS)
@pytest.mark.parametrize("direction", ["inflected finds base", "base finds inflected"])
def test_inflected_and_base_forms_find_each_other(
    language: str, inflected: str, base: str, direction: str
) -> None:
    stored, query = (base, inflected) if direction == "inflected finds base" else (inflected, base)
    add("1", "Notes", f"Vi skrev om {stored} i går.", language=language)
    add("2", "Notes", "Something else entirely, nothing in common.", language=language)
    assert find(query) == ["1"]
    assert find(query, language=language) == ["1"]
    page = search(query=query, viewer_unit_path=None)
    assert f"<mark>{stored}</mark>" in page.hits[0].snippet_html


@pytest.mark.parametrize(("language", "inflected", "base"), PAIRS)
def test_inflected_forms_match_in_titles_too(language: str, inflected: str, base: str) -> None:
    add("base", base.capitalize(), language=language)
    add("inflected", inflected.capitalize(), language=language)
    assert find(base) == ["base", "inflected"]
    assert find(inflected) == ["base", "inflected"]


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        # The definite singular, which PostgreSQL's Swedish stemmer keeps whole ("mötet") and
        # Snowball leaves with -n ("flickan"), and the plural and definite forms of -a nouns.
        ("mötet", "möte"),
        ("möte", "mötet"),
        ("mötena", "mötet"),
        ("flickan", "flicka"),
        ("flicka", "flickan"),
        ("temana", "tema"),
        ("huset", "hus"),
        ("resultaten", "resultat"),
    ],
)
def test_other_swedish_noun_forms_find_each_other(stored: str, query: str) -> None:
    add("1", "Anteckningar", f"Vi pratade om {stored}.", language="sv")
    add("2", "Anteckningar", "Något helt annat.", language="sv")
    assert find(query, language="sv") == ["1"]
    assert find(query) == ["1"]


@pytest.mark.parametrize(
    ("query", "unrelated"),
    [
        ("möte", "mot strömmen"),  # against
        ("möte", "motet i kyrkan"),  # the motet
        ("mötena", "mätningen"),
        ("tema", "teamet"),
        ("flicka", "flickr"),
        ("huset", "husse"),
    ],
)
def test_other_forms_do_not_find_other_words(query: str, unrelated: str) -> None:
    add("1", "Anteckningar", unrelated, language="sv")
    assert find(query) == []
    assert find(query, language="sv") == []


def test_a_swedish_stop_word_in_the_query_is_still_ignored_where_the_engine_drops_it() -> None:
    """PostgreSQL drops stop words from documents and queries; a stop word's guessed other forms
    must not turn it into a required term that nothing holds."""
    add("1", "Möte", "Ett möte och en fika.", language="sv")
    assert find("möte och fika", language="sv") == ["1"]
    assert find("mötena och fika") == ["1"]


def test_phrases_are_matched_as_written() -> None:
    add("1", "Mötena", "De långa mötena tog slut.", language="sv")
    assert find('"långa mötena"', language="sv") == ["1"]
    assert find('"långa möte"', language="sv") == []


def test_forms_are_a_few_plausible_words_and_only_for_swedish() -> None:
    assert forms("sv", "möte") == ("möte", "möten", "mötet", "mötena")
    assert forms("sv", "mötena")[0] == "mötena"
    assert stem("sv", "möte") in {stem("sv", f) for f in forms("sv", "mötena")}
    assert stem("sv", "mötena") in {stem("sv", f) for f in forms("sv", "möte")}
    assert forms("sv", "kollegorna") == ("kollegorna",)  # Snowball's own ending
    assert forms("sv", "ab") == ("ab",)
    assert forms("sv", "möte2") == ("möte2",)
    for language in ("da", "nb", "en"):
        assert forms(language, "læringsmøderne") == ("læringsmøderne",)
    for word in ("möten", "mötet", "resultaten", "kontoret", "erfarenhet"):
        found = forms("sv", word)
        assert found[0] == word and len(found) <= 6
