"""Arranging questions for tests. Asking itself is tested through services.question_ask."""

from __future__ import annotations

import factory
from django.utils import timezone

from samla.core.markdown import render_markdown
from samla.people.tests.factories import PersonFactory
from samla.questions.enums import QuestionState
from samla.questions.models import Answer, Question


class QuestionFactory(factory.django.DjangoModelFactory[Question]):
    """A named, published question (no routing, no index)."""

    class Meta:
        model = Question

    title = factory.Sequence(lambda n: f"How do we handle case {n}?")
    body = "We tried a few things already."
    body_html = factory.LazyAttribute(lambda o: render_markdown(o.body))
    language = "en"
    author = factory.SubFactory(PersonFactory)
    asked_on = factory.LazyFunction(timezone.localdate)
    published_at = factory.LazyFunction(timezone.now)
    state = QuestionState.PUBLISHED


class AnswerFactory(factory.django.DjangoModelFactory[Answer]):
    class Meta:
        model = Answer

    question = factory.SubFactory(QuestionFactory)
    author = factory.SubFactory(PersonFactory)
    body = "Try the checklist in the wiki."
    body_html = factory.LazyAttribute(lambda o: render_markdown(o.body))
    created_on = factory.LazyFunction(timezone.localdate)
    created_at = factory.LazyFunction(timezone.now)
