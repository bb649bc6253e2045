"""Reads for routing: the learning leads' "demand against supply" and a person's routing choice.

Demand against supply shows counts per topic only (unanswered questions, people who can help):
no question titles, no people, nothing about who asked."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, QuerySet
from django.utils import timezone

from samla.people.models import Person, PersonSkill, Skill
from samla.questions.enums import QuestionState
from samla.questions.models import Question, QuestionTopic
from samla.questions.models_routing import RoutingPreference

TOPICS_SHOWN = 50
DEMAND_DAYS = 182  # demand is what was asked in the last six months and is still unanswered


def can_view_routing_insight(person: Person) -> bool:
    """Learning leads and organisation admins."""
    return person.is_active and (person.is_learning_lead or person.is_org_admin)


@dataclass(frozen=True)
class TopicDemand:
    skill: Skill
    unanswered: int  # published questions on the topic without an answer
    helpers: int  # active people who can help with it and take routed questions

    @property
    def gap(self) -> int:
        return self.unanswered - self.helpers


def topic_demand(*, limit: int = TOPICS_SHOWN, today: date | None = None) -> list[TopicDemand]:
    """Topics with questions asked in the last six months and still unanswered, the widest gap
    between demand and supply first. Six small queries, whatever the number of topics: the open
    questions from their partial index, their topics, then the helpers counted from the skills
    index alone, less those who left or opted out (few), and the skills shown."""
    since = (today or timezone.localdate()) - timedelta(days=DEMAND_DAYS)
    open_ids = list(
        Question.objects.filter(
            state=QuestionState.PUBLISHED,
            answer_count=0,
            duplicate_of__isnull=True,
            asked_on__gte=since,
        )
        .order_by()
        .values_list("id", flat=True)
    )
    if not open_ids:
        return []
    unanswered = dict(
        QuestionTopic.objects.filter(question_id__in=open_ids)
        .order_by()
        .values("skill_id")
        .annotate(n=Count("question_id"))
        .values_list("skill_id", "n")
    )
    skill_ids = list(unanswered)

    def helpers_per_skill(qs: QuerySet[PersonSkill]) -> Counter[int]:
        return Counter(
            dict(
                qs.filter(skill_id__in=skill_ids, can_help=True)
                .order_by()
                .values("skill_id")
                .annotate(n=Count("id"))
                .values_list("skill_id", "n")
            )
        )

    helpers = helpers_per_skill(PersonSkill.objects.all())
    helpers -= helpers_per_skill(PersonSkill.objects.filter(person__is_active=False))
    helpers -= helpers_per_skill(
        PersonSkill.objects.filter(
            person__is_active=True,
            person_id__in=RoutingPreference.objects.filter(opted_out=True).values("person_id"),
        )
    )
    ranked = sorted(
        unanswered,
        key=lambda sid: (-(unanswered[sid] - helpers.get(sid, 0)), -unanswered[sid], sid),
    )[:limit]
    skills = Skill.objects.in_bulk(ranked)
    return [
        TopicDemand(skill=skills[sid], unanswered=unanswered[sid], helpers=helpers.get(sid, 0))
        for sid in ranked
        if sid in skills
    ]
