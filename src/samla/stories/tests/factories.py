from __future__ import annotations

import factory
from django.utils import timezone

from samla.core.markdown import render_markdown
from samla.people.tests.factories import PersonFactory
from samla.stories.enums import StoryKind, StoryState
from samla.stories.models import Comment, Story, StoryTopic


class StoryFactory(factory.django.DjangoModelFactory[Story]):
    """A published learning story. Tests of publishing itself go through the services; this is
    for arranging the world (and does not index: call search_index.story_index if needed)."""

    class Meta:
        model = Story
        skip_postgeneration_save = True

    kind = StoryKind.LEARNING
    author = factory.SubFactory(PersonFactory)
    author_unit = factory.LazyAttribute(lambda o: o.author.unit)
    title = factory.Sequence(lambda n: f"What I learned, part {n}")
    sections = factory.LazyAttribute(
        lambda o: {
            "learned": f"{o.title}: short daily check-ins beat long weekly meetings.",
            "situation": "Our team ran a three-week pilot.",
            "differently": "I will start every project with a check-in rota.",
        }
    )
    sections_html = factory.LazyAttribute(
        lambda o: {k: render_markdown(v) for k, v in o.sections.items()}
    )
    teaser = factory.LazyAttribute(lambda o: next(iter(o.sections.values()), "")[:300])
    language = "en"
    state = StoryState.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def topics(obj: Story, create: bool, extracted: object, **kwargs: object) -> None:
        if create and extracted:
            for skill in extracted:  # type: ignore[attr-defined]
                StoryTopic.objects.create(story=obj, skill=skill, published_at=obj.published_at)


class CommentFactory(factory.django.DjangoModelFactory[Comment]):
    class Meta:
        model = Comment

    story = factory.SubFactory(StoryFactory)
    author = factory.SubFactory(PersonFactory)
    body = "Thank you, we tried the same and it worked."
    body_html = factory.LazyAttribute(lambda o: render_markdown(o.body))
