"""The questions benchmarks (issue #4): the question page, the *unanswered* list, and routing a
new question to the people who can help.

Targets (PostgreSQL, 200,000 questions and 600,000 answers, 100,000 people): question page and
unanswered list p95 ≤ 50 ms server time (the request through Django's test client, in process:
middleware, session, view, template), routing a new question ≤ 20 ms (p95 of
`services_routing.route_question`: reading the candidates with their load, the choice, recording
the requests and notifying the helpers, emails rendered into the outbox). SQLite figures are
reported without a target. The questions are generated on first use (bench/generate_questions.py)
into the bench database, so `--keep` reuses them.
"""

from __future__ import annotations

import random
import time
from typing import Any

from bench.cases import WARMUP, Result, World, measure

PAGE_TARGET_MS = {"postgres": 50.0, "sqlite": None}
ROUTE_TARGET_MS = {"postgres": 20.0, "sqlite": None}
VIEWERS = 30

_state: dict[str, Any] = {}


def _ensure(backend: str) -> str:
    """Generate the questions once per process; returns the scale label."""
    if "scale" not in _state:
        from bench.generate_questions import ensure_questions
        from bench.worker import say
        from samla.questions.models import Answer, Question

        ensure_questions(log=lambda s: say(f"[{backend}] {s}"))
        _state["scale"] = (
            f"{Question.objects.count():,} questions, {Answer.objects.count():,} answers"
        )
    return str(_state["scale"])


def _viewers(rng: random.Random) -> list[Any]:
    """Active people with their unit loaded, as a signed-in request has them."""
    from samla.people.models import Person

    ids = list(
        Person.objects.filter(is_active=True, unit__isnull=False).values_list("pk", flat=True)
    )
    picked = rng.sample(ids, k=min(VIEWERS, len(ids)))
    return list(Person.objects.filter(pk__in=picked).select_related("unit"))


def _client(viewer: Any) -> Any:
    from django.test import Client

    client = Client(raise_request_exception=True)
    client.force_login(viewer)
    return client


def _get(client: Any, url: str) -> int:
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"GET {url} answered {response.status_code}")
    return len(response.content)


# --- The question page ---------------------------------------------------------------------------


def case_question_page(world: World, backend: str, runs: int, rng: random.Random) -> Result:
    from samla.questions.models import Question

    scale = _ensure(backend)
    result = Result(
        "questions_page", "question page", backend, scale, PAGE_TARGET_MS[backend], "ms"
    )
    viewers = _viewers(rng)
    clients = [_client(v) for v in viewers]
    # Published questions for the whole organisation (everyone may read them), answered ones
    # weighted as people open them: most with answers, some with many.
    # (Primary keys are random: sample in the database, untimed.)
    rows = list(
        Question.objects.filter(state="published", audience_unit__isnull=True)
        .order_by("?")
        .values_list("public_id", "answer_count")[: 2 * (runs + WARMUP)]
    )
    if not rows:
        result.status, result.note = "SKIP", "no questions"
        return result
    inputs = [(rng.choice(clients), rng.choice(rows)) for _ in range(runs + WARMUP)]
    it = iter(inputs)
    answers: list[int] = []
    sizes: list[int] = []

    def one() -> None:
        client, (public_id, n_answers) = next(it)
        sizes.append(_get(client, f"/questions/{public_id}/"))
        answers.append(n_answers)

    result.samples, result.cpu = measure(one, runs)
    result.extra.update(
        mean_answers=round(sum(answers) / len(answers), 2),
        max_answers=max(answers),
        mean_response_bytes=round(sum(sizes) / len(sizes)),
    )
    return result.finish()


# --- The unanswered list -------------------------------------------------------------------------


def case_unanswered(world: World, backend: str, runs: int, rng: random.Random) -> Result:
    from django.urls import reverse

    from samla.questions.selectors import questions_unanswered

    scale = _ensure(backend)
    result = Result(
        "questions_unanswered",
        "unanswered questions list",
        backend,
        scale,
        PAGE_TARGET_MS[backend],
        "ms",
    )
    viewers = _viewers(rng)
    url = reverse("questions:unanswered")
    # A quarter are the second page (the first page's cursor, read once here, untimed).
    pages: list[tuple[Any, str]] = []
    for viewer in viewers:
        client = _client(viewer)
        pages.append((client, url))
        cursor = questions_unanswered(viewer=viewer).next_cursor
        if cursor:
            pages.append((client, f"{url}?after={cursor}"))
    first = [p for p in pages if "?" not in p[1]]
    second = [p for p in pages if "?" in p[1]] or first
    inputs = [rng.choice(second if rng.random() < 0.25 else first) for _ in range(runs + WARMUP)]
    it = iter(inputs)
    sizes: list[int] = []

    def one() -> None:
        client, target = next(it)
        sizes.append(_get(client, target))

    result.samples, result.cpu = measure(one, runs)
    result.extra["mean_response_bytes"] = round(sum(sizes) / len(sizes))
    result.extra["second_page_share"] = round(
        sum(1 for _c, u in inputs[WARMUP:] if "?" in u) / runs, 2
    )
    return result.finish()


# --- Routing a new question ----------------------------------------------------------------------


def case_route(world: World, backend: str, runs: int, rng: random.Random) -> Result:
    """route_question for a freshly published question (named 88 %, anonymous 12 %), inside a
    transaction rolled back after each run, so every run sees the same loads."""
    from django.db import transaction
    from django.utils import timezone

    from bench.generate_questions import ANONYMOUS_SHARE
    from samla.people.models import OrgUnit
    from samla.questions.models import Question, QuestionTopic
    from samla.questions.services_routing import route_question

    scale = _ensure(backend)
    result = Result(
        "questions_route", "routing a new question", backend, scale, ROUTE_TARGET_MS[backend], "ms"
    )
    # Topics as questions have them: copy the topics and audience of existing questions.
    sample = list(Question.objects.order_by("?").values_list("id", flat=True)[: runs + WARMUP])
    shapes: dict[int, list[int]] = {}
    for qid, skill_id in QuestionTopic.objects.filter(question_id__in=sample).values_list(
        "question_id", "skill_id"
    ):
        shapes.setdefault(qid, []).append(skill_id)
    audiences = dict(Question.objects.filter(pk__in=shapes).values_list("pk", "audience_unit"))
    units = OrgUnit.objects.in_bulk([u for u in audiences.values() if u is not None])
    viewers = _viewers(rng)
    inputs = [
        (
            skills,
            units.get(audiences.get(qid)),  # type: ignore[arg-type]
            rng.random() < ANONYMOUS_SHARE,
            rng.choice(viewers),
        )
        for qid, skills in shapes.items()
    ]
    if not inputs:
        result.status, result.note = "SKIP", "no questions"
        return result
    while len(inputs) < runs + WARMUP:
        inputs += inputs
    it = iter(inputs)
    asked: list[int] = []

    class Rollback(Exception):
        pass

    def one() -> None:
        skills, audience, anonymous, asker = next(it)
        today = timezone.localdate()
        try:
            with transaction.atomic():
                question = Question.objects.create(
                    title="How do we measure this well?",
                    body="",
                    body_html="",
                    language="en",
                    audience_unit=audience,
                    author=None if anonymous else asker,
                    is_anonymous=anonymous,
                    asked_on=today,
                    published_at=None if anonymous else timezone.now(),
                )
                QuestionTopic.objects.bulk_create(
                    QuestionTopic(question=question, skill_id=s, asked_on=today) for s in skills
                )
                c = time.process_time()
                t = time.perf_counter()
                chosen = route_question(question=question, asker_id=asker.pk)
                timings.append((time.perf_counter() - t) * 1000)
                cpu_route.append((time.process_time() - c) * 1000)
                asked.append(len(chosen))
                raise Rollback
        except Rollback:
            pass

    timings: list[float] = []
    cpu_route: list[float] = []
    measure(one, runs)
    result.samples = timings[WARMUP:]
    result.cpu = cpu_route[WARMUP:]  # this process's CPU in route_question alone
    result.extra.update(
        mean_asked=round(sum(asked) / len(asked), 2),
        none_asked=sum(1 for n in asked if n == 0),
        anonymous_share=round(sum(1 for i in inputs[WARMUP : WARMUP + runs] if i[2]) / runs, 2),
    )
    return result.finish()
