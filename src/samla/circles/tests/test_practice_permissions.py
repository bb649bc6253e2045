"""Who may do what with the practices, for every role, in a listed and a closed circle.

Roles: facilitator (manager), member (employee), the presenter (a member), a colleague outside the
circle, a learning lead and an organisation admin (not members), someone who has left."""

from __future__ import annotations

import pytest

from samla.circles import selectors_practice as sel
from samla.circles.enums import MemberStatus
from samla.circles.models import Circle, Membership, Occurrence
from samla.circles.models_practice import ActionItem, Reflection, Topic, TopicKind
from samla.circles.tests.test_practice_support import attend, make_world
from samla.people.models import Person

pytestmark = pytest.mark.django_db

ROLES = ["facilitator", "member", "colleague", "learning_lead", "org_admin", "outsider"]

# verb → the roles allowed, in a listed circle and in a closed one. The past occurrence's
# presenter is the member; the member attended, the facilitator did not.
EXPECTED: dict[str, tuple[set[str], set[str]]] = {
    "view_backlog": (
        {"facilitator", "member", "colleague", "learning_lead", "org_admin"},
        {"facilitator", "member"},
    ),
    "propose_topic": (
        {"facilitator", "member", "colleague", "learning_lead", "org_admin"},
        {"facilitator", "member"},
    ),
    "vote_topic": ({"facilitator", "member"}, {"facilitator", "member"}),
    "withdraw_others_topic": ({"facilitator", "org_admin"}, {"facilitator"}),
    "pick_topic_future": ({"facilitator", "member", "org_admin"}, {"facilitator", "member"}),
    "give_feedback": ({"member"}, {"member"}),
    "reflect": ({"facilitator"}, {"facilitator"}),
    "view_reflection": ({"facilitator"}, {"facilitator"}),
    "edit_notes": ({"facilitator", "member"}, {"facilitator", "member"}),
    "publish_notes": ({"facilitator", "member"}, {"facilitator", "member"}),
    "add_action": ({"facilitator", "member"}, {"facilitator", "member"}),
    "change_others_action": ({"facilitator", "org_admin"}, {"facilitator"}),
}


def _person(role: str, request: pytest.FixtureRequest) -> Person:
    name = {"facilitator": "manager", "member": "employee"}.get(role, role)
    person = request.getfixturevalue(name)
    return Person.objects.get(pk=person.pk)  # fresh: nothing memoised


def _fresh_occ(occ: Occurrence) -> Occurrence:
    return Occurrence.objects.select_related("meeting__circle").get(pk=occ.pk)


def _checks(circle: Circle, past: Occurrence, future: Occurrence) -> dict[str, object]:
    """Each verb as a predicate of a person, on things owned by a third member."""
    third = Person.objects.create(email="third@example.com", full_name="Third")
    Membership.objects.create(circle=circle, person=third, status=MemberStatus.ACTIVE)
    topic = Topic.objects.create(circle=circle, kind=TopicKind.OFFER, title="T", proposed_by=third)
    item = ActionItem.objects.create(circle=circle, occurrence=past, title="A", owner=third)
    reflection = Reflection.objects.create(occurrence=past, author=third, text="R")

    def t() -> Topic:
        return Topic.objects.select_related("circle").get(pk=topic.pk)

    def i() -> ActionItem:
        return ActionItem.objects.select_related("circle").get(pk=item.pk)

    def r() -> Reflection:
        return Reflection.objects.select_related("occurrence__meeting__circle").get(
            pk=reflection.pk
        )

    def c() -> Circle:
        return Circle.objects.get(pk=circle.pk)

    return {
        "view_backlog": lambda p: sel.can_view_backlog(p, c()),
        "propose_topic": lambda p: sel.can_propose_topic(p, c()),
        "vote_topic": lambda p: sel.can_vote_topic(p, t()),
        "withdraw_others_topic": lambda p: sel.can_withdraw_topic(p, t()),
        "pick_topic_future": lambda p: sel.can_pick_topic(p, _fresh_occ(future)),
        "give_feedback": lambda p: sel.can_give_feedback(p, _fresh_occ(past)),
        "reflect": lambda p: sel.can_reflect(p, _fresh_occ(past)),
        "view_reflection": lambda p: sel.can_view_reflection(p, r()),
        "edit_notes": lambda p: sel.can_edit_notes(p, _fresh_occ(past)),
        "publish_notes": lambda p: sel.can_publish_notes(p, _fresh_occ(past)),
        "add_action": lambda p: sel.can_add_action(p, _fresh_occ(past)),
        "change_others_action": lambda p: sel.can_change_action(p, i()),
    }


@pytest.mark.parametrize("closed", [False, True], ids=["listed", "closed"])
@pytest.mark.parametrize("verb", list(EXPECTED))
def test_practice_permission_matrix(
    verb: str, closed: bool, request: pytest.FixtureRequest, manager: Person, employee: Person
) -> None:
    world = make_world(facilitator=manager, member=employee, closed=closed)
    attend(world.past, employee)
    allowed = EXPECTED[verb][1 if closed else 0]
    check = _checks(world.circle, world.past, world.future)[verb]
    got = {role for role in ROLES if check(_person(role, request))}  # type: ignore[operator]
    assert got == allowed


def test_presenter_may_publish_but_another_member_may_not(
    manager: Person, employee: Person, colleague: Person
) -> None:
    world = make_world(facilitator=manager, member=employee)
    Membership.objects.create(circle=world.circle, person=colleague, status=MemberStatus.ACTIVE)
    occ = _fresh_occ(world.past)
    assert occ.presenter_id == employee.pk
    assert sel.can_publish_notes(Person.objects.get(pk=employee.pk), occ)
    assert not sel.can_publish_notes(Person.objects.get(pk=colleague.pk), _fresh_occ(occ))
