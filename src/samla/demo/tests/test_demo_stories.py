"""The demo's stories: valid definitions in four languages, seeded through the stories services."""

from __future__ import annotations

from collections import Counter

import pytest

from samla.demo.skills import SKILLS_BY_SLUG
from samla.demo.stories import all_story_defs, story_defs_sample
from samla.demo.tests.test_demo import run_demo
from samla.notifications.models import EmailMessage
from samla.people.models import Person
from samla.record.models import Activity
from samla.stories.enums import ExperimentStatus, StoryKind
from samla.stories.kinds import CLOSE_OUT_SECTIONS, SECTIONS
from samla.stories.models import (
    Comment,
    Reaction,
    Report,
    Story,
    StoryAcknowledgement,
    StoryMedia,
)


def test_every_story_definition_fits_its_kind() -> None:
    defs = all_story_defs()
    assert len(defs) >= 200
    assert len({d["key"] for _, d in defs}) == len(defs)
    per = Counter((lang, d["kind"]) for lang, d in defs)
    for lang in ("en", "da", "sv", "nb"):
        for kind in StoryKind.values:
            assert per[(lang, kind)] >= 3, (lang, kind)
    for _, d in defs:
        keys = {s.key for s in SECTIONS[d["kind"]]}
        assert set(d["sections"]) <= keys, d["key"]
        ended = (d.get("experiment") or {}).get("status") == ExperimentStatus.ENDED
        for s in SECTIONS[d["kind"]]:
            if s.required and not (s.key in CLOSE_OUT_SECTIONS and not ended):
                assert d["sections"].get(s.key, "").strip(), (d["key"], s.key)
        assert 1 <= len(d["topics"]) <= 3 and set(d["topics"]) <= set(SKILLS_BY_SLUG), d["key"]
        assert len(d["title"]) <= 120
        assert (d["kind"] == StoryKind.ARTICLE) == bool(d.get("link_url"))


def test_a_small_sample_keeps_every_kind_and_language() -> None:
    sample = story_defs_sample(28)
    assert len(sample) == 28
    assert {(lang, d["kind"]) for lang, d in sample} == {
        (lang, kind) for lang in ("en", "da", "sv", "nb") for kind in StoryKind.values
    }


@pytest.mark.django_db
def test_demo_stories_are_published_with_their_conversations() -> None:
    run_demo("--people", "60", "--stories", "28")

    # (the circles' demo publishes a few more from meetings' notes: their keys start "circle-")
    stories = list(Story.objects.exclude(publish_key__startswith="circle-"))
    assert len(stories) == 28
    assert {s.language for s in stories} == {"en", "da", "sv", "nb"}
    assert {s.kind for s in stories} == set(StoryKind.values)
    assert all(s.sections_html and s.teaser for s in stories)
    assert Comment.objects.filter(parent__isnull=False).exists()
    assert Reaction.objects.count() > 28
    assert StoryMedia.objects.filter(story__kind=StoryKind.MEDIA).count() >= 4
    assert Story.objects.filter(kind=StoryKind.EXPERIMENT, closed_at__isnull=False).exists()
    assert StoryAcknowledgement.objects.exists()
    assert Story.objects.filter(highlighted_at__isnull=False).exists()
    assert Report.objects.filter(resolved_at__isnull=True).count() == 2  # the queue has work
    # Published in the past, each with its "shared" row in the learning record.
    assert len({s.published_at.date() for s in stories}) > 10
    shared = Activity.objects.filter(verb="shared", object_type="story")
    assert shared.filter(object_id__in=[str(s.pk) for s in stories]).count() == 28
    # The demo accounts wrote some of them, and no email waits about the demo's past.
    assert Story.objects.filter(author__email="employee@example.com").exists()
    # Only the demo accounts' welcome emails (in their languages) wait in the outbox.
    assert EmailMessage.objects.count() == 3
    assert all(m.subject.startswith(("Vel", "Väl", "Wel")) for m in EmailMessage.objects.all())
    assert Person.objects.get(email="employee@example.com").story_follows.exists()
