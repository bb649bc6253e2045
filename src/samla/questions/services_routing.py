"""Routing a question to the people who can help (q-routing). The choice itself is the pure
`routing.choose` (its docstring explains the rules and the anonymity cover); this module reads the
candidates, records who was asked and notifies them.

    route_question(*, question, asker_id) -> list[int]     # inside the publish transaction
    routing_notices_deliver(*, question_id=None) -> int     # the task, and the periodic command
    widen_routing(*, today=None, dry_run=False) -> WidenReport   # the periodic command
    routing_opt_out_get(*, person) -> bool
    routing_opt_out_set(*, person, opted_out) -> bool

What is stored: who was asked (the helper), in which round, on which day. Never who asked:
`asker_id` lives in memory for the one call, only so the asker is not asked. The seed of the
draw is secret and thrown away.

Who was asked is recorded in the publish transaction; telling them happens after it: for a named
question a background task enqueued on commit (`tasks_routing`, so publishing does not wait for
three notifications and their emails), for an anonymous one the next periodic run (every few
minutes), so no stored notification time is the exact time an anonymous question was asked. The
periodic run also sends anything a worker has not.

The second round of an anonymous question cannot exclude the asker (Samla no longer knows them,
by design): an anonymous asker who is a helper of their own topic may be asked in that round,
like anyone else.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import connection, transaction
from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from samla.notifications.services import notify
from samla.people.models import Person, PersonSkill
from samla.questions import notices_routing, routing
from samla.questions.enums import QuestionState
from samla.questions.models import Question, QuestionTopic
from samla.questions.models_routing import QuestionRouting, RoutingPreference, RoutingRequest

# A popular topic can have thousands of helpers. The choice needs only a fair share of them: the
# best tier first, beyond this many a random sample (drawn by the database, independent of who
# asks, so the anonymity cover of routing.py holds for the sample as for the whole pool).
POOL_MAX = 64


def _candidates(*, question: Question, today: date) -> list[routing.Candidate]:
    """Everyone who can help with one of the question's topics, within its audience, active and
    not opted out, with their best level and recent load (at most POOL_MAX, best tier first, at
    random within a tier). Two queries: helpers from the skills index alone, then the people."""
    helpers = PersonSkill.objects.filter(
        skill_id__in=QuestionTopic.objects.filter(question_id=question.pk).values("skill_id"),
        can_help=True,
    )
    unit = question.audience_unit  # cached by the publish service; one query otherwise
    if unit is not None:
        helpers = helpers.filter(person__unit__path__startswith=unit.path)
    rows = (
        helpers.annotate(
            tier=Case(
                When(level__gte=routing.FIRST_TIER_LEVEL, then=Value(0)),
                When(level=2, then=Value(1)),
                default=Value(2),
            )
        )
        .order_by("tier", "?")
        .values_list("person_id", "level")[: 2 * POOL_MAX]  # room for leavers, opt-outs, repeats
    )
    best: dict[int, int] = {}
    for pid, level in rows:  # one row per topic a person can help with: keep their best level
        best[pid] = max(best.get(pid, 0), level or 1)
    if not best:
        return []
    since = today - timedelta(days=routing.LOAD_WINDOW_DAYS)
    load = (
        RoutingRequest.objects.filter(helper_id=OuterRef("pk"), created_on__gte=since)
        .order_by()
        .values("helper_id")
        .annotate(n=Count("*"))
        .values("n")
    )
    people = dict(
        Person.objects.filter(pk__in=list(best), is_active=True)
        .order_by()
        .exclude(Exists(RoutingPreference.objects.filter(person_id=OuterRef("pk"), opted_out=True)))
        .annotate(load=Coalesce(Subquery(load, output_field=IntegerField()), Value(0)))
        .values_list("pk", "load")
    )
    pool = [
        routing.Candidate(id=pid, level=level, load=people[pid])
        for pid, level in best.items()
        if pid in people
    ]
    return pool[:POOL_MAX]


def _ask(*, question: Question, chosen: list[int], round_: int, today: date) -> None:
    RoutingRequest.objects.bulk_create(
        [
            RoutingRequest(question=question, helper_id=pid, round=round_, created_on=today)
            for pid in chosen
        ]
    )


def route_question(*, question: Question, asker_id: int | None) -> list[int]:
    """Choose a few people who can help and record them (called once, inside the publish
    transaction). Returns the ids of the people asked. They are told by a background task
    enqueued on commit for a named question, by the next periodic run for an anonymous one."""
    today = timezone.localdate()
    chosen = routing.choose(
        _candidates(question=question, today=today),
        asker_id=asker_id,
        anonymous=question.is_anonymous,
        seed=secrets.randbits(128),
    )
    QuestionRouting.objects.create(question=question, routed_on=today)
    _ask(question=question, chosen=chosen, round_=routing.ROUND_ONE, today=today)
    if chosen and not question.is_anonymous:
        from samla.questions.tasks_routing import deliver_routing_notices

        deliver_routing_notices.enqueue(question_id=question.pk)  # on commit
    return chosen


def routing_notices_deliver(*, question_id: int | None = None, limit: int = 5000) -> int:
    """Notify helpers asked about a question who have not been told yet (of one question, or of
    all). Idempotent: each request is delivered once, even with several workers (row locks).
    Nothing is sent for a question that is no longer published, or to someone who opted out
    since. Returns how many notifications were created."""
    delivered = 0
    with transaction.atomic():
        pending = RoutingRequest.objects.filter(notified=False)
        if question_id is not None:
            pending = pending.filter(question_id=question_id)
        if connection.features.has_select_for_update_skip_locked:
            pending = pending.select_for_update(skip_locked=True, of=("self",))
        rows = list(pending.select_related("question", "helper").order_by("id")[:limit])
        if not rows:
            return 0
        opted_out = set(
            RoutingPreference.objects.filter(
                person_id__in={r.helper_id for r in rows}, opted_out=True
            ).values_list("person_id", flat=True)
        )
        for request in rows:
            question = request.question
            if question.state != QuestionState.PUBLISHED or request.helper_id in opted_out:
                continue
            notify(
                recipient=request.helper,
                kind=notices_routing.ROUTED.key,
                params={"title": question.title},
                url=question.get_absolute_url(),
            )
            delivered += 1
        RoutingRequest.objects.filter(pk__in=[r.pk for r in rows]).update(notified=True)
    return delivered


@dataclass(frozen=True)
class WidenReport:
    delivered: int  # pending notifications sent (anonymous questions' first rounds)
    considered: int  # questions whose 48 hours were up
    widened: int  # of those, still unanswered: a second round went out
    asked: int  # people asked in those second rounds


def widen_routing(*, today: date | None = None, dry_run: bool = False) -> WidenReport:
    """The periodic job (idempotent): give every question still unanswered 48 hours after routing
    its second, wider round (each question once), then send every pending notice: those of
    anonymous questions and of second rounds, and any a worker has not sent."""
    today = today or timezone.localdate()
    cutoff = today - timedelta(days=routing.WIDEN_AFTER.days)
    due = list(
        QuestionRouting.objects.filter(widened_on__isnull=True, routed_on__lte=cutoff)
        .select_related("question", "question__audience_unit")
        .order_by("routed_on", "question_id")[:2000]
    )
    widened = asked = 0
    for row in due:
        question = row.question
        if not routing.widen_due(row.routed_on, today):
            continue
        open_ = (
            question.state == QuestionState.PUBLISHED
            and question.answer_count == 0
            and question.accepted_answer_id is None
            and question.duplicate_of_id is None
        )
        if dry_run:
            widened += open_
            continue
        with transaction.atomic():
            locked = QuestionRouting.objects.filter(pk=row.pk, widened_on__isnull=True)
            if connection.features.has_select_for_update_skip_locked:
                locked = locked.select_for_update(skip_locked=True)
            if not locked.exists():
                continue  # another run is widening it, or has
            if open_:
                already = set(question.routing_requests.values_list("helper_id", flat=True))
                chosen = routing.choose(
                    _candidates(question=question, today=today),
                    asker_id=question.author_id,  # None for anonymous questions: unknown
                    anonymous=question.is_anonymous,
                    seed=secrets.randbits(128),
                    round_=routing.ROUND_TWO,
                    already_asked=already,
                )
                _ask(question=question, chosen=chosen, round_=routing.ROUND_TWO, today=today)
                widened += 1
                asked += len(chosen)
            QuestionRouting.objects.filter(pk=row.pk).update(widened_on=today)
    delivered = (
        RoutingRequest.objects.filter(notified=False).count()
        if dry_run
        else routing_notices_deliver()
    )
    return WidenReport(delivered=delivered, considered=len(due), widened=widened, asked=asked)


def routing_opt_out_get(*, person: Person) -> bool:
    """Whether the person asked not to be sent questions."""
    return RoutingPreference.objects.filter(person=person, opted_out=True).exists()


def routing_opt_out_set(*, person: Person, opted_out: bool) -> bool:
    """Turn "don't route questions to me" on or off. Returns the new setting."""
    RoutingPreference.objects.update_or_create(person=person, defaults={"opted_out": opted_out})
    return opted_out


__all__ = [
    "WidenReport",
    "route_question",
    "routing_notices_deliver",
    "routing_opt_out_get",
    "routing_opt_out_set",
    "widen_routing",
]
