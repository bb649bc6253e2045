from __future__ import annotations

import pytest
from conftest import Org, client_for
from django.test import Client
from django.urls import reverse

from samla.people.models import Person, Skill
from samla.people.tests.factories import PersonFactory, PersonSkillFactory
from samla.questions import services
from samla.questions.enums import QuestionState
from samla.questions.models import Answer, Question, QuestionReport
from samla.questions.views_common import TOKEN_COOKIE

pytestmark = pytest.mark.django_db


def ask(asker: Person, **kw: object) -> tuple[Question, str | None]:
    args: dict[str, object] = {
        "title": "How do I roll back a deployment?",
        "body": "We use Helm.",
        "topics": [],
        "audience_unit": None,
        "anonymous": False,
        "language": "en",
    }
    args.update(kw)
    return services.question_ask(asker=asker, **args)  # type: ignore[arg-type]


def ask_form(**kw: object) -> dict[str, object]:
    data: dict[str, object] = {
        "title": "How do I roll back a deployment?",
        "body": "We use Helm.",
        "language": "en",
        "audience": "",
    }
    data.update(kw)
    return data


# --- asking -----------------------------------------------------------------------------------


def test_ask_page_says_what_anonymity_protects(as_employee: Client) -> None:
    response = as_employee.get(reverse("questions:ask"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Samla cannot protect" in text
    assert "writing style" in text and "Timing" in text and "identify you" in text


def test_ask_named_redirects_to_the_question(
    as_employee: Client, employee: Person, topic: Skill
) -> None:
    response = as_employee.post(reverse("questions:ask"), ask_form(topics=[topic.pk]))
    question = Question.objects.get()
    assert response.status_code == 302 and response["Location"] == question.get_absolute_url()
    assert question.author == employee
    assert list(question.topics.all()) == [topic]


def test_ask_anonymous_sets_the_cookie_and_opens_the_private_page(
    as_employee: Client, crowd: list[Person]
) -> None:
    response = as_employee.post(reverse("questions:ask"), ask_form(anonymous="on"))
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.author_id is None
    token = response["Location"].split("/")[-2]
    assert question.anon_token_hash == services.token_hash(token)
    cookie = response.cookies[TOKEN_COOKIE]
    assert cookie.value == token and cookie["path"] == "/questions/" and cookie["httponly"]
    assert "_auth_user_id" in as_employee.session  # the session is untouched otherwise
    assert token not in str(dict(as_employee.session))
    page = as_employee.get(response["Location"])
    assert page.status_code == 200 and "Your anonymous question" in page.content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": ""}, "required"),
        ({"title": "x" * 161}, "at most 160"),
        ({"title": "short"}, "at least"),
        ({"body": "x" * 10_001}, "at most"),
        ({"language": "xx"}, "valid choice"),
        ({"audience": "999999"}, "valid choice"),
        ({"topics": ["999999"]}, "valid choice"),
    ],
)
def test_ask_bad_input_is_422_and_keeps_the_text(
    as_employee: Client, data: dict[str, object], message: str
) -> None:
    response = as_employee.post(reverse("questions:ask"), ask_form(**data))
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not Question.objects.exists()


def test_ask_anonymous_in_a_small_audience_is_refused(
    as_employee: Client, org: Org, manager: Person
) -> None:
    response = as_employee.post(
        reverse("questions:ask"), ask_form(anonymous="on", audience=str(org.platform.pk))
    )
    assert response.status_code == 422
    assert "at least 5 people" in response.content.decode()
    assert "How do I roll back a deployment?" in response.content.decode()  # nothing is lost
    assert not Question.objects.exists()


def test_toggle_anonymity_answers_409(as_employee: Client, employee: Person) -> None:
    question, _t = ask(employee)
    response = as_employee.post(reverse("questions:anonymity", args=[question.public_id]))
    assert response.status_code == 409
    assert "cannot be changed" in response.content.decode()
    question.refresh_from_db()
    assert not question.is_anonymous and question.author == employee


def test_forged_or_removed_private_link_is_404(
    as_employee: Client, employee: Person, crowd: list[Person]
) -> None:
    question, token = ask(employee, anonymous=True)
    for forged in [
        "x" * 43,
        (token or "")[:-1] + ("B" if (token or "").endswith("A") else "A"),
        "a",
    ]:
        assert as_employee.get(reverse("questions:private", args=[forged])).status_code == 404
        response = as_employee.post(
            reverse("questions:private-reply", args=[forged]), {"body": "hi"}
        )
        assert response.status_code == 404
    Question.objects.filter(pk=question.pk).update(state=QuestionState.REMOVED)
    assert as_employee.get(reverse("questions:private", args=[token])).status_code == 404
    assert not Answer.objects.exists()


def test_private_reply_and_accept_with_and_without_htmx(
    employee: Person, colleague: Person, crowd: list[Person], htmx_headers: dict[str, str]
) -> None:
    question, token = ask(employee, anonymous=True)
    answer = services.answer_post(author=colleague, question=question, body="Use rollback.")
    client = client_for(crowd[0])  # whoever holds the link
    url = reverse("questions:private-reply", args=[token])
    assert client.post(url, {"body": ""}).status_code == 422
    assert client.post(url, {"body": "x" * 10_001}).status_code == 422
    response = client.post(url, {"body": "Thanks!"}, **htmx_headers)
    assert response.status_code == 200
    assert 'id="answers"' in response.content.decode() and "<html" not in response.content.decode()
    response = client.post(reverse("questions:private-accept", args=[token, answer.pk]))
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.accepted_answer_id == answer.pk
    again = client.post(
        reverse("questions:private-accept", args=[token, answer.pk]), **htmx_headers
    )
    assert again.status_code == 409
    other, _t = ask(colleague)
    foreign = services.answer_post(author=employee, question=other, body="x")
    assert (
        client.post(reverse("questions:private-accept", args=[token, foreign.pk])).status_code
        == 404
    )


# --- reading ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["employee", "colleague", "manager", "learning_lead", "org_admin"])
def test_every_role_reads_lists_and_question(
    request: pytest.FixtureRequest, role: str, employee: Person, colleague: Person, topic: Skill
) -> None:
    question, _t = ask(colleague, topics=[topic])
    services.answer_post(author=employee, question=question, body="An answer")
    client = client_for(request.getfixturevalue(role))
    for name, args in [
        ("questions:list", []),
        ("questions:unanswered", []),
        ("questions:could-answer", []),
        ("questions:mine", []),
        ("questions:topic", [topic.slug]),
        ("questions:detail", [question.public_id]),
        ("questions:ask", []),
    ]:
        response = client.get(reverse(name, args=args))
        assert response.status_code == 200, name
    assert question.title in client.get(reverse("questions:list")).content.decode()


def test_audience_unit_question_is_404_outside(
    employee: Person, colleague: Person, org: Org, as_colleague: Client, as_employee: Client
) -> None:
    question, _t = ask(employee, audience_unit=org.engineering)
    assert as_employee.get(question.get_absolute_url()).status_code == 200
    assert as_colleague.get(question.get_absolute_url()).status_code == 404
    assert question.title not in as_colleague.get(reverse("questions:list")).content.decode()
    for name in ["questions:answer", "questions:comment", "questions:vote", "questions:follow"]:
        response = as_colleague.post(reverse(name, args=[question.public_id]), {"body": "x"})
        assert response.status_code == 404, name


def test_outsider_is_sent_to_sign_in(employee: Person, as_outsider: Client) -> None:
    question, _t = ask(employee)
    response = as_outsider.get(question.get_absolute_url())
    assert response.status_code in (302, 404)


def test_unknown_question_and_bad_cursor(as_employee: Client) -> None:
    assert as_employee.get(reverse("questions:detail", args=["nope"])).status_code == 404
    assert as_employee.get(reverse("questions:list") + "?after=garbage").status_code == 400
    assert as_employee.get(reverse("questions:topic", args=["nope"])).status_code == 404


def test_unanswered_and_could_answer(
    employee: Person, colleague: Person, topic: Skill, as_colleague: Client
) -> None:
    open_q, _t = ask(employee, title="An open question on k8s?", topics=[topic])
    answered, _t = ask(employee, title="An answered question on k8s?", topics=[topic])
    services.answer_post(author=colleague, question=answered, body="Done")
    text = as_colleague.get(reverse("questions:unanswered")).content.decode()
    assert open_q.title in text and answered.title not in text
    assert open_q.title not in as_colleague.get(reverse("questions:could-answer")).content.decode()
    PersonSkillFactory(person=colleague, skill=topic, can_help=True)
    text = as_colleague.get(reverse("questions:could-answer")).content.decode()
    assert open_q.title in text and answered.title in text


def test_my_questions_lists_named_and_this_browsers_anonymous(
    employee: Person, crowd: list[Person]
) -> None:
    named, _t = ask(employee, title="My named question here?")
    anonymous, token = ask(employee, title="My anonymous question here?", anonymous=True)
    client = client_for(employee)
    text = client.get(reverse("questions:mine")).content.decode()
    assert named.title in text and anonymous.title not in text  # Samla does not know
    client.cookies[TOKEN_COOKIE] = token or ""
    text = client.get(reverse("questions:mine")).content.decode()
    assert anonymous.title in text and reverse("questions:private", args=[token]) in text


@pytest.mark.usefixtures("colleague_reads_english")
def test_list_paging(employee: Person, as_colleague: Client, htmx_headers: dict[str, str]) -> None:
    for n in range(25):
        ask(employee, title=f"Question number {n:02d}?")
    first = as_colleague.get(reverse("questions:list"))
    assert "More questions" in first.content.decode()
    cursor = first.context["page"].next_cursor
    more = as_colleague.get(reverse("questions:list") + f"?after={cursor}", **htmx_headers)
    assert more.status_code == 200 and "<html" not in more.content.decode()
    # Within a day the order is random (ids are), but every question appears exactly once.
    first_ids = {q.pk for q in first.context["page"].items}
    more_ids = {q.pk for q in more.context["page"].items}
    assert len(first_ids) == 20 and len(more_ids) == 5 and not first_ids & more_ids


# --- taking part ------------------------------------------------------------------------------


def test_answer_comment_vote_follow_accept(
    employee: Person, colleague: Person, manager: Person, htmx_headers: dict[str, str]
) -> None:
    question, _t = ask(employee)
    url = question.get_absolute_url()
    helper = client_for(colleague)
    response = helper.post(reverse("questions:answer", args=[question.public_id]), {"body": ""})
    assert response.status_code == 422
    response = helper.post(
        reverse("questions:answer", args=[question.public_id]),
        {"body": "Use **helm rollback**."},
        **htmx_headers,
    )
    assert (
        response.status_code == 200
        and "<strong>helm rollback</strong>" in response.content.decode()
    )
    answer = Answer.objects.get()
    other = client_for(manager)
    response = other.post(
        reverse("questions:comment", args=[question.public_id]),
        {"body": "Also check the logs", "answer": answer.pk},
        **htmx_headers,
    )
    assert response.status_code == 200 and "Also check the logs" in response.content.decode()
    assert (
        other.post(
            reverse("questions:comment", args=[question.public_id]), {"body": ""}
        ).status_code
        == 422
    )
    response = other.post(
        reverse("questions:vote", args=[question.public_id]), {"value": "1", "answer": answer.pk}
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.score == 1
    assert (
        other.post(reverse("questions:vote", args=[question.public_id]), {"value": "7"}).status_code
        == 400
    )
    response = other.post(
        reverse("questions:follow", args=[question.public_id]), {"on": "1"}, **htmx_headers
    )
    assert response.status_code == 200 and 'aria-pressed="true"' in response.content.decode()
    # Only the asker accepts.
    accept = reverse("questions:accept", args=[question.public_id, answer.pk])
    assert other.post(accept).status_code == 403
    asker = client_for(employee)
    assert asker.post(accept).status_code == 302
    assert asker.post(accept).status_code == 409
    page = asker.get(url).content.decode()
    assert "Accepted" in page


def test_report_flow_and_moderation(
    employee: Person, colleague: Person, manager: Person, learning_lead: Person, org_admin: Person
) -> None:
    question, _t = ask(employee)
    url = reverse("questions:report", args=[question.public_id])
    assert client_for(employee).get(url).status_code == 404  # not your own
    assert client_for(colleague).post(url, {"reason": "bogus"}).status_code == 422
    for person in (colleague, manager, org_admin):
        assert client_for(person).post(url, {"reason": "harmful"}).status_code == 302
    assert client_for(colleague).post(url, {"reason": "harmful"}).status_code in (404, 409)
    question.refresh_from_db()
    assert question.state == QuestionState.HIDDEN
    assert client_for(colleague).get(question.get_absolute_url()).status_code == 404
    lead = client_for(learning_lead)
    queue = lead.get(reverse("questions:moderation"))
    assert queue.status_code == 200 and question.title in queue.content.decode()
    assert client_for(colleague).get(reverse("questions:moderation")).status_code == 404
    response = lead.post(
        reverse("questions:moderate", args=[question.public_id]), {"action": "restore"}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.state == QuestionState.PUBLISHED
    assert not QuestionReport.objects.filter(resolved_on__isnull=True).exists()
    again = lead.post(
        reverse("questions:moderate", args=[question.public_id]), {"action": "restore"}
    )
    assert again.status_code == 409


def test_duplicate_and_story_views(
    employee: Person, colleague: Person, learning_lead: Person
) -> None:
    first, _t = ask(colleague, title="How do I roll back a release?")
    second, _t = ask(employee)
    asker = client_for(employee)
    url = reverse("questions:duplicate", args=[second.public_id])
    assert asker.post(url, {"original": "nonsense"}).status_code == 422
    assert asker.post(url, {"original": f"http://x{first.get_absolute_url()}"}).status_code == 302
    second.refresh_from_db()
    assert second.duplicate_of == first
    answer = services.answer_post(author=employee, question=first, body="Roll back with helm.")
    services.answer_accept(actor=colleague, answer=answer)
    story_url = reverse("questions:to-story", args=[first.public_id])
    assert client_for(employee).post(story_url).status_code == 404
    response = client_for(learning_lead).post(story_url)
    assert response.status_code == 302 and response["Location"].startswith("/stories/")
    assert client_for(learning_lead).post(story_url).status_code == 404  # already a story


# --- query counts -----------------------------------------------------------------------------


def test_question_page_queries(
    employee: Person,
    colleague: Person,
    as_colleague: Client,
    django_assert_max_num_queries,
    topic: Skill,  # type: ignore[no-untyped-def]
) -> None:
    question, _t = ask(employee, topics=[topic])
    for n in range(5):
        answer = services.answer_post(author=PersonFactory(), question=question, body=f"Answer {n}")
        services.comment_post(author=employee, question=question, body="Thanks", answer=answer)
    with django_assert_max_num_queries(16):
        response = as_colleague.get(question.get_absolute_url())
    assert response.status_code == 200


@pytest.mark.parametrize(
    "name", ["questions:list", "questions:unanswered", "questions:could-answer", "questions:mine"]
)
def test_list_queries(
    name: str, employee: Person, colleague: Person, topic: Skill, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    PersonSkillFactory(person=colleague, skill=topic, can_help=True)
    for n in range(20):
        ask(PersonFactory(), title=f"Question number {n:02d}?", topics=[topic])
    client = client_for(colleague)
    with django_assert_max_num_queries(12):
        response = client.get(reverse(name))
    assert response.status_code == 200


@pytest.mark.usefixtures("colleague_reads_english")
def test_topic_atom(employee: Person, colleague: Person, topic: Skill, crowd: list[Person]) -> None:
    from samla.stories.services.interactions import feed_key_renew

    question, _t = ask(employee, topics=[topic], anonymous=True)
    url = reverse("questions:topic-atom", args=[topic.slug])
    assert Client().get(url).status_code == 404
    assert Client().get(url + "?key=nope").status_code == 404
    key = feed_key_renew(person=colleague).key
    response = Client().get(url + f"?key={key}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    text = response.content.decode()
    assert question.title in text and "Asked anonymously" in text
    assert employee.full_name not in text
    assert (
        client_for(colleague).get(reverse("questions:topic-atom", args=["nope"])).status_code == 404
    )


def test_bad_moderation_and_oversized_comment(
    employee: Person, colleague: Person, learning_lead: Person
) -> None:
    question, _t = ask(employee)
    lead = client_for(learning_lead)
    url = reverse("questions:moderate", args=[question.public_id])
    assert lead.post(url, {"action": "explode"}).status_code == 400
    assert lead.post(url, {"action": "dismiss"}).status_code == 409
    assert client_for(colleague).post(url, {"action": "hide"}).status_code == 404
    comment = reverse("questions:comment", args=[question.public_id])
    assert client_for(colleague).post(comment, {"body": "x" * 2001}).status_code == 422
    answer = reverse("questions:answer", args=[question.public_id])
    assert client_for(colleague).post(answer, {"body": "x" * 10_001}).status_code == 422
    assert client_for(colleague).post(comment, {"body": "hi", "answer": 999999}).status_code == 404


def test_report_partial_with_htmx(
    employee: Person, manager: Person, htmx_headers: dict[str, str]
) -> None:
    question, _t = ask(employee)
    url = reverse("questions:report", args=[question.public_id])
    client = client_for(manager)
    response = client.post(url, {"reason": "other"}, **htmx_headers)
    assert response.status_code == 200
    text = response.content.decode()
    assert "<html" not in text and "A learning lead will look at it" in text
    again = client.post(url, {"reason": "other"}, **htmx_headers)
    assert again.status_code == 409 and "already reported" in again.content.decode()


def test_questions_on_followed_topics(
    employee: Person,
    colleague: Person,
    topic: Skill,
    django_assert_max_num_queries,  # type: ignore[no-untyped-def]
) -> None:
    from samla.questions import selectors
    from samla.stories.services.interactions import follow_toggle

    question, _t = ask(employee, topics=[topic])
    ask(employee, title="Off topic question here?")
    assert selectors.questions_on_followed_topics(viewer=colleague) == []
    follow_toggle(follower=colleague, skill=topic)
    with django_assert_max_num_queries(4):
        found = selectors.questions_on_followed_topics(viewer=colleague)
    assert found == [question]
    assert selectors.questions_on_followed_topics(viewer=employee) == []


def test_topics_are_found_by_search_not_listed_all_at_once(
    as_employee: Client, topic: Skill
) -> None:
    """The ask page does not list the whole taxonomy; without JavaScript "Find topics" shows the
    form again as typed, with the matching topics to tick, and a ticked topic stays chosen."""
    from samla.people.tests.factories import SkillFactory

    others = [SkillFactory(name_en=f"Unrelated skill {i}") for i in range(30)]
    page = as_employee.get(reverse("questions:ask"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert others[0].name_en not in page

    response = as_employee.post(
        reverse("questions:ask"),
        {"title": "How do we start?", "action": "find_topics", "topic_q": topic.name_en[:6]},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="How do we start?"' in html
    assert f'name="topics" value="{topic.pk}"' in html
    assert not Question.objects.exists()

    response = as_employee.post(
        reverse("questions:ask"),
        {"title": "", "topics": [str(topic.pk)], "language": "en"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 422
    assert (
        f'name="topics" value="{topic.pk}" id="topic-{topic.pk}" checked'
        in response.content.decode()
    )
