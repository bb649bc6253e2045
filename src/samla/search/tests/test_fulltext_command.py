"""Rebuilding the index from the apps' providers: reindex_all and rebuild_search_index."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from samla.search.fulltext import (
    IndexableDocument,
    index_document,
    register_provider,
    reindex_all,
    search,
    unregister_provider,
)
from samla.search.fulltext import documents as fulltext_documents
from samla.search.models import SearchDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(monkeypatch):
    """A provider for "story" that yields whatever the test puts in the list."""
    monkeypatch.setattr(fulltext_documents, "_providers", {})
    items: list[IndexableDocument] = []
    register_provider("story", lambda: iter(list(items)))
    return items


def story(object_id: str, title: str, **kwargs) -> IndexableDocument:
    return IndexableDocument(
        doc_type="story",
        object_id=object_id,
        language="en",
        title=title,
        body="",
        url=f"/s/{object_id}/",
        published_at=timezone.now() - timedelta(days=1),
        **kwargs,
    )


def titles() -> list[str]:
    return sorted(SearchDocument.objects.values_list("title", flat=True))


def run(*args: str) -> str:
    out = StringIO()
    call_command("rebuild_search_index", *args, stdout=out)
    return out.getvalue()


def test_rebuild_indexes_everything_and_is_idempotent(stories) -> None:
    stories += [story("1", "Retro formats"), story("2", "Retro anti-patterns")]
    assert "story: indexed 2, removed 0" in run()
    assert "story: indexed 2, removed 0" in run()
    assert titles() == ["Retro anti-patterns", "Retro formats"]
    assert len(search(query="retro", viewer_unit_path=None).hits) == 2


def test_rebuild_removes_what_the_provider_no_longer_yields(stories) -> None:
    stories += [story("1", "Kept"), story("2", "Deleted since")]
    run()
    stories.pop()
    assert "story: indexed 1, removed 1" in run()
    assert titles() == ["Kept"]
    assert search(query="deleted", viewer_unit_path=None).hits == ()


def test_dry_run_writes_nothing(stories) -> None:
    index_document(**story("old", "Stale").__dict__)
    stories += [story("1", "New")]
    out = run("--dry-run")
    assert "story: would index 1, would remove 1" in out
    assert titles() == ["Stale"]


def test_types_without_a_provider_are_reported_and_left_alone(stories) -> None:
    index_document(**{**story("q1", "A question").__dict__, "doc_type": "question"})
    out = run()
    assert "question: 1 documents, no provider, left alone" in out
    assert titles() == ["A question"]
    with pytest.raises(CommandError, match="question"):
        run("--doc-type", "question")


def test_provider_yielding_another_type_is_an_error(stories) -> None:
    stories.append(IndexableDocument(**{**story("1", "x").__dict__, "doc_type": "question"}))
    with pytest.raises(ValueError, match="yielded a 'question'"):
        reindex_all()


def test_registering_twice_is_refused(stories) -> None:
    def provider():
        return iter(())

    register_provider("person", provider)
    register_provider("person", provider)  # the same one again: fine
    with pytest.raises(ValueError, match="already registered"):
        register_provider("person", lambda: iter(()))
    unregister_provider("person")
