"""Writing the search index: apps call these from their own services (on commit)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction

from samla.people.models import PATH_STEP
from samla.search.fulltext.backends import engine
from samla.search.fulltext.documents import IndexableDocument, providers
from samla.search.fulltext.text import LANGUAGES, normalise
from samla.search.models import SearchDocument

_TITLE_MAX = 300  # SearchDocument.title
_MAX_LENGTHS = {"doc_type": 32, "object_id": 64, "url": 500, "kind": 32}  # as in models.py
_BATCH = 500
_FIELDS = [
    "language",
    "title",
    "body",
    "url",
    "unit_path",
    "circle_id",
    "author_id",
    "kind",
    "topics",
    "published_at",
    "is_visible",
]


def _validate(doc: IndexableDocument) -> None:
    if doc.language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {doc.language!r}")
    if doc.published_at.tzinfo is None:
        raise ValueError("published_at must be timezone-aware")
    if len(doc.unit_path) % PATH_STEP or not (doc.unit_path == "" or doc.unit_path.isdigit()):
        raise ValueError(f"unit_path must be an OrgUnit.path or '', not {doc.unit_path!r}")
    for name, limit in _MAX_LENGTHS.items():
        if len(getattr(doc, name)) > limit:
            raise ValueError(f"{name} is longer than {limit} characters")
    if not doc.doc_type or not doc.object_id:
        raise ValueError("doc_type and object_id are required")


def _values(doc: IndexableDocument) -> dict[str, Any]:
    return {
        "language": doc.language,
        "title": normalise(doc.title)[:_TITLE_MAX],
        "body": normalise(doc.body),
        "url": doc.url,
        "unit_path": doc.unit_path,
        "circle_id": doc.circle_id,
        "author_id": doc.author_id,
        "kind": doc.kind,
        "topics": list(doc.topics),
        "published_at": doc.published_at,
        "is_visible": doc.is_visible,
    }


def _write(doc: IndexableDocument) -> None:
    """Upsert one document and its engine entry. The caller holds a transaction."""
    _validate(doc)
    values = _values(doc)
    backend = engine()
    key = {"doc_type": doc.doc_type, "object_id": doc.object_id}
    row = SearchDocument.objects.select_for_update().filter(**key).first()
    if row is None:
        try:
            with transaction.atomic():
                row = SearchDocument.objects.create(**key, **values)
        except IntegrityError:  # created by someone else meanwhile (PostgreSQL): update theirs
            row = SearchDocument.objects.select_for_update().get(**key)
        else:
            backend.index([row])
            return
    backend.unindex([row])
    for name, value in values.items():
        setattr(row, name, value)
    row.save(update_fields=list(values))
    backend.index([row])


def _write_many(doc_type: str, docs: list[IndexableDocument]) -> None:
    """Upsert a batch of one type's (validated) documents with a few queries. The caller holds
    a transaction. Unchanged rows are not rewritten; every engine entry is."""
    by_id = {doc.object_id: doc for doc in docs}  # the last one wins, as one by one would
    backend = engine()
    rows = {
        row.object_id: row
        for row in SearchDocument.objects.select_for_update().filter(
            doc_type=doc_type, object_id__in=list(by_id)
        )
    }
    backend.unindex(list(rows.values()))
    changed: list[SearchDocument] = []
    for object_id, row in rows.items():
        values = _values(by_id[object_id])
        if any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            changed.append(row)
    if changed:
        SearchDocument.objects.bulk_update(changed, _FIELDS, batch_size=100)
    new = [
        SearchDocument(doc_type=doc_type, object_id=object_id, **_values(doc))
        for object_id, doc in by_id.items()
        if object_id not in rows
    ]
    try:
        with transaction.atomic():
            created = SearchDocument.objects.bulk_create(new)
    except IntegrityError:  # some were created meanwhile (PostgreSQL): one by one instead
        for row in new:
            _write(by_id[row.object_id])
        created = []
    backend.index([*rows.values(), *created])


def index_document(
    *,
    doc_type: str,
    object_id: str,
    language: str,
    title: str,
    body: str,
    url: str,
    published_at: datetime,
    unit_path: str = "",
    circle_id: int | None = None,
    author_id: int | None = None,
    kind: str = "",
    topics: Iterable[str] = (),
    is_visible: bool = True,
) -> None:
    """Add or replace the document (doc_type, object_id) in one transaction.

    `language` is the content's language (en, da, sv, nb): it chooses the stemming. `body` is
    plain text (strip Markdown first). `unit_path` is the audience: "" for the whole organisation
    or the OrgUnit.path whose members, and their sub-units' members, may see it. A document with
    a `circle_id` is shown only to that circle's members. Never pass `author_id` for anonymous
    content. Hidden documents (`is_visible=False`) are kept but never returned.
    """
    doc = IndexableDocument(
        doc_type=doc_type,
        object_id=object_id,
        language=language,
        title=title,
        body=body,
        url=url,
        published_at=published_at,
        unit_path=unit_path,
        circle_id=circle_id,
        author_id=author_id,
        kind=kind,
        topics=tuple(topics),
        is_visible=is_visible,
    )
    with transaction.atomic():
        _write(doc)


def remove_document(*, doc_type: str, object_id: str) -> None:
    """Remove the document from the index, if it is there."""
    with transaction.atomic():
        row = (
            SearchDocument.objects.select_for_update()
            .filter(doc_type=doc_type, object_id=object_id)
            .first()
        )
        if row is not None:
            engine().unindex([row])
            row.delete()


@dataclass
class RebuildReport:
    indexed: dict[str, int] = field(default_factory=dict)  # doc_type → documents (re)indexed
    removed: dict[str, int] = field(default_factory=dict)  # doc_type → stale documents removed
    unregistered: dict[str, int] = field(default_factory=dict)  # doc_type → documents, untouched
    repaired: int = 0  # engine entries fixed (SQLite)


def reindex_all(*, dry_run: bool = False, doc_types: Iterable[str] | None = None) -> RebuildReport:
    """Rebuild the index from the registered providers. Idempotent.

    For each registered doc_type: (re)index every document its provider yields, then remove the
    documents of that type it no longer yields. Types without a provider are reported, not
    touched. Last, the engine's own index is checked against the table and repaired. With
    `dry_run`, providers are read and counts reported, but nothing is written.
    """
    report = RebuildReport()
    registered = providers()
    wanted = set(doc_types) if doc_types is not None else set(registered)
    unknown = wanted - set(registered)
    if unknown:
        raise ValueError(f"No search provider for: {', '.join(sorted(unknown))}")
    for doc_type in sorted(wanted):
        seen: set[str] = set()
        batch: list[IndexableDocument] = []
        for doc in registered[doc_type]():
            if doc.doc_type != doc_type:
                raise ValueError(f"The {doc_type!r} provider yielded a {doc.doc_type!r} document.")
            _validate(doc)
            seen.add(doc.object_id)
            batch.append(doc)
            if len(batch) >= _BATCH:
                _write_batch(doc_type, batch, dry_run=dry_run)
                batch = []
        _write_batch(doc_type, batch, dry_run=dry_run)
        report.indexed[doc_type] = len(seen)
        stale = [
            object_id
            for object_id in SearchDocument.objects.filter(doc_type=doc_type)
            .values_list("object_id", flat=True)
            .iterator()
            if object_id not in seen
        ]
        report.removed[doc_type] = len(stale)
        if not dry_run:
            for i in range(0, len(stale), _BATCH):
                with transaction.atomic():
                    rows = list(
                        SearchDocument.objects.select_for_update().filter(
                            doc_type=doc_type, object_id__in=stale[i : i + _BATCH]
                        )
                    )
                    engine().unindex(rows)
                    SearchDocument.objects.filter(pk__in=[row.pk for row in rows]).delete()
    if doc_types is None:
        for doc_type in (
            SearchDocument.objects.exclude(doc_type__in=registered)
            .values_list("doc_type", flat=True)
            .distinct()
        ):
            report.unregistered[doc_type] = SearchDocument.objects.filter(doc_type=doc_type).count()
    with transaction.atomic():
        report.repaired = engine().repair(dry_run=dry_run)
    return report


def _write_batch(doc_type: str, batch: list[IndexableDocument], *, dry_run: bool) -> None:
    if dry_run or not batch:
        return
    with transaction.atomic():
        _write_many(doc_type, batch)
