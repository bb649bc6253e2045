"""The anonymity test (issue #4): a canary person asks anonymously, replies and accepts through
the private link. Then

- a full dump of the database (every table, every column, raw SQL; plus `dumpdata`) before and
  after holds no row that ties the canary to the question: no row that mentions the question
  (its ids, title, marker, token hash) also mentions the canary (a foreign key to them, their
  id in an *_id column, email, name, session key); the token itself is stored nowhere;
- every page, HTMX partial, API answer, search result, notification, email and log line, read
  as every role including a superuser, shows no trace of who asked.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import Org, client_for
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from samla.notifications.models import EmailMessage, Notification
from samla.people.models import Person, Skill
from samla.people.tests.factories import PersonFactory, PersonSkillFactory
from samla.questions.models import Answer, Question
from samla.questions.services import token_hash
from samla.record.models import Activity

pytestmark = pytest.mark.django_db

CANARY_NAME = "Quirinius Canarywright"
CANARY_EMAIL = "quirinius.canary@example.net"
MARKER = "zanzibarquokka"  # a unique word in the question
REPLY_MARKER = "xylophonewombat"


Row = tuple[str, tuple[Any, ...]]


def dump_all() -> dict[str, set[tuple[str, ...]]]:
    """Every row of every table (raw SQL), each value as text."""
    tables: dict[str, set[tuple[str, ...]]] = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT * FROM {quoted}")  # noqa: S608 - table names from introspection
            columns = [c[0] for c in cursor.description]
            tables[table] = {
                tuple(f"{col}={_text(v)}" for col, v in zip(columns, row, strict=True))
                for row in cursor.fetchall()
            }
    return tables


def _text(value: Any) -> str:
    if isinstance(value, bytes | memoryview):
        return bytes(value).decode("utf-8", "replace")
    return str(value)


def person_fk_columns() -> dict[str, set[str]]:
    """For each table, the columns that point at a person (foreign keys to people_person)."""
    found: dict[str, set[str]] = {}
    person_table = Person._meta.db_table
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            relations = connection.introspection.get_relations(cursor, table)
            cols = {col for col, (_f, target) in relations.items() if target == person_table}
            if cols:
                found[table] = cols
    return found


def _cols(row: tuple[str, ...]) -> dict[str, str]:
    return dict(cell.split("=", 1) for cell in row)


@pytest.fixture
def world(
    org: Org,
    employee: Person,
    colleague: Person,
    manager: Person,
    learning_lead: Person,
    org_admin: Person,
    topic: Skill,
) -> dict[str, Any]:
    canary = PersonFactory(full_name=CANARY_NAME, email=CANARY_EMAIL, unit=org.platform)
    PersonSkillFactory(person=canary, skill=topic, level=4, can_help=True)  # routing must skip them
    for _ in range(4):
        PersonFactory(unit=org.platform)
    expert = PersonFactory(full_name="Xenia Expert", email="expert@example.com", unit=org.sales)
    PersonSkillFactory(person=expert, skill=topic, level=4, can_help=True)
    superuser = Person.objects.create_superuser(
        "root@example.com", "pw-root-123456", full_name="Root User"
    )
    return {
        "canary": canary,
        "expert": expert,
        "roles": {
            "employee": employee,
            "colleague": colleague,
            "manager": manager,
            "learning_lead": learning_lead,
            "org_admin": org_admin,
            "superuser": superuser,
            "expert": expert,
            "canary_other_browser": canary,
        },
        "topic": topic,
        "org": org,
    }


@pytest.fixture
def all_logs() -> Iterator[list[str]]:
    """Every log record of every logger, formatted with its arguments and extras."""
    lines: list[str] = []

    class Grab(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            extras = {
                k: v
                for k, v in record.__dict__.items()
                if k not in logging.LogRecord("", 0, "", 0, "", (), None).__dict__
            }
            request = extras.pop("request", None)
            user = getattr(request, "user", None) if request is not None else None
            who = f"user={getattr(user, 'pk', '')} {getattr(user, 'email', '')}"
            where = f"path={getattr(request, 'path', '')}"
            lines.append(f"{record.name} {record.getMessage()} {extras} {who} {where}")

    handler = Grab(level=logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield lines
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def test_nobody_can_tell_who_asked(world: dict[str, Any], all_logs: list[str]) -> None:
    canary: Person = world["canary"]
    topic: Skill = world["topic"]
    canary_client = client_for(canary)
    canary_client.get(reverse("questions:list"))  # a live session, with its row
    session_key = canary_client.session.session_key
    assert session_key

    before = dump_all()

    # --- the canary asks, anonymously, through the web page -----------------------------------
    response = canary_client.post(
        reverse("questions:ask"),
        {
            "title": f"Is it normal that the {MARKER} deploy takes an hour?",
            "body": f"I keep waiting on the {MARKER} pipeline. **What** do others do?",
            "topics": [topic.pk],
            "language": "en",
            "audience": "",
            "anonymous": "on",
        },
    )
    assert response.status_code == 302
    private_url = response["Location"]
    token = private_url.rstrip("/").rsplit("/", 1)[-1]
    question = Question.objects.get()

    # --- an expert answers; the canary replies and accepts through the private link -----------
    expert_client = client_for(world["expert"])
    response = expert_client.post(
        reverse("questions:answer", args=[question.public_id]), {"body": "Cache the images."}
    )
    assert response.status_code == 302
    answer = Answer.objects.get(author=world["expert"])
    htmx = {"HTTP_HX_REQUEST": "true"}
    assert canary_client.get(private_url).status_code == 200
    response = canary_client.post(
        reverse("questions:private-reply", args=[token]),
        {"body": f"Thanks! {REPLY_MARKER}"},
        **htmx,
    )
    assert response.status_code == 200
    response = canary_client.post(reverse("questions:private-accept", args=[token, answer.pk]))
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.accepted_answer_id == answer.pk

    after = dump_all()
    asking_logs = list(all_logs)

    # --- 1. The database ----------------------------------------------------------------------
    question_marks = {
        MARKER,
        REPLY_MARKER,
        question.public_id,
        question.anon_token_hash,
        f"/questions/{question.public_id}/",
    }
    canary_marks = {CANARY_EMAIL, CANARY_NAME, session_key, token_hash(str(canary.pk))}
    fk_cols = person_fk_columns()
    question_tables = {m._meta.db_table for m in (Question, Answer)}

    def mentions_question(table: str, row: tuple[str, ...]) -> bool:
        text = " ".join(row)
        if any(m in text for m in question_marks):
            return True
        cols = _cols(row)
        if table.startswith("questions_") and cols.get("question_id") == str(question.pk):
            return True
        return table in question_tables and cols.get("id") in {str(question.pk)}

    def mentions_canary(table: str, row: tuple[str, ...]) -> bool:
        text = " ".join(row)
        if any(m in text for m in canary_marks):
            return True
        cols = _cols(row)
        return any(cols.get(c) == str(canary.pk) for c in fk_cols.get(table, set()))

    full_text = json.dumps({t: sorted(rows) for t, rows in after.items()})
    assert token not in full_text, "the private token is stored somewhere"
    dumped = io.StringIO()
    call_command("dumpdata", stdout=dumped)
    assert token not in dumped.getvalue()
    assert MARKER in full_text  # the dump does see the question

    for table, rows in after.items():
        for row in rows - before.get(table, set()):
            if mentions_question(table, row):
                assert not mentions_canary(table, row), f"{table} ties the asker: {row}"
    # The canary's own rows that changed say nothing about the question either.
    for table, rows in after.items():
        for row in rows - before.get(table, set()):
            if mentions_canary(table, row):
                assert not mentions_question(table, row), f"{table}: {row}"

    assert question.author_id is None and question.published_at is None
    assert Answer.objects.get(by_asker=True).created_at is None
    assert not Activity.objects.filter(actor=canary).exists()
    assert not Notification.objects.filter(recipient=canary).exists()
    assert not EmailMessage.objects.filter(recipient=canary).exists()
    assert not [m for m in mail.outbox if CANARY_EMAIL in m.to]
    for activity in Activity.objects.all():
        assert activity.actor_id != canary.pk

    # --- 2. Everything anyone can read --------------------------------------------------------
    def assert_clean(label: str, text: str, *, as_canary: bool = False) -> None:
        # Signed in as the canary the page names them in its header; what matters then is that
        # nothing treats them as the asker.
        marks = (
            (token, "Accept this answer", "You (anonymously)", private_url)
            if as_canary
            else (CANARY_NAME, CANARY_EMAIL, f"/people/{canary.pk}/", token)
        )
        for mark in marks:
            assert mark not in text, f"{label} shows {mark!r}"

    pages = [
        reverse("questions:list"),
        reverse("questions:unanswered"),
        reverse("questions:could-answer"),
        reverse("questions:mine"),
        reverse("questions:topic", args=[topic.slug]),
        reverse("questions:topic-atom", args=[topic.slug]),
        question.get_absolute_url(),
        reverse("questions:report", args=[question.public_id]),
        reverse("questions:moderation"),
        f"/search/?q={MARKER}",
        "/notifications/",
        "/record/me/",
        "/",
        f"/people/{canary.pk}/",
        "/api/v1/questions",
        f"/api/v1/questions/{question.public_id}",
        f"/api/v1/search?q={MARKER}",
        "/django-admin/",
    ]
    for role, person in world["roles"].items():
        client: Client = client_for(person)
        for url in pages:
            response = client.get(url)
            if response.status_code in (301, 302, 404, 403):
                continue
            text = response.content.decode()
            if url == f"/people/{canary.pk}/":
                assert MARKER not in text, f"{role}: the canary's profile shows the question"
                continue
            assert_clean(f"{role} {url}", text, as_canary=person.pk == canary.pk)
            if person.pk == canary.pk and url == reverse("questions:mine"):
                assert MARKER not in text  # another browser: Samla does not know it is theirs
        # HTMX partials: answering, commenting, voting re-render the discussion.
        if person.pk != canary.pk and person.is_active:
            response = client.post(
                reverse("questions:vote", args=[question.public_id]),
                {"value": "1", "answer": answer.pk},
                **htmx,
            )
            if response.status_code == 200:
                assert_clean(f"{role} vote partial", response.content.decode())
            else:
                assert response.status_code in (403, 404), role
            response = client.post(
                reverse("questions:comment", args=[question.public_id]),
                {"body": "Same here"},
                **htmx,
            )
            assert_clean(f"{role} comment partial", response.content.decode())
        if person.is_superuser:
            text = client.get(f"/django-admin/people/person/{canary.pk}/change/").content.decode()
            assert MARKER not in text
    # The Atom feed lists it (by a feed reader's key too), dated to the day, with no author.
    from samla.stories.services.interactions import feed_key_renew

    key = feed_key_renew(person=world["roles"]["colleague"]).key
    atom = Client().get(reverse("questions:topic-atom", args=[topic.slug]) + f"?key={key}")
    atom_text = atom.content.decode()
    assert question.get_absolute_url() in atom_text and "T00:00:00" in atom_text
    assert_clean("atom", atom_text)
    # Search finds it (so the pages above did show it), without an author.
    found = client_for(world["roles"]["colleague"]).get(f"/search/?q={MARKER}").content.decode()
    assert question.get_absolute_url() in found
    # The search index row has no author.
    from samla.search.models import SearchDocument

    doc = SearchDocument.objects.get(doc_type="question")
    assert doc.author_id is None
    assert (doc.published_at.hour, doc.published_at.minute, doc.published_at.second) == (0, 0, 0)

    # --- 3. Notifications, emails and logs ----------------------------------------------------
    for notification in Notification.objects.all():
        assert_clean("notification", json.dumps(notification.params) + notification.url)
    for message in EmailMessage.objects.all():
        assert_clean("email", message.subject + message.body_text + (message.body_html or ""))
    for message in mail.outbox:
        assert_clean("email", message.subject + str(message.body))
    # While asking, replying and accepting, no log line names the canary with the question or
    # the private page; reading the public page afterwards is what everyone does.
    for line in asking_logs:
        if any(m in line for m in (MARKER, question.public_id, token, "/questions/a/", "/ask/")):
            assert CANARY_EMAIL not in line and f"user={canary.pk} " not in line, line
    for line in all_logs:
        assert token not in line, f"a log line holds the private token: {line}"
