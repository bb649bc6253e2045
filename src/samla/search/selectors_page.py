"""The search page's read: the full-text index (stories, later questions and meetings), people
and skills, for one viewer. The audience rule is applied inside fulltext.search()."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.functional import Promise

from samla.core.audiences import circle_ids_for
from samla.people.models import OrgUnit, Person, Skill
from samla.people.selectors import DirectoryFilter, people_directory, skills_matching
from samla.search.fulltext import SearchHit, SearchPage, search
from samla.search.registry import doc_type_get, doc_types, doc_types_with_kind

QUERY_MAX = 100
PAGE_SIZE = 20
PEOPLE_LIMIT = 5
SKILLS_LIMIT = 8
SINCE_DAYS = {"week": 7, "month": 31, "year": 365}


@dataclass(frozen=True)
class SearchFilters:
    kind: str = ""  # a kind of a registered document type
    topic: str = ""  # a skill slug
    unit: OrgUnit | None = None  # documents addressed to it (or below); people in it (or below)
    language: str = ""  # the content's language
    since: str = ""  # a key of SINCE_DAYS

    @property
    def narrows_documents_only(self) -> bool:
        """Filters that only documents have: people and skills are not shown with them."""
        return bool(self.kind or self.topic or self.language or self.since)


@dataclass(frozen=True)
class DocumentHit:
    """A full-text hit with what the page shows beside it."""

    hit: SearchHit
    type_label: str | Promise
    kind_label: str | Promise
    author: Person | None
    topics: list[tuple[str, str]]  # (slug, name in the reader's language)


@dataclass(frozen=True)
class SearchResults:
    hits: list[DocumentHit] = field(default_factory=list)
    next_cursor: str | None = None
    truncated: bool = False
    people: list[Person] = field(default_factory=list)
    more_people: bool = False
    skills: list[Skill] = field(default_factory=list)
    searched: bool = False  # False when the query had no word to search for

    @property
    def is_empty(self) -> bool:
        return not (self.hits or self.people or self.skills)


def has_words(query: str) -> bool:
    return any(c.isalnum() for c in query)


def search_everything(
    *,
    viewer: Person,
    query: str,
    filters: SearchFilters,
    cursor: str | None = None,
    skill_names: dict[str, str] | None = None,
    limit: int = PAGE_SIZE,
    now: datetime | None = None,
) -> SearchResults:
    """What `viewer` may find for `query`: documents of the registered types, best first, a
    page at a time; on the first page (no cursor) without document-only filters also people
    (by name or title, in `filters.unit` if set) and skills (without any filter).

    `skill_names` (slug → name) names the hits' topics; topics not in it are left out. A cursor
    this page did not make raises fulltext.InvalidCursor (a ValueError).
    """
    query = query.strip()[:QUERY_MAX]
    if not has_words(query):
        return SearchResults()
    types = doc_types_with_kind(filters.kind) if filters.kind else [t.doc_type for t in doc_types()]
    unit_path = viewer.unit.path if viewer.unit is not None else None
    since = None
    if filters.since:
        since = (now or timezone.now()) - timedelta(days=SINCE_DAYS[filters.since])
    page = SearchPage()
    if types:  # (none registered: nothing to find, rather than every type in the index)
        page = search(
            query=query,
            viewer_unit_path=unit_path,
            viewer_circle_ids=circle_ids_for(viewer),
            doc_types=types,
            language=filters.language or None,
            kinds=[filters.kind] if filters.kind else None,
            topics=[filters.topic] if filters.topic else None,
            unit_path=filters.unit.path if filters.unit is not None else None,
            since=since,
            limit=limit,
            cursor=cursor,
        )
    first_page = not cursor
    people: list[Person] = []
    skills: list[Skill] = []
    if first_page and not filters.narrows_documents_only:
        directory = people_directory(DirectoryFilter(q=query, unit=filters.unit))
        people = list(directory[: PEOPLE_LIMIT + 1])
        if filters.unit is None:
            skills = skills_matching(query, limit=SKILLS_LIMIT)
    return SearchResults(
        hits=_decorate(page.hits, skill_names or {}),
        next_cursor=page.next_cursor,
        truncated=page.truncated,
        people=people[:PEOPLE_LIMIT],
        more_people=len(people) > PEOPLE_LIMIT,
        skills=skills,
        searched=True,
    )


def _decorate(hits: tuple[SearchHit, ...], skill_names: dict[str, str]) -> list[DocumentHit]:
    """Labels, authors (one query) and topic names for the hits."""
    author_ids = {h.author_id for h in hits if h.author_id is not None}
    authors = Person.objects.only("pk", "full_name", "is_active").in_bulk(author_ids)
    found = []
    for h in hits:
        entry = doc_type_get(h.doc_type)
        found.append(
            DocumentHit(
                hit=h,
                type_label=entry.label if entry else "",
                kind_label=entry.kind_label(h.kind) if entry else "",
                author=authors.get(h.author_id) if h.author_id is not None else None,
                topics=[(t, skill_names[t]) for t in h.topics if t in skill_names],
            )
        )
    return found
