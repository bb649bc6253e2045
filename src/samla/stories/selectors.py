"""Reads. Every list of stories starts from `stories_visible_to`, or applies `audience_q`, so the
audience rule in SQL is the one in permissions.in_audience."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe

from samla.core.audiences import circle_ids_for, circle_names, circle_urls
from samla.people.models import OrgUnit, PersonSkill, Skill
from samla.stories.enums import CommentState, ReactionKind, StoryKind, StoryState
from samla.stories.kinds import sections_for
from samla.stories.models import (
    Bookmark,
    Comment,
    FeedKey,
    Follow,
    Reaction,
    Story,
    StoryDraft,
    StoryTopic,
)
from samla.stories.permissions import can_view_story, unit_ancestor_ids

if TYPE_CHECKING:
    from samla.people.models import Person


def audience_q(viewer: Person, prefix: str = "") -> Q:
    """Stories whose audience includes the viewer (the whole organisation, the viewer's unit or a
    unit above it, or a circle the viewer is a member of). `prefix` lets the rule apply through a
    relation (e.g. "story__")."""
    org_wide = Q(**{f"{prefix}audience_unit__isnull": True})
    ancestors = unit_ancestor_ids(viewer)
    audience = (
        org_wide | Q(**{f"{prefix}audience_unit_id__in": ancestors}) if ancestors else org_wide
    )
    audience &= Q(**{f"{prefix}circle_id__isnull": True})
    circles = circle_ids_for(viewer)
    if circles:
        audience |= Q(**{f"{prefix}circle_id__in": sorted(circles)})
    return audience


def stories_visible_to(viewer: Person) -> QuerySet[Story]:
    """Published stories the viewer may read (not their own hidden ones: see story_get_visible)."""
    if not viewer.is_active:
        return Story.objects.none()
    return Story.objects.filter(audience_q(viewer), state=StoryState.PUBLISHED)


def story_get_visible(*, viewer: Person, pk: int) -> Story | None:
    """One story if the viewer may read it (their own hidden story, and hidden ones for
    moderators, included), else None: callers answer 404 so existence does not leak."""
    story = (
        Story.objects.select_related("author", "author__unit", "audience_unit", "sponsor")
        .filter(pk=pk)
        .first()
    )
    if story is None or not can_view_story(viewer, story):
        return None
    return story


def story_sections(story: Story, *, skip: Collection[str] = ()) -> list[tuple[Promise, SafeString]]:
    """The story's rendered sections with their labels, in the kind's order. The one place that
    marks stored section HTML safe: the services sanitise it (core.markdown) when they write it."""
    html = story.sections_html or {}
    return [
        (s.label, mark_safe(html[s.key]))
        for s in sections_for(story.kind)
        if html.get(s.key) and s.key not in skip
    ]


def drafts_of(person: Person) -> QuerySet[StoryDraft]:
    """A person's drafts, newest first. Drafts are read by nobody else, ever."""
    return StoryDraft.objects.filter(author=person).order_by("-updated_at", "-id")


def draft_get_own(*, person: Person, pk: int) -> StoryDraft | None:
    return StoryDraft.objects.filter(author=person, pk=pk).first()


# --- Reading: feeds, the story page, saved stories, follows, feed keys --------------------------
#
# Feeds page by a cursor on (published_at, id), newest first. "For you" is several small index
# range queries (one per followed person, topic and unit, plus highlights, lessons and ended
# experiments), each "the newest limit+1 visible stories after the cursor" from one source, sent
# as one UNION ALL; the keys are merged and deduplicated in Python, then one query loads the page.

FEED_PAGE_SIZE = 20
RECENT_DAYS = 90  # "recent" lessons and experiment results in For you
# Caps per source (the newest follows win). People share one branch; every topic and unit is a
# branch of its own, and each branch costs the database some planning.
MAX_FOLLOWED_PEOPLE = 500
MAX_TOPICS = 30
MAX_UNITS = 10
_KEY = -7_654_321_987  # stands for the key while one branch's SQL is compiled for many keys
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_CURSOR_RE = re.compile(r"^(\d{1,17})\.(\d{1,18})$")


class Reason(StrEnum):
    """Why a story is in a person's For you (first match wins, in this order)."""

    PERSON = "person"
    TOPIC = "topic"
    UNIT = "unit"
    HIGHLIGHT = "highlight"
    LESSON = "lesson"
    EXPERIMENT = "experiment"
    OWN_UNIT = "own_unit"


@dataclass(frozen=True)
class FeedPage:
    items: list[Story]
    next_cursor: str | None


@dataclass(frozen=True)
class ReactionState:
    kind: str
    label: str
    count: int
    mine: bool


Cursor = tuple[datetime, int]


def cursor_encode(published_at: datetime, pk: int) -> str:
    micros = (published_at - _EPOCH) // timedelta(microseconds=1)
    return f"{micros}.{pk}"


def cursor_decode(value: str | None) -> Cursor | None:
    """The position after which a page starts, or None for the first page. Raises ValueError on
    anything that is not a cursor this module made."""
    if value is None or value == "":
        return None
    match = _CURSOR_RE.match(value)
    if match is None:
        raise ValueError("malformed cursor")
    try:
        moment = _EPOCH + timedelta(microseconds=int(match[1]))
    except OverflowError as exc:
        raise ValueError("malformed cursor") from exc
    return moment, int(match[2])


def _after(cursor: Cursor | None, time_field: str = "published_at", id_field: str = "id") -> Q:
    """Rows strictly older than the cursor in (time, id) order. The `<=` bound lets the
    database start its index range at the cursor."""
    if cursor is None:
        return Q()
    moment, pk = cursor
    return Q(**{f"{time_field}__lte": moment}) & (
        Q(**{f"{time_field}__lt": moment}) | Q(**{f"{id_field}__lt": pk})
    )


def _as_datetime(value: object) -> datetime:
    """A timestamp read by a raw query (SQLite answers text in UTC)."""
    if isinstance(value, datetime):
        return value if timezone.is_aware(value) else value.replace(tzinfo=UTC)
    parsed = parse_datetime(str(value))
    if parsed is None:
        raise ValueError(f"not a timestamp: {value!r}")
    return parsed if timezone.is_aware(parsed) else parsed.replace(tzinfo=UTC)


def _newest(qs: QuerySet[Any], cursor: Cursor | None, n: int, *, on_topic: bool = False) -> Any:
    """The newest `n` story keys (story id, published_at) of one source after the cursor."""
    id_field = "story_id" if on_topic else "id"
    return (
        qs.filter(_after(cursor, id_field=id_field))
        .order_by("-published_at", f"-{id_field}")
        .values_list(id_field, "published_at")[:n]
    )


Branch = tuple[str, list[Any]]


def _compiled(qs: Any) -> Branch:
    sql, params = qs.query.sql_with_params()
    return sql, list(params)


def _per_key(make: Callable[[int], Any], keys: list[int]) -> list[Branch]:
    """One branch per key, compiled once: the ORM builds the SQL for a stand-in key, then each
    key takes the stand-in's place among the parameters."""
    if not keys:
        return []
    sql, params = _compiled(make(_KEY))
    where = [i for i, p in enumerate(params) if p == _KEY]
    if len(where) != 1:  # never expected; compile each key then
        return [_compiled(make(k)) for k in keys]
    branches = []
    for key in keys:
        own = list(params)
        own[where[0]] = key
        branches.append((sql, own))
    return branches


def _union_rows(branches: list[Branch]) -> list[tuple[int, datetime, int]]:
    """Run each branch (the SQL of an ordered, sliced values_list) in one UNION ALL query:
    rows of (story id, published_at, branch index). Each branch is wrapped in a sub-select so
    its ORDER BY and LIMIT stay its own on every database."""
    if not branches:
        return []
    parts: list[str] = []
    params: list[Any] = []
    for i, (sql, branch_params) in enumerate(branches):
        # Only the ORM's own SQL and our integer branch number; every value stays a parameter.
        parts.append(f"SELECT b{i}.*, {int(i)} AS branch FROM ({sql}) b{i}")  # noqa: S608
        params.extend(branch_params)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return [(int(r[0]), _as_datetime(r[1]), int(r[2])) for r in cursor.fetchall()]


def _visible(viewer: Person) -> QuerySet[Story]:
    return Story.objects.filter(audience_q(viewer), state=StoryState.PUBLISHED)


def _topics_visible(viewer: Person) -> QuerySet[StoryTopic]:
    return StoryTopic.objects.filter(
        audience_q(viewer, "story__"), story__state=StoryState.PUBLISHED
    )


def _subtree_ids(path: str) -> list[int]:
    """The ids of a unit and every unit below it. Resolved to a list first: as a sub-select the
    planners walk the newest stories until enough match (measured: 85–190 ms at 200,000)."""
    return list(OrgUnit.objects.filter(path__startswith=path).values_list("pk", flat=True))


def _subtrees_ids(paths: list[str]) -> dict[str, list[int]]:
    """`_subtree_ids` for several units in one query."""
    if not paths:
        return {}
    q = Q()
    for path in paths:
        q |= Q(path__startswith=path)
    rows = list(OrgUnit.objects.filter(q).values_list("pk", "path"))
    return {p: [pk for pk, path in rows if path.startswith(p)] for p in paths}


def _cards(viewer: Person, qs: QuerySet[Story]) -> QuerySet[Story]:
    """What a card shows (the teaser, not the sections)."""
    return _load(viewer, qs).defer("sections", "sections_html")


def _load(viewer: Person, qs: QuerySet[Story]) -> QuerySet[Story]:
    """Everything a card shows, in this query and one prefetch (topics)."""
    comments = (
        Comment.objects.filter(story=OuterRef("pk"), state=CommentState.VISIBLE)
        .order_by()
        .values("story")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        qs.select_related("author", "author_unit", "audience_unit")
        .prefetch_related(Prefetch("topics", queryset=Skill.objects.order_by("name_en")))
        .annotate(
            is_bookmarked=Exists(
                Bookmark.objects.filter(person_id=viewer.pk, story=OuterRef("pk"))
            ),
            comment_count=Coalesce(Subquery(comments), Value(0)),
        )
    )


def stories_decorate(*, viewer: Person, stories: list[Story]) -> list[Story]:
    """Add `reaction_states` (every kind: label, count, whether the viewer chose it) to each
    story, in one aggregate query."""
    ids = [s.pk for s in stories]
    rows = (
        Reaction.objects.filter(story_id__in=ids)
        .values_list("story_id", "kind")
        .annotate(n=Count("pk"), mine=Count("pk", filter=Q(person_id=viewer.pk)))
        .order_by()
        if ids
        else []
    )
    found: dict[tuple[int, str], tuple[int, bool]] = {
        (story_id, kind): (n, mine > 0) for story_id, kind, n, mine in rows
    }
    for story in stories:
        story.reaction_states = [  # type: ignore[attr-defined]
            ReactionState(
                kind.value, str(kind.label), *found.get((story.pk, kind.value), (0, False))
            )
            for kind in ReactionKind
        ]
    return stories


@dataclass(frozen=True, slots=True)
class StoryCard:
    """What a story card (stories/_story_card.html) shows that would cost the template time:
    its addresses, dates, names and the author's avatar, built for a page at once (`with_cards`).
    With them the card renders without includes or `{% url %}`: 20 cards 20 → 8 ms of CPU
    (bench/README.md, finding 18)."""

    id: str  # the story's pk as text (an int would be localised at every use)
    kind: str  # the kind's label
    url: str
    author_name: str
    author_url: str
    author_unit_name: str
    author_unit_url: str  # "" when the author had no unit
    audience_name: str  # "" when the story is for everyone
    react_url: str
    reactions: tuple[tuple[str, str, str, bool], ...]  # (kind, label, count, mine)
    bookmark_url: str
    topics: tuple[tuple[str, str], ...]  # (address, name), in the prefetch's order
    published_iso: str  # as |date:"c" in the current time zone
    published_text: str  # as |date:"DATE_FORMAT" in the current language
    avatar_url: str  # "" without a photo: then initials on a colour (components/_avatar.html)
    avatar_hue: int
    initials: str


_PK_STAND_IN = 987_654_321_987
_SLUG_STAND_IN = "slug-stand-in-987654321"


def _address_maker(name: str, stand_in: int | str) -> Callable[[int | str], str]:
    """`reverse(name, args=[x])` for many x at the cost of one reverse: the address of a stand-in,
    split around it (ids and slugs are inserted unquoted)."""
    before, _, after = reverse(name, args=[stand_in]).partition(str(stand_in))
    return lambda value: f"{before}{value}{after}"


def with_cards(stories: list[Story]) -> list[Story]:
    """Set `card` (a StoryCard) on each story, in the current language and time zone. Stories
    must have author, author_unit, audience_unit and topics loaded (as `_load` does) and
    `reaction_states` (stories_decorate)."""
    if not stories:
        return stories
    from samla.core.templatetags.samla import avatar_hue, initials

    story_url = _address_maker("stories:story-detail", _PK_STAND_IN)
    person_url = _address_maker("people:person-detail", _PK_STAND_IN)
    unit_url = _address_maker("stories:unit", _PK_STAND_IN)
    react_url = _address_maker("stories:react", _PK_STAND_IN)
    bookmark_url = _address_maker("stories:bookmark", _PK_STAND_IN)
    topic_url = _address_maker("stories:topic", _SLUG_STAND_IN)
    dates: dict[date, str] = {}
    for story in stories:
        author = story.author
        published = timezone.localtime(story.published_at)
        day = published.date()
        if day not in dates:
            dates[day] = formats.date_format(published, "DATE_FORMAT")
        unit = story.author_unit
        audience = story.audience_unit
        story.card = StoryCard(  # type: ignore[attr-defined]
            id=str(story.pk),
            kind=str(story.get_kind_display()),
            url=story_url(story.pk),
            author_name=author.full_name,
            author_url=person_url(story.author_id),
            author_unit_name=unit.name if unit is not None else "",
            author_unit_url=unit_url(unit.pk) if unit is not None else "",
            audience_name=audience.name if audience is not None else "",
            react_url=react_url(story.pk),
            reactions=tuple(
                (r.kind, r.label, str(r.count), r.mine)
                for r in story.reaction_states  # type: ignore[attr-defined]
            ),
            bookmark_url=bookmark_url(story.pk),
            topics=tuple((topic_url(t.slug), t.name) for t in story.topics.all()),
            published_iso=published.isoformat(),  # what the "c" date format gives
            published_text=dates[day],
            avatar_url=author.avatar.url if author.avatar else "",
            avatar_hue=avatar_hue(author.pk),
            initials=initials(author.full_name),
        )
    return stories


def _hydrate(viewer: Person, ids: list[int], *, decorate: bool = True) -> list[Story]:
    if not ids:
        return []
    by_id = {s.pk: s for s in _cards(viewer, Story.objects.filter(pk__in=ids))}
    stories = [by_id[i] for i in ids if i in by_id]
    return with_cards(stories_decorate(viewer=viewer, stories=stories)) if decorate else stories


def _page(stories: list[Story], limit: int) -> FeedPage:
    more = len(stories) > limit
    items = stories[:limit]
    last = items[-1] if items else None
    return FeedPage(items, cursor_encode(last.published_at, last.pk) if more and last else None)


def _page_from_keys(
    viewer: Person, keys: list[tuple[int, Any]], limit: int, *, decorate: bool = True
) -> FeedPage:
    more = len(keys) > limit
    items = _hydrate(viewer, [k[0] for k in keys[:limit]], decorate=decorate)
    last = keys[limit - 1] if more else None
    cursor = cursor_encode(_as_datetime(last[1]), last[0]) if last is not None else None
    return FeedPage(items, cursor)


def feed_latest(
    *,
    viewer: Person,
    cursor: str | None = None,
    limit: int = FEED_PAGE_SIZE,
    kind: str | None = None,
) -> FeedPage:
    """Every story the viewer may read, newest first; optionally one kind."""
    after = cursor_decode(cursor)
    if kind is not None and kind not in StoryKind.values:
        raise ValueError("unknown kind")
    if not viewer.is_active:
        return FeedPage([], None)
    qs = _visible(viewer).filter(_after(after))
    if kind:
        qs = qs.filter(kind=kind)
    stories = list(_cards(viewer, qs.order_by("-published_at", "-id"))[: limit + 1])
    page = _page(stories, limit)
    with_cards(stories_decorate(viewer=viewer, stories=page.items))
    return page


def _topic_keys(viewer: Person, skill: Skill, after: Cursor | None, n: int) -> list[Any]:
    return list(_newest(_topics_visible(viewer).filter(skill=skill), after, n, on_topic=True))


def feed_topic(
    *, viewer: Person, skill: Skill, cursor: str | None = None, limit: int = FEED_PAGE_SIZE
) -> FeedPage:
    """Stories on one topic (index story_topic_feed), newest first."""
    after = cursor_decode(cursor)
    if not viewer.is_active:
        return FeedPage([], None)
    return _page_from_keys(viewer, _topic_keys(viewer, skill, after, limit + 1), limit)


def feed_unit(
    *, viewer: Person, unit: OrgUnit, cursor: str | None = None, limit: int = FEED_PAGE_SIZE
) -> FeedPage:
    """Stories written in the unit or a unit below it (when they were published)."""
    after = cursor_decode(cursor)
    if not viewer.is_active:
        return FeedPage([], None)
    qs = _visible(viewer).filter(_after(after), author_unit__in=_subtree_ids(unit.path))
    stories = list(_cards(viewer, qs.order_by("-published_at", "-id"))[: limit + 1])
    page = _page(stories, limit)
    with_cards(stories_decorate(viewer=viewer, stories=page.items))
    return page


def atom_topic_stories(*, viewer: Person, skill: Skill, limit: int = 50) -> list[Story]:
    if not viewer.is_active:
        return []
    keys = _topic_keys(viewer, skill, None, limit)
    return _hydrate(viewer, [k[0] for k in keys], decorate=False)


def atom_unit_stories(*, viewer: Person, unit: OrgUnit, limit: int = 50) -> list[Story]:
    if not viewer.is_active:
        return []
    qs = _visible(viewer).filter(author_unit__in=_subtree_ids(unit.path))
    return list(_cards(viewer, qs.order_by("-published_at", "-id"))[:limit])


@dataclass(frozen=True)
class _Source:
    reason: Reason
    subject: str = ""  # a person's, topic's or unit's name for "Because you follow …"
    skill_id: int | None = None


def feed_for_you(
    *, viewer: Person, cursor: str | None = None, limit: int = FEED_PAGE_SIZE
) -> FeedPage:
    """Stories from people, topics and units the viewer follows (and topics they want to learn or
    can help with), highlights, recent lessons and experiment results; the viewer's own unit if
    they follow nothing. Each story gets `feed_reason`, `feed_subject` (a name) and
    `feed_follows_topic`."""
    after = cursor_decode(cursor)
    if not viewer.is_active:
        return FeedPage([], None)
    n = limit + 1
    visible = _visible(viewer)
    follows = list(
        Follow.objects.filter(follower_id=viewer.pk)
        .order_by("-created_at", "-id")
        .values_list("person_id", "skill_id", "unit_id", "unit__path", "unit__name")
    )
    own_skills = PersonSkill.objects.filter(person_id=viewer.pk).filter(
        Q(wants_to_learn=True) | Q(can_help=True)
    )
    followed_skills = [f[1] for f in follows if f[1] is not None]
    skill_ids = list(
        dict.fromkeys([*followed_skills, *own_skills.values_list("skill_id", flat=True)])
    )[:MAX_TOPICS]

    branches: list[Branch] = []
    sources: list[_Source] = []
    people = [f[0] for f in follows if f[0] is not None][:MAX_FOLLOWED_PEOPLE]
    if people:
        branches.append(_compiled(_newest(visible.filter(author_id__in=people), after, n)))
        sources.append(_Source(Reason.PERSON))
    topics = _topics_visible(viewer)
    branches += _per_key(
        lambda key: _newest(topics.filter(skill_id=key), after, n, on_topic=True), skill_ids
    )
    sources += [_Source(Reason.TOPIC, skill_id=skill_id) for skill_id in skill_ids]
    followed_units = [f for f in follows if f[2] is not None][:MAX_UNITS]
    subtrees = _subtrees_ids([f[3] for f in followed_units])
    for _p, _s, _unit_id, path, name in followed_units:
        unit_qs = visible.filter(author_unit__in=subtrees[path])
        branches.append(_compiled(_newest(unit_qs, after, n)))
        sources.append(_Source(Reason.UNIT, subject=name))
    since = timezone.now() - timedelta(days=RECENT_DAYS)
    for reason, qs in [
        (Reason.HIGHLIGHT, visible.filter(highlighted_at__isnull=False)),
        (Reason.LESSON, visible.filter(kind=StoryKind.LESSON, published_at__gte=since)),
        (Reason.EXPERIMENT, visible.filter(kind=StoryKind.EXPERIMENT, closed_at__gte=since)),
    ]:
        branches.append(_compiled(_newest(qs, after, n)))
        sources.append(_Source(reason))
    if not follows and viewer.unit_id is not None:
        own = visible.filter(author_unit_id=viewer.unit_id)
        branches.append(_compiled(_newest(own, after, n)))
        sources.append(_Source(Reason.OWN_UNIT))

    best: dict[int, tuple[datetime, int]] = {}
    for story_id, published_at, branch in _union_rows(branches):
        if story_id not in best or branch < best[story_id][1]:
            best[story_id] = (published_at, branch)
    keys = sorted(best.items(), key=lambda kv: (kv[1][0], kv[0]), reverse=True)
    page = _page_from_keys(viewer, [(k, v[0]) for k, v in keys], limit)
    for story in page.items:
        source = sources[best[story.pk][1]]
        subject = source.subject
        if source.reason == Reason.PERSON:
            subject = story.author.full_name
        elif source.reason == Reason.TOPIC:
            subject = next((t.name for t in story.topics.all() if t.pk == source.skill_id), "")
        story.feed_reason = source.reason.value  # type: ignore[attr-defined]
        story.feed_subject = subject  # type: ignore[attr-defined]
        story.feed_follows_topic = source.skill_id in followed_skills  # type: ignore[attr-defined]
    return page


# --- The story page -------------------------------------------------------------------------


def story_get_for_page(*, viewer: Person, pk: int) -> Story | None:
    """A story as its page shows it (the same rule as story_get_visible), with `topics`
    prefetched, `is_bookmarked`, `comment_count` and `reaction_states`: three queries."""
    story = (
        _load(viewer, Story.objects.filter(pk=pk)).select_related("author__unit", "sponsor").first()
    )
    if story is None or not can_view_story(viewer, story):
        return None
    stories_decorate(viewer=viewer, stories=[story])
    return story


def story_comments(*, story: Story) -> list[Comment]:
    """Top-level comments, oldest first, each with `reply_list` (its replies, oldest first). Removed
    and hidden comments stay in place so replies keep their context; templates show a
    placeholder for them."""
    comments = list(
        Comment.objects.filter(story=story).select_related("author").order_by("created_at", "id")
    )
    replies: dict[int, list[Comment]] = {}
    for comment in comments:
        comment.story = story  # permission checks read it: no query per comment
        if comment.parent_id is not None:
            replies.setdefault(comment.parent_id, []).append(comment)
    top = [c for c in comments if c.parent_id is None]
    for comment in top:
        comment.reply_list = replies.get(comment.pk, [])  # type: ignore[attr-defined]
    return top


def comment_get(*, pk: int) -> Comment | None:
    return Comment.objects.select_related("story", "story__author", "author").filter(pk=pk).first()


def stories_related(*, viewer: Person, story: Story, limit: int = 4) -> list[Story]:
    """The newest stories the viewer may read that share a topic with this one."""
    topic_ids = [t.pk for t in story.topics.all()]
    if not topic_ids or not viewer.is_active:
        return []
    sharing = StoryTopic.objects.filter(skill_id__in=topic_ids).values("story_id")
    return list(
        _visible(viewer)
        .filter(pk__in=Subquery(sharing))
        .exclude(pk=story.pk)
        .select_related("author")
        .order_by("-published_at", "-id")[:limit]
    )


def helpers_for_topics(*, viewer: Person, story: Story, limit: int = 5) -> list[PersonSkill]:
    """Active colleagues who offer help with the story's topics, levels 4 and 3 first; one row a
    person (their strongest topic); never the viewer or the author."""
    topic_ids = [t.pk for t in story.topics.all()]
    if not topic_ids:
        return []
    rows = (
        PersonSkill.objects.filter(skill_id__in=topic_ids, can_help=True, person__is_active=True)
        .exclude(person_id__in={viewer.pk, story.author_id})
        .select_related("person", "person__unit", "skill")
        .order_by(F("level").desc(nulls_last=True), "person__full_name", "person_id")[: limit * 8]
    )
    seen: dict[int, PersonSkill] = {}
    for row in rows:
        seen.setdefault(row.person_id, row)
    return list(seen.values())[:limit]


# --- Saved stories, follows, feed keys ------------------------------------------------------


def bookmarks_of(
    *, viewer: Person, cursor: str | None = None, limit: int = FEED_PAGE_SIZE
) -> FeedPage:
    """The viewer's saved stories they may still read, most recently saved first; the cursor is
    on (saved at, bookmark id)."""
    after = cursor_decode(cursor)
    if not viewer.is_active:
        return FeedPage([], None)
    rows = list(
        Bookmark.objects.filter(
            audience_q(viewer, "story__"), person_id=viewer.pk, story__state=StoryState.PUBLISHED
        )
        .filter(_after(after, time_field="created_at"))
        .order_by("-created_at", "-id")
        .values_list("id", "created_at", "story_id")[: limit + 1]
    )
    items = _hydrate(viewer, [r[2] for r in rows[:limit]])
    last = rows[limit - 1] if len(rows) > limit else None
    return FeedPage(items, cursor_encode(last[1], last[0]) if last is not None else None)


def follows_of(person: Person) -> list[Follow]:
    """Whom and what a person follows, newest first (T1: only the person reads this)."""
    return list(
        Follow.objects.filter(follower_id=person.pk)
        .select_related("person", "skill", "unit")
        .order_by("-created_at", "-id")
    )


def follow_targets(person: Person) -> set[tuple[str, int]]:
    """What the person follows, as ("person" | "skill" | "unit", id) pairs, for follow buttons."""
    targets: set[tuple[str, int]] = set()
    rows = Follow.objects.filter(follower_id=person.pk).values_list(
        "person_id", "skill_id", "unit_id"
    )
    for person_id, skill_id, unit_id in rows:
        if person_id is not None:
            targets.add(("person", person_id))
        elif skill_id is not None:
            targets.add(("skill", skill_id))
        elif unit_id is not None:
            targets.add(("unit", unit_id))
    return targets


def topic_get(slug: str) -> Skill | None:
    """A topic of stories is a skill of the taxonomy."""
    return Skill.objects.filter(slug=slug).first()


def topic_get_by_id(pk: int) -> Skill | None:
    return Skill.objects.filter(pk=pk).first()


def feed_key_of(person: Person) -> FeedKey | None:
    return FeedKey.objects.filter(person_id=person.pk).first()


def feed_key_person(key: str) -> Person | None:
    """Whose feed key this is: an active person, or None for an unknown or revoked key."""
    if not key or len(key) > 64:
        return None
    found = FeedKey.objects.select_related("person", "person__unit").filter(key=key).first()
    if found is None or not found.person.is_active:
        return None
    return found.person


# --- Circles (their membership comes from core.audiences; stories never import circles) -------


@dataclass(frozen=True)
class CircleRef:
    pk: int
    name: str
    url: str


def story_circle(story: Story) -> CircleRef | None:
    """The circle a story is addressed to, named (None for stories to a unit or everyone)."""
    if story.circle_id is None:
        return None
    pk = story.circle_id
    return CircleRef(
        pk=pk,
        name=circle_names([pk]).get(pk, ""),
        url=circle_urls([pk]).get(pk, ""),
    )


def stories_for_circle(*, viewer: Person, circle_id: int, limit: int = 10) -> list[Story]:
    """The newest stories addressed to a circle, for its page (none unless the viewer is a member:
    the audience rule decides)."""
    if circle_id not in circle_ids_for(viewer):
        return []
    return list(
        stories_visible_to(viewer)
        .filter(circle_id=circle_id)
        .select_related("author")
        .defer("sections", "sections_html")
        .order_by("-published_at", "-pk")[:limit]
    )
