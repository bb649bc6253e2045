"""Writing questions and answers. PUBLIC SIGNATURES (others code against these):

    question_ask(*, asker, title, body, topics, audience_unit, anonymous, language)
        -> tuple[Question, str | None]       # token only when anonymous (never stored)
    question_set_anonymity(*, actor, question, anonymous) -> NoReturn  # QuestionConflict (409)
    answer_post(*, author, question, body) -> Answer
    answer_post_anonymous(*, token, body) -> Answer          # the asker replies via the link
    answer_accept(*, actor, answer) -> Question               # the named asker accepts
    answer_accept_anonymous(*, token, answer) -> Question     # the anonymous asker accepts
    comment_post(*, author, question, body, answer=None) -> Comment
    vote_set(*, person, value, question=None, answer=None) -> int   # value -1/0/1; new score
    question_follow_set(*, person, question, on: bool) -> bool      # "I have this question too"
    question_mark_duplicate(*, actor, question, original) -> Question
    question_to_story(*, actor, question) -> Story
    report_create(*, reporter, question, reason, details="", answer=None) -> QuestionReport
    moderation_hide / moderation_restore / moderation_dismiss(*, by, question, answer=None, note="")

Errors: django ValidationError for bad input; QuestionConflict (-> 409); a bad/forged token
raises QuestionNotFound (-> 404).
"""

from __future__ import annotations

import hashlib
import hmac
import importlib.util
import secrets
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NoReturn

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from samla.core.markdown import render_markdown
from samla.notifications.services import notify
from samla.people.enums import Role
from samla.people.models import OrgUnit, Person, Skill
from samla.questions import notices, permissions
from samla.questions.enums import AnswerState, ModerationAction, QuestionState, ReportReason
from samla.questions.models import (
    ANSWER_MAX,
    BODY_MAX,
    COMMENT_MAX,
    LANGUAGE_CHOICES,
    TITLE_MAX,
    Answer,
    Comment,
    ModerationEntry,
    Question,
    QuestionFollow,
    QuestionReport,
    QuestionTopic,
    Vote,
)
from samla.questions.search_index import question_index
from samla.record.enums import Verb, Visibility
from samla.record.services import record_append
from samla.stories.permissions import unit_ancestor_ids

if TYPE_CHECKING:
    from samla.stories.models import Story

TOPICS_MAX = 5
TITLE_MIN = 8
ANON_PER_DAY = 5  # anonymous questions one person may ask per day
REPORTS_TO_HIDE = 3
DETAILS_MAX = 2000
NOTE_MAX = 2000
TOKEN_BYTES = 32
OBJECT_TYPE = "question"


class QuestionConflict(Exception):
    """The request conflicts with the question's state (answered 409 with this message)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class QuestionNotFound(Exception):
    """A forged, mistyped or withdrawn private link (answered 404)."""


# --- helpers ------------------------------------------------------------------------------------


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _today() -> date:
    return timezone.localdate()


def _clean_text(value: str, *, max_length: int, required_message: str, label: str) -> str:
    value = (value or "").replace("\x00", "").strip()
    if not value:
        raise ValidationError(required_message, code="required")
    if len(value) > max_length:
        raise ValidationError(
            _("%(label)s can be at most %(max)d characters long; this one has %(length)d.")
            % {"label": label, "max": max_length, "length": len(value)},
            code="max_length",
        )
    return value


def audience_size(audience_unit: OrgUnit | None) -> int:
    """How many active people the audience holds (the unit and its sub-units, or everyone)."""
    people = Person.objects.filter(is_active=True)
    if audience_unit is not None:
        people = people.filter(unit__path__startswith=audience_unit.path)
    return people.count()


def anonymous_allowed(audience_unit: OrgUnit | None) -> bool:
    return audience_size(audience_unit) >= settings.K_ANONYMITY


def _rate_key(person: Person) -> str:
    """A key that counts one person's anonymous questions today without naming them: an HMAC of
    the person's id under a secret that lives only in the cache and changes every day. Nothing
    on disk can turn it back into a person, and it is gone after two days at most."""
    day = _today().isoformat()
    secret = cache.get_or_set(f"questions:anon-secret:{day}", secrets.token_hex(32), 2 * 86400)
    digest = hmac.new(str(secret).encode(), str(person.pk).encode(), hashlib.sha256).hexdigest()
    return f"questions:anon-rate:{day}:{digest[:32]}"


def _take_anonymous_slot(person: Person) -> None:
    key = _rate_key(person)
    cache.add(key, 0, 86400)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, 86400)
        count = 1
    if count > ANON_PER_DAY:
        raise ValidationError(
            _(
                "You have asked %(max)d anonymous questions today. Ask again tomorrow, or ask "
                "with your name."
            )
            % {"max": ANON_PER_DAY},
            code="rate_limited",
        )


def _topic_slugs(question: Question) -> list[str]:
    return list(question.question_topics.values_list("skill__slug", flat=True))


def _record(*, actor: Person, verb: Verb, question: Question) -> None:
    """The learning record: asked (named only), answered, accepted. Never for the anonymous
    asker, who is never passed here."""
    record_append(
        actor=actor,
        verb=verb,
        object_type=OBJECT_TYPE,
        object_id=question.public_id,
        object_title=question.title,
        object_url=question.get_absolute_url(),
        topics=_topic_slugs(question),
        visibility=(
            Visibility.ORGANISATION if question.audience_unit_id is None else Visibility.PRIVATE
        ),
    )


def _route(question: Question, asker_id: int | None) -> None:
    """Hand the new question to q-routing (inside the publish transaction). `asker_id` is only
    held in memory so the asker is never asked; routing never stores it."""
    if importlib.util.find_spec("samla.questions.services_routing") is None:
        return
    from samla.questions import services_routing

    route = getattr(services_routing, "route_question", None)
    if route is not None:
        route(question=question, asker_id=asker_id)


def _lock(question: Question) -> Question:
    return Question.objects.select_for_update().get(pk=question.pk)


# --- asking -------------------------------------------------------------------------------------


def question_ask(
    *,
    asker: Person,
    title: str,
    body: str,
    topics: Sequence[Skill],
    audience_unit: OrgUnit | None,
    anonymous: bool,
    language: str,
) -> tuple[Question, str | None]:
    """Publish a question. Anonymous: no author, no exact time, no record, nothing that ties
    `asker` to it; returns the private token (shown once, stored only as its SHA-256)."""
    if not asker.is_active:
        raise PermissionDenied
    title = _clean_text(
        title,
        max_length=TITLE_MAX,
        required_message=_("Write your question in the title."),
        label=_("The title"),
    )
    if len(title) < TITLE_MIN:
        raise ValidationError(
            _("Say a little more in the title: at least %(min)d characters.") % {"min": TITLE_MIN},
            code="min_length",
        )
    body = (body or "").replace("\x00", "").strip()
    if len(body) > BODY_MAX:
        raise ValidationError(
            _("The question can be at most %(max)d characters long; this one has %(length)d.")
            % {"max": BODY_MAX, "length": len(body)},
            code="max_length",
        )
    if language not in dict(LANGUAGE_CHOICES):
        raise ValidationError(_("Choose the language the question is written in."), code="language")
    topics = list(dict.fromkeys(topics))
    if len(topics) > TOPICS_MAX:
        raise ValidationError(
            _("Choose at most %(max)d topics.") % {"max": TOPICS_MAX}, code="topics"
        )
    if audience_unit is not None and audience_unit.pk not in unit_ancestor_ids(asker):
        raise ValidationError(
            _("You can ask the whole organisation or a unit you belong to."), code="audience"
        )
    if anonymous:
        if not anonymous_allowed(audience_unit):
            raise ValidationError(
                _(
                    "Anonymous questions need an audience of at least %(k)d people, so that "
                    "nobody can guess who asked. Choose a wider audience or ask with your name."
                )
                % {"k": settings.K_ANONYMITY},
                code="small_audience",
            )
        _take_anonymous_slot(asker)

    today = _today()
    token: str | None = None
    with transaction.atomic():
        question = Question(
            title=title,
            body=body,
            body_html=render_markdown(body),
            language=language,
            audience_unit=audience_unit,
            is_anonymous=anonymous,
            asked_on=today,
        )
        if anonymous:
            token = secrets.token_urlsafe(TOKEN_BYTES)
            question.anon_token_hash = token_hash(token)
        else:
            question.author = asker
            question.published_at = timezone.now()
        question.save()
        QuestionTopic.objects.bulk_create(
            QuestionTopic(question=question, skill=skill, asked_on=today) for skill in topics
        )
        question_index(question)
        if not anonymous:
            _record(actor=asker, verb=Verb.ASKED, question=question)
        _route(question, asker.pk)
    return question, token


def question_set_anonymity(*, actor: Person, question: Question, anonymous: bool) -> NoReturn:
    """Anonymity is chosen when asking and never changes: always a conflict."""
    raise QuestionConflict(
        _(
            "Whether a question is anonymous is chosen when it is asked and cannot be changed. "
            "If you want to ask it differently, ask a new question."
        )
    )


def question_from_token(token: str) -> Question:
    """The anonymous question a private link opens; QuestionNotFound for anything else (a forged
    token, a removed question)."""
    token = (token or "").strip()
    if not token or len(token) > 100:
        raise QuestionNotFound
    question = (
        Question.objects.select_related("audience_unit", "accepted_answer", "duplicate_of")
        .filter(anon_token_hash=token_hash(token), is_anonymous=True)
        .exclude(state=QuestionState.REMOVED)
        .first()
    )
    if question is None:
        raise QuestionNotFound
    return question


# --- answering ----------------------------------------------------------------------------------


def _clean_answer(body: str) -> str:
    return _clean_text(
        body,
        max_length=ANSWER_MAX,
        required_message=_("Write your answer before you send it."),
        label=_("An answer"),
    )


def _after_answer(question: Question, answer: Answer) -> None:
    Question.objects.filter(pk=question.pk).update(answer_count=F("answer_count") + 1)
    question.refresh_from_db(fields=["answer_count"])
    question_index(question)


def answer_post(*, author: Person, question: Question, body: str) -> Answer:
    """A named answer. Tells the named asker and the people who have the question too; the
    anonymous asker sees it on the private page only, never by email."""
    if not permissions.can_answer(author, question):
        raise PermissionDenied
    body = _clean_answer(body)
    with transaction.atomic():
        question = _lock(question)
        answer = Answer.objects.create(
            question=question,
            author=author,
            by_asker=permissions.is_asker(author, question),
            body=body,
            body_html=render_markdown(body),
            created_on=_today(),
            created_at=timezone.now(),
        )
        _after_answer(question, answer)
        _record(actor=author, verb=Verb.ANSWERED, question=question)
        url = f"{question.get_absolute_url()}#answer-{answer.pk}"
        told = {author.pk}
        if question.author_id is not None and question.author_id not in told:
            notify(
                recipient=question.author,  # type: ignore[arg-type]
                kind=notices.ANSWERED.key,
                params={"actor": author.full_name, "title": question.title},
                url=url,
                dedupe_key=f"question_answered:{answer.pk}",
            )
            told.add(question.author_id)
        followers = Person.objects.filter(
            question_follows__question=question, is_active=True
        ).exclude(pk__in=told)
        for follower in followers:
            notify(
                recipient=follower,
                kind=notices.ANSWERED_FOLLOWED.key,
                params={"title": question.title},
                url=url,
                dedupe_key=f"question_followed_answered:{answer.pk}",
            )
    return answer


def answer_post_anonymous(*, token: str, body: str) -> Answer:
    """The anonymous asker replies through the private link: no author, the day only, nothing
    recorded, nobody notified (a notification would carry the exact time)."""
    question = question_from_token(token)
    if question.state != QuestionState.PUBLISHED:
        raise QuestionConflict(_("This question is waiting for a moderator's review."))
    body = _clean_answer(body)
    with transaction.atomic():
        question = _lock(question)
        answer = Answer.objects.create(
            question=question,
            author=None,
            by_asker=True,
            body=body,
            body_html=render_markdown(body),
            created_on=_today(),
        )
        _after_answer(question, answer)
    return answer


def _accept(question: Question, answer: Answer) -> Question:
    if answer.question_id != question.pk:
        raise ValueError("the answer belongs to another question")
    if answer.state != AnswerState.VISIBLE:
        raise QuestionConflict(_("This answer is no longer shown, so it cannot be accepted."))
    if answer.by_asker:
        raise QuestionConflict(_("You cannot accept your own reply."))
    if question.accepted_answer_id == answer.pk:
        raise QuestionConflict(_("This answer is already accepted."))
    question.accepted_answer = answer
    question.accepted_on = _today()
    question.save(update_fields=["accepted_answer", "accepted_on"])
    if answer.author_id is not None:
        notify(
            recipient=answer.author,  # type: ignore[arg-type]
            kind=notices.ACCEPTED.key,
            params={"title": question.title},
            url=f"{question.get_absolute_url()}#answer-{answer.pk}",
            dedupe_key=f"question_answer_accepted:{answer.pk}",
        )
    return question


def answer_accept(*, actor: Person, answer: Answer) -> Question:
    question = answer.question
    if not permissions.can_accept(actor, question):
        raise PermissionDenied
    with transaction.atomic():
        question = _accept(_lock(question), answer)
        _record(actor=actor, verb=Verb.ACCEPTED, question=question)
    return question


def answer_accept_anonymous(*, token: str, answer: Answer) -> Question:
    """The anonymous asker accepts through the private link: nothing recorded about them."""
    question = question_from_token(token)
    if question.state != QuestionState.PUBLISHED:
        raise QuestionConflict(_("This question is waiting for a moderator's review."))
    with transaction.atomic():
        return _accept(_lock(question), answer)


# --- comments, votes, follows -------------------------------------------------------------------


def comment_post(
    *, author: Person, question: Question, body: str, answer: Answer | None = None
) -> Comment:
    if not permissions.can_interact(author, question):
        raise PermissionDenied
    if answer is not None and (
        answer.question_id != question.pk or answer.state != AnswerState.VISIBLE
    ):
        raise PermissionDenied
    body = _clean_text(
        body,
        max_length=COMMENT_MAX,
        required_message=_("Write your comment before you send it."),
        label=_("A comment"),
    )
    with transaction.atomic():
        comment = Comment.objects.create(
            question=question,
            answer=answer,
            author=author,
            body=body,
            body_html=render_markdown(body),
            created_on=_today(),
            created_at=timezone.now(),
        )
        url = f"{question.get_absolute_url()}#comment-{comment.pk}"
        params = {"actor": author.full_name, "title": question.title}
        target_id = answer.author_id if answer is not None else question.author_id
        if target_id is not None and target_id != author.pk:
            recipient = Person.objects.filter(pk=target_id).first()
            if recipient is not None:
                notify(
                    recipient=recipient,
                    kind=notices.COMMENTED.key,
                    params=params,
                    url=url,
                    dedupe_key=f"question_commented:{comment.pk}",
                )
    return comment


def vote_set(
    *, person: Person, value: int, question: Question | None = None, answer: Answer | None = None
) -> int:
    """Set the person's vote (+1, −1, or 0 to take it back) on a question or an answer. Returns
    the target's new score. Nobody votes on what they wrote."""
    if (question is None) == (answer is None):
        raise ValueError("vote on exactly one of question or answer")
    if value not in (-1, 0, 1):
        raise ValueError("a vote is -1, 0 or 1")
    target_question = question if question is not None else answer.question  # type: ignore[union-attr]
    if not permissions.can_vote(person, target_question):
        raise PermissionDenied
    if answer is not None and (
        answer.author_id == person.pk or answer.state != AnswerState.VISIBLE
    ):
        raise PermissionDenied
    if question is not None and permissions.is_asker(person, question):
        raise PermissionDenied
    model = Answer if answer is not None else Question
    target = answer if answer is not None else question
    assert target is not None
    lookup = {"answer": answer} if answer is not None else {"question": question}
    with transaction.atomic():
        model.objects.select_for_update().filter(pk=target.pk).first()
        old = Vote.objects.filter(person=person, **lookup).first()
        delta = value - (old.value if old is not None else 0)
        if old is not None and value == 0:
            old.delete()
        elif old is not None:
            old.value = value
            old.save(update_fields=["value"])
        elif value != 0:
            Vote.objects.create(person=person, value=value, **lookup)
        if delta:
            model.objects.filter(pk=target.pk).update(score=F("score") + delta)
        score: int = model.objects.filter(pk=target.pk).values_list("score", flat=True)[0]
    target.score = score
    return score


def question_follow_set(*, person: Person, question: Question, on: bool) -> bool:
    """ "I have this question too" (on) or not any more (off). Returns whether it is on."""
    if on and not permissions.can_follow(person, question):
        raise PermissionDenied
    with transaction.atomic():
        if on:
            try:
                with transaction.atomic():
                    QuestionFollow.objects.create(
                        person=person, question=question, created_on=_today()
                    )
            except IntegrityError:
                return True
            Question.objects.filter(pk=question.pk).update(follower_count=F("follower_count") + 1)
        else:
            deleted, _rows = QuestionFollow.objects.filter(
                person=person, question=question
            ).delete()
            if deleted:
                Question.objects.filter(pk=question.pk).update(
                    follower_count=F("follower_count") - 1
                )
    question.refresh_from_db(fields=["follower_count"])
    return on


# --- duplicates, stories ------------------------------------------------------------------------


def question_mark_duplicate(*, actor: Person, question: Question, original: Question) -> Question:
    if not permissions.can_mark_duplicate(actor, question):
        raise PermissionDenied
    if original.pk == question.pk:
        raise ValidationError(_("A question cannot be a duplicate of itself."), code="self")
    if (
        not permissions.can_view_question(actor, original)
        or original.state != QuestionState.PUBLISHED
    ):
        raise ValidationError(_("Choose a question you can see."), code="original")
    if original.duplicate_of_id is not None:
        original = original.duplicate_of  # type: ignore[assignment]
        if original.pk == question.pk:
            raise ValidationError(_("That question is already a duplicate of this one."))
    with transaction.atomic():
        question = _lock(question)
        if question.duplicate_of_id is not None:
            raise QuestionConflict(_("This question is already marked as a duplicate."))
        question.duplicate_of = original
        question.save(update_fields=["duplicate_of"])
        recipients = set(
            QuestionFollow.objects.filter(question=question).values_list("person_id", flat=True)
        )
        if question.author_id is not None:
            recipients.add(question.author_id)
        recipients.discard(actor.pk)
        for person in Person.objects.filter(pk__in=recipients, is_active=True):
            notify(
                recipient=person,
                kind=notices.DUPLICATE.key,
                params={"title": question.title},
                url=original.get_absolute_url(),
                dedupe_key=f"question_duplicate:{question.pk}",
            )
    return question


def question_to_story(*, actor: Person, question: Question) -> Story:
    """Turn a question and its accepted answer into a story (a learning), written by `actor`
    (the named asker or a learning lead), crediting the answer's author in its text."""
    from samla.stories.enums import StoryKind
    from samla.stories.services.compose import StoryContent, story_publish

    if not permissions.can_turn_into_story(actor, question):
        raise PermissionDenied
    answer = question.accepted_answer
    assert answer is not None
    credit = (
        _("Answered by %(name)s.") % {"name": answer.author.full_name}
        if answer.author is not None
        else _("Answered by the person who asked.")
    )
    situation = question.title
    if question.body:
        situation = f"{question.title}\n\n{question.body}"
    learned = f"{answer.body}\n\n*{credit}*"
    differently = _("The whole question and its answers: %(url)s") % {
        "url": question.get_absolute_url()
    }
    content = StoryContent(
        title=question.title,
        sections={
            "learned": learned[:10_000],
            "situation": situation[:10_000],
            "differently": differently,
        },
        language=question.language,
        audience_unit=question.audience_unit,
        topics=list(Skill.objects.filter(pk__in=question.question_topics.values("skill_id"))),
    )
    with transaction.atomic():
        locked = _lock(question)
        if locked.story_id is not None:
            raise QuestionConflict(_("This question is already a story."))
        story = story_publish(
            author=actor,
            kind=StoryKind.LEARNING,
            content=content,
            publish_key=f"question:{question.public_id}",
        )
        Question.objects.filter(pk=question.pk).update(story_id=story.pk)
        question.story_id = story.pk
    return story


# --- reports and moderation ---------------------------------------------------------------------


def _open_reports(question: Question, answer: Answer | None):  # type: ignore[no-untyped-def]
    return QuestionReport.objects.filter(question=question, answer=answer, resolved_on__isnull=True)


def moderators() -> list[Person]:
    return list(
        Person.objects.filter(is_active=True, role__in=[Role.LEARNING_LEAD, Role.ORG_ADMIN])
    )


def report_create(
    *,
    reporter: Person,
    question: Question,
    reason: str,
    details: str = "",
    answer: Answer | None = None,
) -> QuestionReport:
    """Report a question or an answer. At REPORTS_TO_HIDE open reports it is hidden pending a
    learning lead's review. The learning leads hear of it in the app only."""
    if answer is not None:
        if answer.question_id != question.pk:
            raise ValueError("the answer belongs to another question")
        allowed = permissions.can_report_answer(reporter, answer)
    else:
        allowed = permissions.can_report_question(reporter, question)
    if not allowed:
        raise PermissionDenied
    if reason not in ReportReason.values:
        raise ValidationError(_("Choose a reason."), code="reason")
    details = (details or "").replace("\x00", "").strip()
    if len(details) > DETAILS_MAX:
        raise ValidationError(
            _("Details can be at most %(max)d characters long.") % {"max": DETAILS_MAX},
            code="max_length",
        )
    with transaction.atomic():
        locked = _lock(question)
        if _open_reports(locked, answer).filter(reporter=reporter).exists():
            raise QuestionConflict(
                _("You have already reported this. A moderator will look at it.")
            )
        report = QuestionReport.objects.create(
            question=locked,
            answer=answer,
            reporter=reporter,
            reason=reason,
            details=details,
            created_on=_today(),
        )
        if _open_reports(locked, answer).count() >= REPORTS_TO_HIDE:
            if answer is not None and answer.state == AnswerState.VISIBLE:
                Answer.objects.filter(pk=answer.pk).update(state=AnswerState.HIDDEN)
                answer.state = AnswerState.HIDDEN
                question_index(locked)
                _entry(question=locked, answer=answer, by=None, action=ModerationAction.AUTO_HIDE)
            elif answer is None and locked.state == QuestionState.PUBLISHED:
                locked.state = QuestionState.HIDDEN
                locked.save(update_fields=["state"])
                question.state = QuestionState.HIDDEN
                question_index(locked)
                _entry(question=locked, answer=None, by=None, action=ModerationAction.AUTO_HIDE)
        label = f"answer:{answer.pk}" if answer is not None else f"question:{question.pk}"
        for moderator in moderators():
            if moderator.pk == reporter.pk:
                continue
            notify(
                recipient=moderator,
                kind=notices.REPORTED.key,
                url=reverse("questions:moderation"),
                email=False,
                dedupe_key=f"question_reported:{label}:{_today().isoformat()}",
            )
    return report


def _entry(
    *, question: Question, answer: Answer | None, by: Person | None, action: str, note: str = ""
) -> ModerationEntry:
    return ModerationEntry.objects.create(
        question=question,
        answer=answer,
        question_title=question.title,
        actor=by,
        action=action,
        note=note,
        created_on=_today(),
    )


def _moderate(
    *, by: Person, question: Question, answer: Answer | None, note: str, action: str
) -> ModerationEntry:
    allowed = (
        permissions.can_moderate_answer(by, answer)
        if answer is not None
        else permissions.can_moderate_question(by, question)
    )
    if not allowed:
        raise PermissionDenied
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(
            _("The note can be at most %(max)d characters long.") % {"max": NOTE_MAX}
        )
    with transaction.atomic():
        locked = _lock(question)
        if action == ModerationAction.DISMISS:
            pass
        elif answer is not None:
            want_from, want_to = (
                (AnswerState.VISIBLE, AnswerState.HIDDEN)
                if action == ModerationAction.HIDE
                else (AnswerState.HIDDEN, AnswerState.VISIBLE)
            )
            current = Answer.objects.select_for_update().get(pk=answer.pk)
            if current.state != want_from:
                raise QuestionConflict(
                    _("This answer is already hidden.")
                    if action == ModerationAction.HIDE
                    else _("This answer is not hidden.")
                )
            Answer.objects.filter(pk=answer.pk).update(state=want_to)
            answer.state = want_to
        else:
            q_from, q_to = (
                (QuestionState.PUBLISHED, QuestionState.HIDDEN)
                if action == ModerationAction.HIDE
                else (QuestionState.HIDDEN, QuestionState.PUBLISHED)
            )
            if locked.state != q_from:
                raise QuestionConflict(
                    _("This question is already hidden.")
                    if action == ModerationAction.HIDE
                    else _("This question is not hidden.")
                )
            locked.state = q_to
            locked.save(update_fields=["state"])
            question.state = q_to
        resolved = QuestionReport.objects.filter(
            question=locked, answer=answer, resolved_on__isnull=True
        ).update(resolved_on=_today(), resolved_by=by)
        if action == ModerationAction.DISMISS and not resolved:
            raise QuestionConflict(_("There are no open reports to dismiss."))
        question_index(locked)
        entry = _entry(question=locked, answer=answer, by=by, action=action, note=note)
        author_id = answer.author_id if answer is not None else locked.author_id
        if author_id is not None and action != ModerationAction.DISMISS:
            author = Person.objects.get(pk=author_id)
            outcome = ModerationAction(action).label
            notify(
                recipient=author,
                kind=notices.MODERATED.key,
                params={"title": locked.title, "outcome": str(outcome)},
                url=locked.get_absolute_url(),
                email=False,
                dedupe_key=f"question_moderated:{entry.pk}",
            )
    return entry


def moderation_hide(
    *, by: Person, question: Question, answer: Answer | None = None, note: str = ""
) -> ModerationEntry:
    return _moderate(
        by=by, question=question, answer=answer, note=note, action=ModerationAction.HIDE
    )


def moderation_restore(
    *, by: Person, question: Question, answer: Answer | None = None, note: str = ""
) -> ModerationEntry:
    return _moderate(
        by=by, question=question, answer=answer, note=note, action=ModerationAction.RESTORE
    )


def moderation_dismiss(
    *, by: Person, question: Question, answer: Answer | None = None, note: str = ""
) -> ModerationEntry:
    return _moderate(
        by=by, question=question, answer=answer, note=note, action=ModerationAction.DISMISS
    )
