"""Seed the demo's stories (stories_{en,da,sv,nb}.py) through the stories services: published by
colleagues who fit them (language, part of the company, leader or not), with comments, replies,
reactions, leaders' responses, experiments that ran and ended, images, highlights, and follows
for the demo accounts so their "For you" has something in it from the first minute.

Publishing goes through the same services as the composer, so everything a real story gets (the
search index, the learning record, notifications) the demo's get too. The services stamp "now";
the seeder then moves each story, its record rows and its comments back to when it happened.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

from samla.demo import stories_da, stories_en, stories_nb, stories_sv
from samla.demo.data import DEMO_ACCOUNTS, LEARNING_LEADS
from samla.demo.history import Member
from samla.notifications.models import EmailMessage
from samla.people.models import Person, Skill
from samla.record.enums import Verb
from samla.record.models import Activity
from samla.stories.enums import (
    ExperimentStatus,
    MediaKind,
    ReactionKind,
    ReportReason,
    StoryKind,
)
from samla.stories.models import Comment, Reaction, Report, Story, StoryTopic
from samla.stories.search_index import story_index
from samla.stories.services import care, compose, interactions
from samla.stories.services.record import OBJECT_TYPE, record_visibility

AREAS: dict[str, tuple[str, ...]] = {
    "engineering": (
        "NL-PLATFORM", "NL-WEB", "NL-INTEGRATIONS", "NL-QA", "NL-DATA-ENG", "NL-ANALYTICS",
        "NL-ML", "NL-SERVICE-DESIGN", "NL-PRODUCT", "NL-ENERGY", "NL-WATER", "NL-BUILDINGS",
    ),
    "operations": ("NL-PMO", "NL-HSE", "NL-BUILDINGS"),
    "customer": ("NL-SERVICE-DESK", "NL-CLIENTS"),
    "sales": ("NL-BIDS", "NL-MARKETING", "NL-CLIENTS"),
    "people": ("NL-PEOPLE",),
    "finance": ("NL-FINANCE", "NL-LEGAL"),
}  # fmt: skip
SOURCES = (("en", stories_en), ("da", stories_da), ("sv", stories_sv), ("nb", stories_nb))
HIGHLIGHTS = 9
IMAGE_COLOURS = ((32, 92, 115), (196, 120, 44), (61, 122, 79), (120, 72, 140))


@dataclass
class StoriesReport:
    stories: int = 0
    comments: int = 0
    reactions: int = 0


def all_story_defs() -> list[tuple[str, dict[str, Any]]]:
    return [(lang, d) for lang, module in SOURCES for d in module.STORIES]


class StorySeeder:
    def __init__(
        self,
        *,
        rng: random.Random,
        members: Sequence[Member],
        now: datetime,
        limit: int | None = None,
    ) -> None:
        self.rng = rng
        self.defs = story_defs_sample(limit)
        self.now = now
        self.members = [m for m in members if m.person.is_active]
        self.skills = {s.slug: s for s in Skill.objects.all()}
        self.report = StoriesReport()
        lead_names = {d.full_name for d in LEARNING_LEADS}
        self.learning_leads = [m.person for m in self.members if m.person.full_name in lead_names]
        self.for_accounts = self._stories_for_accounts()

    def _stories_for_accounts(self) -> dict[str, Person]:
        """The demo accounts have written something: the manager a leader's lesson that asked
        for a response, the employee a learning story, the admin a tip, each in their language."""
        accounts = {m.person.email: m for m in self.members}
        wanted = [
            (DEMO_ACCOUNTS[1].email, "lesson", "leader"),  # manager
            (DEMO_ACCOUNTS[2].email, "learning", "employee"),  # employee
            (DEMO_ACCOUNTS[2].email, "tip", "employee"),
            (DEMO_ACCOUNTS[0].email, "tip", "employee"),  # admin
        ]
        chosen: dict[str, Person] = {}
        for email, kind, role in wanted:
            member = accounts.get(email or "")
            if member is None:
                continue
            for lang, d in self.defs:
                if (
                    lang == member.language
                    and d["kind"] == kind
                    and d.get("author", "any") in {role, "any"}
                    and d["key"] not in chosen
                    and (kind != "lesson" or d.get("asks_leader_response"))
                ):
                    chosen[d["key"]] = member.person
                    break
        return chosen

    # --- Choosing people ----------------------------------------------------------------------

    def _pool(self, area: str, language: str, *, leader: bool | None) -> list[Member]:
        codes = AREAS.get(area)
        in_area = [m for m in self.members if codes is None or m.unit.code in codes]
        for candidates in (
            [m for m in in_area if m.language == language],
            in_area,
            [m for m in self.members if m.language == language],
            self.members,
        ):
            if leader is not None:
                candidates = [m for m in candidates if m.is_lead == leader]
            if candidates:
                return candidates
        return self.members

    def _author(self, d: dict[str, Any], language: str) -> Person:
        account = self.for_accounts.get(d["key"])
        if account is not None:
            return account
        leader = {"leader": True, "employee": False}.get(d.get("author", "any"))
        return self.rng.choice(self._pool(d.get("area", "any"), language, leader=leader)).person

    def _someone(
        self, story: Story, *, language: str, exclude: Iterable[int] = ()
    ) -> Person | None:
        """A colleague who can read the story, preferably one who speaks its language."""
        skip = {story.author_id, *exclude}
        audience = [
            m.person
            for m in self.members
            if m.person.pk not in skip
            and (story.audience_unit_id is None or m.person.unit_id == story.audience_unit_id)
        ]
        same = [p for p in audience if p.language == language]
        return self.rng.choice(same or audience) if audience else None

    # --- Stories ------------------------------------------------------------------------------

    def run(self) -> StoriesReport:
        defs = sorted(self.defs, key=lambda item: -item[1]["days_ago"])
        published: list[Story] = []
        for language, d in defs:
            published.append(self._story(language, d))
        self._highlights(published)
        self._reports(published)
        self._follows()
        # The demo's history happened in the past: nobody should get a pile of emails for it.
        EmailMessage.objects.all().delete()
        return self.report

    def _story(self, language: str, d: dict[str, Any]) -> Story:
        author = self._author(d, language)
        kind = d["kind"]
        sections = dict(d["sections"])
        experiment = d.get("experiment") or {}
        ended = experiment.get("status") == ExperimentStatus.ENDED
        close_out = {k: sections.pop(k) for k in ("result", "lesson") if ended and k in sections}
        today = self.now.date()
        sponsor = None
        if kind == StoryKind.EXPERIMENT:
            sponsor = author.manager if author.manager and author.manager.is_active else None
            if sponsor is None or sponsor.pk == author.pk:
                sponsor = self.rng.choice([m.person for m in self.members if m.is_lead])
        content = compose.StoryContent(
            title=d["title"],
            sections=sections,
            language=language,
            audience_unit=author.unit if d.get("audience") == "unit" else None,
            topics=[self.skills[s] for s in d.get("topics", ()) if s in self.skills],
            link_url=d.get("link_url", ""),
            sponsor=sponsor,
            starts_on=today + timedelta(days=experiment["starts_in_days"]) if experiment else None,
            ends_on=today + timedelta(days=experiment["ends_in_days"]) if experiment else None,
            experiment_status=(
                ExperimentStatus.PLANNED
                if experiment.get("status") == ExperimentStatus.PLANNED
                else ExperimentStatus.RUNNING
            )
            if experiment
            else "",
            asks_leader_response=bool(d.get("asks_leader_response")),
        )
        draft = None
        if kind == StoryKind.MEDIA:
            draft, content = self._media_draft(author, d, content)
        story = compose.story_publish(author=author, kind=kind, content=content, draft=draft)
        when = self._when(d["days_ago"])
        self._backdate(story, when)
        if close_out and sponsor is not None:
            care.experiment_close_out(
                story=story,
                by=author,
                result=close_out.get("result", ""),
                lesson=close_out.get("lesson", ""),
            )
            Story.objects.filter(pk=story.pk).update(
                closed_at=min(self.now, when + timedelta(days=max(1, d["days_ago"] // 3)))
            )
        if d.get("acknowledgement") and story.asks_leader_response:
            responder = author.manager if author.manager and author.manager.is_active else None
            responder = responder or self.rng.choice(self.learning_leads)
            care.story_acknowledge(story=story, by=responder, note=d["acknowledgement"])
        self._comments(story, language, d.get("comments") or (), when)
        self._reactions(story, language, d.get("reactions") or {})
        story.refresh_from_db()
        story_index(story)
        self.report.stories += 1
        return story

    def _when(self, days_ago: int) -> datetime:
        minutes = self.rng.randint(8 * 60, 17 * 60)
        when = self.now - timedelta(days=days_ago)
        when = when.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(minutes=minutes)
        return min(when, self.now - timedelta(minutes=5))

    def _backdate(self, story: Story, when: datetime) -> None:
        Story.objects.filter(pk=story.pk).update(published_at=when, updated_at=when)
        StoryTopic.objects.filter(story=story).update(published_at=when)
        Activity.objects.filter(object_type=OBJECT_TYPE, object_id=str(story.pk)).update(
            timestamp=when
        )
        story.published_at = when

    def _media_draft(
        self, author: Person, d: dict[str, Any], content: compose.StoryContent
    ) -> tuple[Any, compose.StoryContent]:
        draft = compose.draft_save(author=author, kind=StoryKind.MEDIA, data={"title": d["title"]})
        alt_texts: dict[int, str] = {}
        summary = d["sections"].get("summary", d["title"])
        first_sentence = summary.split(". ")[0].strip().rstrip(".")[:200]
        for index in range(self.rng.randint(1, 3)):
            upload = SimpleUploadedFile(
                f"demo-{d['key']}-{index}.png", _picture(self.rng, index), "image/png"
            )
            media = compose.media_attach(
                owner=author, draft=draft, kind=MediaKind.IMAGE, upload=upload
            )
            alt_texts[media.pk] = first_sentence if index == 0 else f"{d['title']} ({index + 1})"
        content.alt_texts = alt_texts
        return draft, content

    def _comments(
        self, story: Story, language: str, comments: Iterable[dict[str, Any]], when: datetime
    ) -> None:
        moment = when
        for c in comments:
            commenter = self._someone(story, language=language)
            if commenter is None:
                return
            comment = interactions.comment_create(story=story, author=commenter, body=c["body"])
            moment = min(self.now, moment + timedelta(hours=self.rng.randint(1, 30)))
            Comment.objects.filter(pk=comment.pk).update(created_at=moment)
            self.report.comments += 1
            for r in c.get("replies") or ():
                # Replies come from the story's author as often as from anyone else.
                replier = (
                    story.author
                    if self.rng.random() < 0.5
                    else self._someone(story, language=language, exclude=[commenter.pk])
                ) or story.author
                reply = interactions.comment_create(
                    story=story, author=replier, body=r["body"], parent=comment
                )
                moment = min(self.now, moment + timedelta(hours=self.rng.randint(1, 20)))
                Comment.objects.filter(pk=reply.pk).update(created_at=moment)
                self.report.comments += 1

    def _reactions(self, story: Story, language: str, counts: dict[str, int]) -> None:
        """Reactions and their learning-record rows, bulk-inserted in the shape
        interactions.reaction_toggle writes them (a few thousand one by one take a minute)."""
        reactions: list[Reaction] = []
        activities: list[Activity] = []
        topics = sorted(story.story_topics.values_list("skill__slug", flat=True))
        visibility = record_visibility(story)
        for kind, count in counts.items():
            if kind not in ReactionKind.values:
                continue
            chosen: set[int] = set()
            for _ in range(min(count, 25)):
                person = self._someone(story, language=language, exclude=chosen)
                if person is None:
                    break
                chosen.add(person.pk)
                when = min(self.now, story.published_at + timedelta(hours=self.rng.randint(1, 96)))
                reactions.append(Reaction(story=story, person=person, kind=kind, created_at=when))
                activities.append(
                    Activity(
                        actor=person,
                        unit_id=person.unit_id,
                        verb=Verb.REACTED,
                        object_type=OBJECT_TYPE,
                        object_id=str(story.pk),
                        object_title=story.title,
                        object_url=story.get_absolute_url(),
                        topics=topics,
                        context_type="reaction",
                        context_id=kind,
                        visibility=visibility,
                        timestamp=when,
                    )
                )
        Reaction.objects.bulk_create(reactions)
        Activity.objects.bulk_create(activities)
        self.report.reactions += len(reactions)

    def _highlights(self, stories: list[Story]) -> None:
        if not self.learning_leads:
            return
        org_wide = [s for s in stories if s.audience_unit_id is None]
        good = [s for s in org_wide if s.kind in {StoryKind.LESSON, StoryKind.SUCCESS}]
        for story in self.rng.sample(good, min(HIGHLIGHTS, len(good))):
            care.story_highlight_set(story=story, by=self.rng.choice(self.learning_leads), on=True)

    def _reports(self, stories: list[Story]) -> None:
        """Two reports wait in the learning leads' queue, as in any living organisation."""
        candidates = [s for s in stories if s.audience_unit_id is None and s.kind != "lesson"]
        wanted = [
            (ReportReason.CONFIDENTIAL, "The figures for the client may not be public yet."),
            (ReportReason.PERSONAL, "Kan vi undgå at nævne kollegaen med navn i kommentarerne?"),
        ]
        for story, (reason, details) in zip(
            self.rng.sample(candidates, min(len(wanted), len(candidates))), wanted, strict=False
        ):
            reporter = self._someone(story, language=story.language)
            if reporter is not None:
                report = care.report_create(
                    reporter=reporter, story=story, reason=reason, details=details
                )
                when = self.now - timedelta(hours=self.rng.randint(2, 30))
                Report.objects.filter(pk=report.pk).update(created_at=when)

    def _follows(self) -> None:
        """The demo accounts follow a few colleagues and topics, as people do after a week."""
        emails = [d.email for d in DEMO_ACCOUNTS if d.email]
        for person in Person.objects.filter(email__in=emails):
            authors = list(
                Person.objects.filter(stories__isnull=False, is_active=True)
                .exclude(pk=person.pk)
                .distinct()
                .order_by("pk")[:60]
            )
            for author in self.rng.sample(authors, min(4, len(authors))):
                interactions.follow_toggle(follower=person, person=author)
            for slug in ("facilitation", "feedback", "python", "kubernetes", "plain-language"):
                if slug in self.skills and self.rng.random() < 0.7:
                    interactions.follow_toggle(follower=person, skill=self.skills[slug])


def _picture(rng: random.Random, index: int) -> bytes:
    """A simple, pleasant picture (bands and a sun), so media stories have something to show."""
    width, height = 960, 540
    base = IMAGE_COLOURS[(index + rng.randint(0, 3)) % len(IMAGE_COLOURS)]
    image = Image.new("RGB", (width, height), base)
    draw = ImageDraw.Draw(image)
    for band in range(6):
        shade = tuple(min(255, c + 18 * band) for c in base)
        top = height - (band + 1) * height // 8
        draw.rectangle([0, top, width, top + height // 8], fill=shade)
    x, y = rng.randint(120, width - 120), rng.randint(80, height // 2)
    draw.ellipse([x - 60, y - 60, x + 60, y + 60], fill=(245, 214, 120))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def seed_stories(
    *, rng: random.Random, members: Sequence[Member], now: datetime, limit: int | None = None
) -> StoriesReport:
    return StorySeeder(rng=rng, members=members, now=now, limit=limit).run()


def story_defs_sample(limit: int | None) -> list[tuple[str, dict[str, Any]]]:
    """All story definitions, or `limit` of them taken in turn from each kind and language, so a
    small demo (tests) still has every kind in every language."""
    defs = all_story_defs()
    if limit is None or limit >= len(defs):
        return defs
    groups: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
    for lang, d in defs:
        groups.setdefault((d["kind"], lang), []).append((lang, d))
    queues = [groups[k] for k in sorted(groups)]
    out: list[tuple[str, dict[str, Any]]] = []
    while len(out) < limit:
        for queue in queues:
            if queue and len(out) < limit:
                out.append(queue.pop(0))
    return out
