"""The rota fed from the database: who presents, why, newcomers, leave, absences, opt-out,
swaps that need both people, reminders."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from samla.circles import selectors
from samla.circles.models import Attendance, Membership, Occurrence, Swap
from samla.circles.services import circles as cs
from samla.circles.services import rota
from samla.circles.tests.factories import make_circle, make_meeting, next_weekday_at, weekly_rrule
from samla.notifications.models import Notification
from samla.people.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(manager):
    """A circle whose weekly meeting began 4 weeks ago; three regulars attended all of it."""
    regulars = [PersonFactory(full_name=f"Regular {i}") for i in range(3)]
    circle = make_circle(facilitator=manager, members=regulars)
    start = next_weekday_at(9, days_ahead=-27)
    meeting = make_meeting(circle=circle, by=manager, start=start, rrule=weekly_rrule(start, 30))
    past = list(
        Occurrence.objects.filter(meeting=meeting, start__lt=timezone.now()).order_by("start")
    )
    assert len(past) == 4
    for occ in past:
        for p in [manager, *regulars]:
            Attendance.objects.create(occurrence=occ, person=p, marked_by=manager)
    # Regular 0 presented two weeks ago, the manager three weeks ago.
    Occurrence.objects.filter(pk=past[1].pk).update(presenter=manager)
    Occurrence.objects.filter(pk=past[2].pk).update(presenter=regulars[0])
    rota.rota_refresh(circle=circle)
    return circle, meeting, regulars


def _upcoming(meeting):
    return list(
        Occurrence.objects.filter(meeting=meeting, start__gte=timezone.now()).order_by("start")
    )


def test_rota_least_recently_presented_first_with_why(team, manager) -> None:
    circle, meeting, regulars = team
    turns = [o.presenter_id for o in _upcoming(meeting)][:4]
    # never presented first (Regular 1, Regular 2 in join order), then the manager, then Regular 0
    assert turns == [regulars[1].pk, regulars[2].pk, manager.pk, regulars[0].pk]
    rows = selectors.rota_upcoming(circle=circle, viewer=manager)
    assert rows[0].last_presented is None
    assert rows[2].last_presented is not None  # the manager's last presentation
    assert all(r.occurrence.start < timezone.now() + timedelta(weeks=8) for r in rows)
    assert len(rows) == 8


def test_rota_newcomer_presents_only_after_two_meetings(team) -> None:
    circle, meeting, _regulars = team
    newcomer = PersonFactory()
    cs.membership_join(circle=circle, person=newcomer)
    turns = [o.presenter_id for o in _upcoming(meeting)]
    assert newcomer.pk not in turns[:2]
    assert newcomer.pk in turns  # projected to join the rota after two meetings


def test_rota_leaving_gives_turns_to_others(team) -> None:
    circle, meeting, regulars = team
    cs.membership_leave(circle=circle, person=regulars[1])
    assert regulars[1].pk not in [o.presenter_id for o in _upcoming(meeting)]
    assert all(o.presenter_id for o in _upcoming(meeting))


def test_rota_skips_people_on_leave_and_opted_out(team) -> None:
    circle, meeting, regulars = team
    first = _upcoming(meeting)[0]
    assert first.presenter_id == regulars[1].pk
    m = Membership.objects.get(circle=circle, person=regulars[1])
    day = timezone.localdate(first.start)
    cs.absence_add(membership=m, starts_on=day, ends_on=day)
    occs = _upcoming(meeting)
    assert occs[0].presenter_id != regulars[1].pk
    assert occs[1].presenter_id == regulars[1].pk  # a skipped turn comes back first
    m2 = Membership.objects.get(circle=circle, person=regulars[2])
    cs.rota_opt_out_set(membership=m2, opt_out=True)
    assert regulars[2].pk not in [o.presenter_id for o in _upcoming(meeting)]


def test_swap_needs_the_partner_to_agree(team) -> None:
    circle, meeting, _regulars = team
    occs = _upcoming(meeting)
    a, b = occs[0], occs[1]
    proposer, partner = a.presenter, b.presenter
    swap = rota.swap_propose(mine=a, theirs=b, proposer=proposer)
    assert Notification.objects.filter(recipient=partner, kind="circle_swap_proposed").exists()
    # The proposer cannot agree for their partner: a clear message, nothing changes.
    with pytest.raises(ValidationError) as e:
        rota.swap_agree(swap=swap, by=proposer)
    assert e.value.code == "not_agreed"
    assert partner.full_name in e.value.messages[0]
    a.refresh_from_db()
    b.refresh_from_db()
    assert (a.presenter_id, b.presenter_id) == (proposer.pk, partner.pk)
    rota.swap_agree(swap=swap, by=partner)
    a.refresh_from_db()
    b.refresh_from_db()
    assert (a.presenter_id, b.presenter_id) == (partner.pk, proposer.pk)
    assert a.presenter_fixed and b.presenter_fixed
    rota.rota_refresh(circle=circle)  # a refresh keeps the agreed swap
    a.refresh_from_db()
    assert a.presenter_id == partner.pk
    with pytest.raises(ValidationError):
        rota.swap_agree(swap=swap, by=partner)  # answered already


def test_swap_of_a_turn_that_is_not_yours_is_refused(team) -> None:
    _circle, meeting, _regulars = team
    a, b = _upcoming(meeting)[:2]
    with pytest.raises(ValidationError) as e:
        rota.swap_propose(mine=b, theirs=a, proposer=a.presenter)
    assert e.value.code == "not_yours"
    assert not Swap.objects.exists()


def test_presenter_reminded_once(team) -> None:
    _circle, meeting, _regulars = team
    first = _upcoming(meeting)[0]
    with time_machine.travel(first.start - timedelta(days=2)):
        assert rota.presenters_remind() == 1
        assert rota.presenters_remind() == 0
    assert (
        Notification.objects.filter(
            recipient=first.presenter, kind="circle_presenter_reminder"
        ).count()
        == 1
    )


def test_remind_presenters_command_dry_run(team) -> None:
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("remind_presenters", "--dry-run", "--days", "8", stdout=out)
    assert "would remind" in out.getvalue()
    assert not Notification.objects.filter(kind="circle_presenter_reminder").exists()
    call_command("materialise_occurrences", stdout=out)
    assert "materialise_occurrences" in out.getvalue()
