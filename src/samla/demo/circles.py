"""Seed the demo's circles (circles_{en,da,sv,nb}.py) through the circles services: teams with
weekly 15-minute learning meetings and a running rota, learning circles, a community of practice
and a network that span departments and countries, a project showcase with a waiting list, and
reflection meetings whose outcome became a lesson story. With months of history.

Content keys (one dict per circle):

- ``key``, ``kind`` (a CircleKind), ``name``, ``description``, ``join_policy``, ``visibility``;
- ``units``: where its members come from (a team's circle: the team, its lead facilitates);
  ``size``: how many to take from them (cross-unit circles); ``leads``: that many team leads from
  different departments instead; ``accounts``: demo accounts that belong, {"manager" |
  "employee": "facilitator" | "member"};
- ``meeting``: the recurring meeting (``weekday`` 0 = Monday, ``time``, ``duration``,
  ``interval`` in weeks, ``timezone``, ``title``, ``agenda``, ``place``, ``video_url``, ``kind``);
- ``sessions``: past meetings, oldest first, the last one being the most recent: ``title`` (the
  topic), ``topics`` (skill slugs), ``notes``, ``tries`` ("What will you try?" answers),
  ``reflection`` (the facilitator's), ``actions`` ((title, done[, "employee" | "manager"]): the
  owner is the presenter, a demo account or anyone), ``story`` (what the notes became), or
  ``cancelled``;
- ``backlog``: (kind "offer" | "request", title, details, votes);
- ``reflection_meetings`` and ``workshops``: one-off meetings of the circle.

What the services would have written over the months is bulk-written here in the same shape and
by the same rules, because the services stamp "now" and one call per row would take too long:
the members who joined back then (active, in join order), who presented (the rota, computed week
by week with `circles.rotation` from the attendance so far), who attended, the answers they gave
afterwards (attendees only, one each), the topics chosen for past meetings (the services accept
a choice only before a meeting), votes, and the learning-record rows of all of it. Everything
else goes through the services (circles, series and one-off meetings, cancellations, notes,
reflections, action items, stories made from notes, the backlog, RSVPs with the waiting list,
absences, a swap, a move, requests and invitations) and is then moved back to when it happened,
like the stories seeder does. The rota ahead comes from `rota_refresh` itself.

Notifications and emails about the past are deleted; what is pending now (a join request, an
invitation, a swap to answer, this week's presenters' reminders) stays in-app.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from samla.circles import rotation
from samla.circles import services_practice as practice
from samla.circles.enums import (
    CircleKind,
    JoinPolicy,
    MeetingKind,
    MemberRole,
    MemberStatus,
    OccurrenceStatus,
    RsvpAnswer,
)
from samla.circles.models import (
    Attendance,
    Circle,
    Meeting,
    Membership,
    Occurrence,
    Rsvp,
)
from samla.circles.models_practice import (
    WILL_TRY_MAX,
    ActionItem,
    Feedback,
    MeetingNotes,
    Reflection,
    Topic,
    TopicKind,
    TopicVote,
)
from samla.circles.recurrence import Recurrence, to_rrule
from samla.circles.services import circles as circle_services
from samla.circles.services import meetings as meeting_services
from samla.circles.services import record as circle_record
from samla.circles.services import rota as rota_services
from samla.demo import circles_da, circles_en, circles_nb, circles_sv
from samla.demo.data import EMPLOYEE, LEARNING_LEADS, MANAGER
from samla.demo.history import Member
from samla.notifications.models import EmailMessage, Notification
from samla.people.models import Person, Skill
from samla.record.enums import Source, Verb
from samla.record.models import Activity
from samla.stories.models import Story, StoryRevision, StoryTopic
from samla.stories.services import compose
from samla.stories.services.record import OBJECT_TYPE as STORY_OBJECT_TYPE

SOURCES = (("en", circles_en), ("da", circles_da), ("sv", circles_sv), ("nb", circles_nb))
EXTRA_PAST = {1: 4, 2: 2, 4: 1}  # plain past meetings before the written ones, by interval
MIN_MEMBERS = 5
SWAP_IN = "sv-web"  # the circle where a swap waits for an answer
MOVE_IN = "da-platform"  # the circle where one upcoming meeting was moved
MAX_TEAM_WEEKS = 26  # a team's history: at most half a year
ATTEND_SHARE = 0.8
SERIES_WEEKS_AHEAD = 26  # every series ends (the recurrence rules require it)
# The kind of story the notes of a meeting become with one click (services_practice).
AUTO_STORY_KIND: dict[str, str] = {
    MeetingKind.REFLECTION: "lesson",
    MeetingKind.LEARNING: "learning",
}
# Cross-unit circles are facilitated by the learning lead of the meeting's country.
LEAD_BY_ZONE = {"Europe/Copenhagen": "da", "Europe/Stockholm": "sv", "Europe/Oslo": "nb"}


@dataclass
class CirclesReport:
    circles: int = 0
    occurrences: int = 0
    attendances: int = 0
    feedback: int = 0
    stories: int = 0


def _last_pk(model: Any) -> int:
    return model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def all_circle_defs() -> list[tuple[str, dict[str, Any]]]:
    return [(lang, d) for lang, module in SOURCES for d in module.CIRCLES]


@dataclass
class _Plan:
    """The history of one series: per past slot its presenter, why, and who came."""

    presenters: list[tuple[int | None, date | None, bool]] = field(default_factory=list)
    attended: list[set[int]] = field(default_factory=list)
    upcoming: list[rotation.Turn] = field(default_factory=list)


class CircleSeeder:
    def __init__(self, *, rng: random.Random, members: Sequence[Member], now: datetime) -> None:
        self.rng = rng
        self.now = now
        self.members = [m for m in members if m.person.is_active]
        self.by_email = {m.person.email: m for m in self.members}
        self.manager = self.by_email.get(MANAGER.email or "")
        self.employee = self.by_email.get(EMPLOYEE.email or "")
        lead_names = {d.full_name for d in LEARNING_LEADS}
        self.learning_leads = {
            m.language: m for m in self.members if m.person.full_name in lead_names
        }
        self.skills = {s.slug: s for s in Skill.objects.all()}
        self.report = CirclesReport()
        self.first_email_pk = _last_pk(EmailMessage)
        self.first_notice_pk = _last_pk(Notification)
        self.attendance_rows: list[Attendance] = []
        self.activity_rows: list[Activity] = []
        self.people_by_pk = {m.person.pk: m.person for m in self.members}
        self.feedback_rows: list[Feedback] = []
        self.occ_facts: dict[int, tuple[str, str, str]] = {}
        self.came: dict[int, list[int]] = {}  # occurrence pk -> who attended
        self.last_meetings: set[int] = set()  # each series' most recent past occurrence
        self.newcomer: dict[int, int] = {}  # circle pk -> person pk (joined lately)
        self.on_leave: dict[int, Member] = {}  # circle pk -> who is away in a few weeks

    # --- Entry ----------------------------------------------------------------------------------

    def run(self) -> CirclesReport:
        finishing: list[tuple[Circle, dict[str, Any], list[Person]]] = []
        for language, d in all_circle_defs():
            d = {**d, "language": language}
            circle, people = self._circle(language, d)
            finishing.append((circle, d, people))
        Attendance.objects.bulk_create(self.attendance_rows, batch_size=500)
        Activity.objects.bulk_create(self.activity_rows, batch_size=500)
        self.activity_rows = []
        for circle, d, people in finishing:
            self._after_history(circle, d, people)
        Feedback.objects.bulk_create(self.feedback_rows, batch_size=500)
        Activity.objects.bulk_create(self.activity_rows, batch_size=500)
        # The one-off meetings' presented and facilitated rows, by the periodic job itself.
        rota_services.occurrences_record_past(now=self.now)
        # The demo's past happened before anyone signed in: no notices or emails about it.
        Notification.objects.filter(pk__gt=self.first_notice_pk).delete()
        for circle, d, people in finishing:
            self._today(circle, d, people)
        rota_services.presenters_remind()  # in-app reminders for this week's presenters
        EmailMessage.objects.filter(pk__gt=self.first_email_pk).delete()
        return self.report

    # --- Choosing people ------------------------------------------------------------------------

    def _account(self, key: str) -> Member | None:
        return {"manager": self.manager, "employee": self.employee}.get(key)

    def _pool(self, units: Sequence[str]) -> list[Member]:
        return [m for m in self.members if m.unit.code in units]

    def _top_up(self, chosen: list[Member], near: Sequence[str], want: int) -> list[Member]:
        """A small demo has tiny teams: fill up from the same department, then division."""
        if len(chosen) >= want:
            return chosen
        parents = {m.unit.parent for m in chosen} | {
            m.unit.parent for m in self.members if m.unit.code in near
        }
        divisions = {m.division for m in chosen}
        for ring in (
            [m for m in self.members if m.unit.parent in parents],
            [m for m in self.members if m.division in divisions],
            list(self.members),
        ):
            extra = [m for m in ring if m not in chosen]
            self.rng.shuffle(extra)
            chosen += extra[: want - len(chosen)]
            if len(chosen) >= want:
                break
        return chosen

    def _people(self, d: dict[str, Any]) -> tuple[Member, list[Member], list[Member]]:
        """(first facilitator, other facilitators, members) in join order."""
        accounts = {
            key: (member, role)
            for key, role in (d.get("accounts") or {}).items()
            if (member := self._account(key)) is not None
        }
        units: list[str] = d.get("units") or []
        if d.get("leads"):
            leads = [m for m in self.members if m.is_lead and m.unit.kind == "team"]
            self.rng.shuffle(leads)
            chosen: list[Member] = []
            for m in leads:
                if all(m.unit.parent != c.unit.parent for c in chosen):
                    chosen.append(m)
            chosen = chosen[: d["leads"]]
        elif d["kind"] == CircleKind.TEAM:
            chosen = self._pool(units)
        else:
            pool = self._pool(units)
            self.rng.shuffle(pool)
            chosen = pool[: d.get("size", 12)]
        chosen = self._top_up(chosen, units, MIN_MEMBERS)
        for member, _role in accounts.values():
            if member not in chosen:
                chosen.append(member)
        facilitators = [m for m, role in accounts.values() if role == "facilitator"]
        if not facilitators:
            if d["kind"] == CircleKind.TEAM:
                leads = [m for m in chosen if m.is_lead and units and m.unit.code == units[0]]
                facilitators = leads[:1] or [chosen[0]]
            else:
                language = LEAD_BY_ZONE.get(d["meeting"]["timezone"], d["language"])
                lead = self.learning_leads.get(language) or next(
                    iter(self.learning_leads.values()), None
                )
                facilitators = [lead] if lead is not None else [chosen[0]]
        if d["kind"] != CircleKind.TEAM:
            seniors = [m for m in chosen if m.senior and m not in facilitators]
            if seniors:
                facilitators.append(self.rng.choice(seniors))
        rest = [m for m in chosen if m not in facilitators]
        self.rng.shuffle(rest)
        return facilitators[0], facilitators[1:], rest

    # --- A circle -------------------------------------------------------------------------------

    def _circle(self, language: str, d: dict[str, Any]) -> tuple[Circle, list[Person]]:
        first, co, rest = self._people(d)
        spec = d["meeting"]
        tz = ZoneInfo(spec["timezone"])
        interval = spec.get("interval", 1)
        sessions: list[dict[str, Any]] = d.get("sessions") or []
        n_past = len(sessions) + EXTRA_PAST.get(interval, 1)
        if d["kind"] == CircleKind.TEAM:  # long enough for everyone's turn, and a bit more
            n_past = max(n_past, min(len(rest) + len(co) + 4, MAX_TEAM_WEEKS))
        past_dates = self._past_dates(spec, n_past, tz)
        start_day = past_dates[0] - timedelta(days=self.rng.randint(7, 20))
        home = None
        if d["kind"] == CircleKind.TEAM and d.get("units"):
            home = first.person.unit if first.unit.code == d["units"][0] else None
        circle = circle_services.circle_create(
            by=first.person,
            name=d["name"],
            kind=d["kind"],
            language=language,
            description=d["description"],
            join_policy=d["join_policy"],
            visibility=d["visibility"],
            home_unit=home,
        )
        # Who is special: an employee who joined lately (not yet in the rota), one who has
        # opted out, one on leave soon; the demo employee's turn comes within a few weeks.
        others = [m for m in rest if m not in (self.employee, self.manager)]
        newcomer = others[-1] if len(others) >= 6 else None
        opted_out = others[0] if len(others) >= 8 else None
        on_leave = others[1] if len(others) >= 3 else None
        order = [first, *co, *[m for m in rest if m is not newcomer]]
        upcoming_dates = self._upcoming_dates(spec, tz)
        plan, order = self._choose_order(
            order, first, co, past_dates, sessions, upcoming_dates, newcomer, opted_out, on_leave
        )
        founded = datetime.combine(start_day, time(9), tzinfo=tz)
        Circle.objects.filter(pk=circle.pk).update(created_at=founded)
        Membership.objects.filter(circle=circle).update(joined_at=founded, created_at=founded)
        self._members(circle, founded, order[1:], co, opted_out)
        if newcomer is not None:
            joined = datetime.combine(past_dates[-2] + timedelta(days=1), time(10), tzinfo=tz)
            self._members(circle, joined, [newcomer], [], None, start=len(order) + 1)
        meeting = self._series(circle, first.person, spec, past_dates[0], tz)
        self._history(circle, meeting, first, co, sessions, plan)
        self.report.circles += 1
        people = [m.person for m in (first, *co, *rest)]
        if on_leave is not None:
            self.on_leave[circle.pk] = on_leave
        if newcomer is not None:
            self.newcomer[circle.pk] = newcomer.person.pk
        return circle, people

    def _members(
        self,
        circle: Circle,
        when: datetime,
        joining: Sequence[Member],
        facilitators: Sequence[Member],
        opted_out: Member | None,
        start: int = 2,
    ) -> None:
        """Members who joined (or were approved, or accepted an invitation) months ago, as the
        services' activation writes them: active, in join order for the rota's tie-break."""
        invited_by = circle.created_by if circle.join_policy == JoinPolicy.INVITE_ONLY else None
        Membership.objects.bulk_create(
            [
                Membership(
                    circle=circle,
                    person=m.person,
                    role=MemberRole.FACILITATOR if m in facilitators else MemberRole.MEMBER,
                    status=MemberStatus.ACTIVE,
                    invited_by=invited_by,
                    joined_at=when,
                    created_at=when,
                    rota_opt_out=m is opted_out,
                    rota_order=start + i,
                )
                for i, m in enumerate(joining)
            ]
        )

    # --- Dates ----------------------------------------------------------------------------------

    def _at(self, day: date, spec: dict[str, Any], tz: ZoneInfo) -> datetime:
        hour, minute = (int(x) for x in spec["time"].split(":"))
        return datetime.combine(day, time(hour, minute), tzinfo=tz)

    def _past_dates(self, spec: dict[str, Any], n: int, tz: ZoneInfo) -> list[date]:
        """The local dates of the last `n` meetings of the series before now."""
        day = self.now.astimezone(tz).date()
        while day.weekday() != spec["weekday"] or self._at(day, spec, tz) >= self.now:
            day -= timedelta(days=1)
        step = timedelta(weeks=spec.get("interval", 1))
        return [day - step * i for i in reversed(range(n))]

    def _upcoming_dates(self, spec: dict[str, Any], tz: ZoneInfo) -> list[date]:
        day = self.now.astimezone(tz).date()
        while day.weekday() != spec["weekday"] or self._at(day, spec, tz) < self.now:
            day += timedelta(days=1)
        step = timedelta(weeks=spec.get("interval", 1))
        horizon = self.now + meeting_services.HORIZON
        out: list[date] = []
        while self._at(day, spec, tz) < horizon:
            out.append(day)
            day += step
        return out

    def _series(
        self, circle: Circle, by: Person, spec: dict[str, Any], first: date, tz: ZoneInfo
    ) -> Meeting:
        interval = spec.get("interval", 1)
        until = self.now.astimezone(tz).date() + timedelta(weeks=SERIES_WEEKS_AHEAD)
        rule = to_rrule(
            Recurrence(freq="weekly", interval=interval, byweekday=(spec["weekday"],), until=until),
            tz=tz,
        )
        kind = spec.get("kind", MeetingKind.LEARNING)
        meeting = meeting_services.meeting_create(
            circle=circle,
            by=by,
            data=meeting_services.MeetingData(
                kind=kind,
                title=spec["title"],
                first_start=self._at(first, spec, tz),
                timezone=spec["timezone"],
                duration=spec["duration"],
                rrule=rule,
                agenda=spec.get("agenda", ""),
                place=spec.get("place", ""),
                video_url=spec.get("video_url", ""),
                has_rota=True,
            ),
        )
        created = self._at(first, spec, tz) - timedelta(days=self.rng.randint(3, 10))
        Meeting.objects.filter(pk=meeting.pk).update(created_at=created, updated_at=created)
        return meeting

    # --- The rota over the months ---------------------------------------------------------------

    def _simulate(
        self,
        order: list[Member],
        facilitators: list[Member],
        past_dates: list[date],
        cancelled: set[int],
        upcoming_dates: list[date],
        newcomer: Member | None,
        opted_out: Member | None,
        on_leave: Member | None,
        rng: random.Random,
    ) -> _Plan:
        """What rota_refresh and the facilitators would have written week by week."""
        everyone = [*order, *([newcomer] if newcomer is not None else [])]
        ids = {id(m): i + 1 for i, m in enumerate(everyone)}  # rota_order
        attended = {m.person.pk: 0 for m in everyone}
        last: dict[int, date | None] = {m.person.pk: None for m in everyone}
        always = {m.person.pk for m in facilitators}
        plan = _Plan()
        for index, day in enumerate(past_dates):
            joined = index >= len(past_dates) - 1  # the newcomer came to the last one only
            present_members = [m for m in everyone if m is not newcomer or joined]
            if index in cancelled:
                plan.presenters.append((None, None, False))
                plan.attended.append(set())
                continue
            state = [
                rotation.Member(
                    id=m.person.pk,
                    order=ids[id(m)],
                    attended=attended[m.person.pk],
                    last_presented=last[m.person.pk],
                    opted_out=m is opted_out,
                )
                for m in present_members
            ]
            fixed = facilitators[0].person.pk if index < 2 else None
            turn = rotation.plan(state, [rotation.Slot(date=day, fixed=fixed)])[0]
            came = {
                m.person.pk
                for m in present_members
                if m.person.pk in always or rng.random() < ATTEND_SHARE
            }
            if turn.presenter is not None:
                came.add(turn.presenter)
                last[turn.presenter] = day
            if self.employee in present_members and index == len(past_dates) - 1:
                came.add(self.employee.person.pk)  # last week's feedback is theirs to give
            for pk in came:
                attended[pk] += 1
            plan.presenters.append((turn.presenter, turn.last_presented, turn.fixed))
            plan.attended.append(came)
        state = [
            rotation.Member(
                id=m.person.pk,
                order=ids[id(m)],
                attended=attended[m.person.pk],
                last_presented=last[m.person.pk],
                opted_out=m is opted_out,
            )
            for m in everyone
        ]
        slots = [
            rotation.Slot(
                date=day,
                away=frozenset(
                    [on_leave.person.pk] if on_leave is not None and i in (1, 2) else []
                ),
            )
            for i, day in enumerate(upcoming_dates)
        ]
        plan.upcoming = rotation.plan(state, slots)
        return plan

    def _choose_order(
        self,
        order: list[Member],
        first: Member,
        co: list[Member],
        past_dates: list[date],
        sessions: list[dict[str, Any]],
        upcoming_dates: list[date],
        newcomer: Member | None,
        opted_out: Member | None,
        on_leave: Member | None,
    ) -> tuple[_Plan, list[Member]]:
        """The join order (the rota's tie-break) and the history it gives. Where the demo
        employee is a member, they are placed so their next turn is a week or two ahead."""
        offset = len(past_dates) - len(sessions)
        cancelled = {offset + i for i, s in enumerate(sessions) if s.get("cancelled")}
        seed = self.rng.randrange(2**32)
        facilitators = [first, *co]

        def run(candidate: list[Member]) -> _Plan:
            return self._simulate(
                candidate,
                facilitators,
                past_dates,
                cancelled,
                upcoming_dates,
                newcomer,
                opted_out,
                on_leave,
                random.Random(seed),  # noqa: S311 - demo data
            )

        target = self.employee if self.employee in order[1:] else None
        if target is None:
            return run(order), order
        fixed_head = 1 + len(co)
        others = [m for m in order if m is not target]
        best: tuple[int, list[Member], _Plan] | None = None
        for pos in range(fixed_head, len(order)):
            candidate = [*others[:pos], target, *others[pos:]]
            plan = run(candidate)
            turns = [i for i, t in enumerate(plan.upcoming) if t.presenter == target.person.pk]
            presented = any(p == target.person.pk for p, _l, _f in plan.presenters)
            # The meeting after next is best (time to pick a topic), having presented before.
            first_turn = turns[0] if turns else 99
            score = (0 if first_turn in (1, 2) else 1 + abs(first_turn - 1)) + (
                0 if presented else 3
            )
            if best is None or score < best[0]:
                best = (score, candidate, plan)
            if score == 0:
                break
        assert best is not None
        return best[2], best[1]

    # --- History --------------------------------------------------------------------------------

    def _history(
        self,
        circle: Circle,
        meeting: Meeting,
        first: Member,
        co: list[Member],
        sessions: list[dict[str, Any]],
        plan: _Plan,
    ) -> None:
        past = list(
            Occurrence.objects.filter(meeting=meeting, start__lt=self.now).order_by("start")
        )
        assert len(past) == len(plan.presenters), (circle.name, len(past), len(plan.presenters))
        offset = len(past) - len(sessions)
        changed: list[Occurrence] = []
        topics: list[Topic] = []
        for index, occ in enumerate(past):
            occ.meeting = meeting
            session = sessions[index - offset] if index >= offset else None
            if session and session.get("cancelled"):
                meeting_services.occurrence_cancel(occurrence=occ, by=first.person)
                Occurrence.objects.filter(pk=occ.pk).update(title=session["title"])
                continue
            presenter, why, fixed = plan.presenters[index]
            occ.presenter_id, occ.presenter_last, occ.presenter_fixed = presenter, why, fixed
            occ.presenter_reminded_at = occ.start - timedelta(days=rota_services.REMIND_DAYS)
            changed.append(occ)
            self.report.occurrences += 1
            self.came[occ.pk] = sorted(plan.attended[index])
            for pk in self.came[occ.pk]:
                self._attend(occ, circle, pk, marked_by=first.person.pk)
            # What occurrences_record_past writes once a meeting is over: its presenter
            # presented, its facilitators who were there facilitated.
            occ.recorded_at = occ.end
            if presenter is not None:
                self.activity_rows.append(
                    self._row(presenter, Verb.PRESENTED, occ, circle, occ.start)
                )
            for m in (first, *co):
                if m.person.pk in plan.attended[index]:
                    self.activity_rows.append(
                        self._row(m.person.pk, Verb.FACILITATED, occ, circle, occ.start)
                    )
            if session and presenter is not None:
                picked = occ.start - timedelta(days=self.rng.randint(4, 20))
                topics.append(
                    Topic(
                        circle=circle,
                        kind=TopicKind.OFFER,
                        title=session["title"],
                        proposed_by_id=presenter,
                        picked_by_id=presenter,
                        occurrence=occ,
                        created_at=picked,
                    )
                )
        if changed:
            self.last_meetings.add(changed[-1].pk)
        Occurrence.objects.bulk_update(
            changed,
            [
                "presenter",
                "presenter_last",
                "presenter_fixed",
                "presenter_reminded_at",
                "recorded_at",
            ],
        )
        Topic.objects.bulk_create(topics)

    def _attend(self, occ: Occurrence, circle: Circle, person_pk: int, *, marked_by: int) -> None:
        """An attendance and its learning-record row, as attendance_set writes them."""
        self_check_in = self.rng.random() < 0.3
        self.attendance_rows.append(
            Attendance(
                occurrence=occ,
                person_id=person_pk,
                marked_by_id=person_pk if self_check_in else marked_by,
                created_at=occ.start + timedelta(minutes=self.rng.randint(0, 20)),
            )
        )
        self.report.attendances += 1
        self.activity_rows.append(self._row(person_pk, Verb.ATTENDED, occ, circle, occ.start))

    def _row(
        self, person_pk: int, verb: Verb, occ: Occurrence, circle: Circle, when: datetime
    ) -> Activity:
        """A learning-record row about an occurrence, in the shape services/record.py writes."""
        key = occ.pk
        if key not in self.occ_facts:
            occ.meeting.circle = circle
            self.occ_facts[key] = (
                occ.display_title[:300],
                occ.get_absolute_url()[:500],
                circle_record.record_visibility(occ),
            )
        title, url, visibility = self.occ_facts[key]
        return Activity(
            actor_id=person_pk,
            unit_id=self._person(person_pk).unit_id,
            verb=verb,
            object_type=circle_record.OBJECT_TYPE,
            object_id=str(occ.pk),
            object_title=title,
            object_url=url,
            topics=[],
            context_type=circle_record.CONTEXT_TYPE,
            context_id=str(circle.pk),
            visibility=visibility,
            timestamp=when,
            source=Source.SAMLA,
        )

    def _feedback(
        self, occ: Occurrence, person: Person, rating: int, will_try: str = "", shared: bool = False
    ) -> None:
        """An attendee's answer after the meeting and its "gave feedback" row, in the shape
        feedback_save writes them (only people who attended; one answer each)."""
        assert 1 <= rating <= 5 and len(will_try) <= WILL_TRY_MAX
        when = self._when_after(occ, (1, 30))
        self.feedback_rows.append(
            Feedback(
                occurrence=occ,
                person=person,
                rating=rating,
                will_try=will_try,
                shared=shared,
                created_at=when,
                updated_at=when,
            )
        )
        self.activity_rows.append(
            self._row(person.pk, Verb.GAVE_FEEDBACK, occ, occ.meeting.circle, when)
        )
        self.report.feedback += 1

    def _person(self, pk: int) -> Person:
        return self.people_by_pk[pk]

    # --- After the meetings: notes, feedback, reflections, actions, stories ---------------------

    def _after_history(self, circle: Circle, d: dict[str, Any], people: list[Person]) -> None:
        facilitator = people[0]
        meeting = circle.meetings.order_by("pk").first()
        assert meeting is not None
        sessions: list[dict[str, Any]] = d.get("sessions") or []
        past = list(
            Occurrence.objects.filter(meeting=meeting, start__lt=self.now)
            .select_related("meeting__circle", "presenter")
            .order_by("start")
        )
        offset = len(past) - len(sessions)
        for index, occ in enumerate(past):
            occ.meeting.circle = circle  # one instance: the permission checks' memo is shared
            session = sessions[index - offset] if index >= offset else None
            if occ.is_cancelled:
                continue
            came = [self.people_by_pk[pk] for pk in self.came.get(occ.pk, ())]
            if session is None:
                self._ratings(occ, came, count=self.rng.randint(1, 3))
                continue
            self._practice(circle, occ, session, came, facilitator, d["language"])
        for r in d.get("reflection_meetings") or ():
            self._reflection_meeting(circle, facilitator, people, r, d["language"])
        for w in d.get("workshops") or ():
            if "days_ago" in w:
                self._past_workshop(circle, facilitator, people, w)

    def _when_after(self, occ: Occurrence, hours: tuple[int, int]) -> datetime:
        return min(
            self.now - timedelta(minutes=5),
            occ.end + timedelta(hours=self.rng.randint(*hours), minutes=self.rng.randint(0, 59)),
        )

    def _answering(self, occ: Occurrence, came: list[Person]) -> list[Person]:
        """Who may have answered afterwards: attendees but the presenter, and not the demo
        employee for the last meeting (they give that feedback themselves in the demo)."""
        skip = {occ.presenter_id}
        if occ.pk in self.last_meetings and self.employee is not None:
            skip.add(self.employee.person.pk)
        return [p for p in came if p.pk not in skip]

    def _ratings(self, occ: Occurrence, came: list[Person], *, count: int) -> None:
        others = self._answering(occ, came)
        for person in self.rng.sample(others, min(count, len(others))):
            self._feedback(occ, person, self.rng.choice((3, 4, 4, 4, 5, 5)))

    def _practice(
        self,
        circle: Circle,
        occ: Occurrence,
        session: dict[str, Any],
        came: list[Person],
        facilitator: Person,
        language: str,
    ) -> None:
        presenter = occ.presenter
        others = self._answering(occ, came)
        self.rng.shuffle(others)
        note_taker = self.rng.choice(others) if others else facilitator
        if session.get("notes"):
            practice.notes_save(occurrence=occ, by=note_taker, sections={"notes": session["notes"]})
            MeetingNotes.objects.filter(occurrence=occ).update(
                updated_at=self._when_after(occ, (0, 2))
            )
        tries = list(session.get("tries") or ())
        for person, text in zip(others, tries, strict=False):
            rating = self.rng.choice((4, 4, 5, 5, 5, 3))
            self._feedback(occ, person, rating, text, shared=self.rng.random() < 0.85)
        for person in others[len(tries) : len(tries) + self.rng.randint(1, 3)]:
            self._feedback(occ, person, self.rng.choice((3, 4, 4, 5, 5)))
        if session.get("reflection"):
            practice.reflection_save(occurrence=occ, by=facilitator, text=session["reflection"])
        self._actions(circle, occ, session.get("actions") or (), facilitator, presenter)
        self._backdate_practice(occ)
        story = session.get("story")
        if story and presenter is not None:
            self._story(occ, story, presenter, language)

    def _actions(
        self,
        circle: Circle,
        occ: Occurrence,
        actions: Sequence[tuple[str, bool] | tuple[str, bool, str]],
        facilitator: Person,
        presenter: Person | None,
    ) -> None:
        members = list(
            Person.objects.filter(
                circle_memberships__circle=circle,
                circle_memberships__status=MemberStatus.ACTIVE,
            ).order_by("pk")
        )
        for i, (title, done, *who) in enumerate(actions):
            account = self._account(who[0]) if who else None
            if account is not None and account.person in members:
                owner = account.person
            elif i == 0 and presenter is not None:
                owner = presenter
            else:
                owner = self.rng.choice(members)
            day = occ.start.astimezone(ZoneInfo(occ.meeting.timezone)).date()
            item = practice.action_add(
                occurrence=occ,
                by=facilitator,
                title=title,
                owner=owner,
                due_on=day + timedelta(days=self.rng.choice((7, 14, 21))),
            )
            ActionItem.objects.filter(pk=item.pk).update(created_at=self._when_after(occ, (0, 1)))
            if done:
                practice.action_close(item=item, by=owner)
                closed = min(self.now, occ.end + timedelta(days=self.rng.randint(3, 12)))
                ActionItem.objects.filter(pk=item.pk).update(closed_at=closed)

    def _backdate_practice(self, occ: Occurrence) -> None:
        when = self._when_after(occ, (1, 6))
        Reflection.objects.filter(occurrence=occ).update(created_at=when, updated_at=when)
        Activity.objects.filter(
            object_type=circle_record.OBJECT_TYPE,
            object_id=str(occ.pk),
            verb=Verb.REFLECTED,
        ).update(timestamp=when)

    # --- Stories --------------------------------------------------------------------------------

    def _story(
        self,
        occ: Occurrence,
        d: dict[str, Any],
        author: Person,
        language: str,
    ) -> Story:
        """Notes turned into a story with one click (then polished by its author), or, for
        another kind of story, one its author wrote after the meeting."""
        auto = AUTO_STORY_KIND.get(occ.meeting.kind)
        topics = [self.skills[s] for s in d.get("topics", ()) if s in self.skills]
        sections = dict(d["sections"])
        if d["kind"] == auto:
            story = practice.notes_publish_story(occurrence=occ, by=author)
            credit_key = "situation" if auto == "learning" else "tried"
            credit = story.sections.get(credit_key, "")
            sections[credit_key] = f"{sections.get(credit_key, '')}\n\n{credit}".strip()
            story = compose.story_update(
                story=story,
                editor=author,
                content=compose.StoryContent(
                    title=d["title"], sections=sections, language=language, topics=topics
                ),
            )
        else:
            last = list(sections)[-1]
            note = {
                "da": "Fra vores læringsmøde i »{name}«.",
                "sv": "Från vår lärträff i ”{name}”.",
                "nb": "Fra læringsmøtet vårt i «{name}».",
            }.get(language, "From our learning meeting in “{name}”.")
            sections[last] += "\n\n" + note.format(name=occ.meeting.circle.name)
            story = compose.story_publish(
                author=author,
                kind=d["kind"],
                content=compose.StoryContent(
                    title=d["title"], sections=sections, language=language, topics=topics
                ),
                publish_key=f"circle-demo-{occ.pk}",  # like the notes' "circle-notes-…"
            )
        when = min(self.now - timedelta(minutes=30), occ.end + timedelta(hours=20))
        Story.objects.filter(pk=story.pk).update(
            published_at=when,
            updated_at=when + timedelta(minutes=25),
            edited_at=(when + timedelta(minutes=25)) if d["kind"] == auto else None,
        )
        StoryRevision.objects.filter(story=story).update(created_at=when + timedelta(minutes=25))
        StoryTopic.objects.filter(story=story).update(published_at=when)
        Activity.objects.filter(object_type=STORY_OBJECT_TYPE, object_id=str(story.pk)).update(
            timestamp=when
        )
        self.report.stories += 1
        return story

    # --- One-off meetings -----------------------------------------------------------------------

    def _one_off(
        self,
        circle: Circle,
        by: Person,
        d: dict[str, Any],
        kind: str,
        day: date,
        tz: ZoneInfo,
        **extra: Any,
    ) -> Occurrence:
        meeting = meeting_services.meeting_create(
            circle=circle,
            by=by,
            data=meeting_services.MeetingData(
                kind=kind,
                title=d["title"],
                first_start=self._at(day, d, tz),
                timezone=str(tz),
                duration=d["duration"],
                agenda=d.get("agenda", ""),
                place=d.get("place", ""),
                video_url=d.get("video_url", ""),
                has_rota=False,
                **extra,
            ),
        )
        created = min(self.now, self._at(day, d, tz)) - timedelta(days=self.rng.randint(10, 20))
        Meeting.objects.filter(pk=meeting.pk).update(created_at=created, updated_at=created)
        occ = meeting.occurrences.select_related("meeting__circle").get()
        return occ

    def _workday(self, days: int, tz: ZoneInfo) -> date:
        day = self.now.astimezone(tz).date() + timedelta(days=days)
        while day.weekday() >= 5:
            day += timedelta(days=1 if days > 0 else -1)
        return day

    def _reflection_meeting(
        self,
        circle: Circle,
        facilitator: Person,
        people: list[Person],
        r: dict[str, Any],
        language: str,
    ) -> None:
        meeting = circle.meetings.order_by("pk").first()
        assert meeting is not None
        tz = ZoneInfo(meeting.timezone)
        occ = self._one_off(
            circle, facilitator, r, MeetingKind.REFLECTION, self._workday(-r["days_ago"], tz), tz
        )
        others = [p for p in people[1:] if p.pk != self.newcomer.get(circle.pk)]
        came = [facilitator, *self.rng.sample(others, min(len(others), 7))]
        for person in came:
            self._attend_now(occ, circle, person, facilitator)

        def bullets(items: Sequence[str]) -> str:
            return "\n".join(f"- {item}" for item in items)

        practice.notes_save(
            occurrence=occ,
            by=facilitator,
            sections={
                "went_well": bullets(r["went_well"]),
                "learned": bullets(r["learned"]),
                "change": bullets(r["change"]),
            },
        )
        MeetingNotes.objects.filter(occurrence=occ).update(updated_at=self._when_after(occ, (0, 1)))
        self._ratings(occ, came[1:], count=4)
        self._actions(circle, occ, r.get("actions") or (), facilitator, facilitator)
        if r.get("story"):
            self._story(occ, r["story"], facilitator, language)

    def _attend_now(self, occ: Occurrence, circle: Circle, person: Person, by: Person) -> None:
        """Attendance of a one-off past meeting, bulk-written like the series' history."""
        Attendance.objects.create(occurrence=occ, person=person, marked_by=by, created_at=occ.start)
        Activity.objects.create(
            actor=person,
            unit_id=person.unit_id,
            verb=Verb.ATTENDED,
            object_type=circle_record.OBJECT_TYPE,
            object_id=str(occ.pk),
            object_title=occ.display_title[:300],
            object_url=occ.get_absolute_url()[:500],
            topics=[],
            context_type=circle_record.CONTEXT_TYPE,
            context_id=str(circle.pk),
            visibility=circle_record.record_visibility(occ),
            timestamp=occ.start,
            source=Source.SAMLA,
        )
        self.report.attendances += 1

    def _audience(self, exclude: Sequence[Person], n: int) -> list[Person]:
        """People from all over the organisation who would come to an open showcase."""
        skip = {p.pk for p in exclude}
        skip |= {m.person.pk for m in (self.employee, self.manager) if m is not None}
        pool = [m.person for m in self.members if m.person.pk not in skip]
        return self.rng.sample(pool, min(n, len(pool)))

    def _past_workshop(
        self,
        circle: Circle,
        facilitator: Person,
        people: list[Person],
        w: dict[str, Any],
    ) -> None:
        meeting = circle.meetings.order_by("pk").first()
        assert meeting is not None
        tz = ZoneInfo(meeting.timezone)
        occ = self._one_off(
            circle,
            facilitator,
            w,
            MeetingKind.WORKSHOP,
            self._workday(-w["days_ago"], tz),
            tz,
            open_to_all=True,
            capacity=w["capacity"],
        )
        newcomer = self.newcomer.get(circle.pk)
        team = [p for p in people if p.pk != newcomer][: max(3, len(people) // 2)]
        guests = self._audience(team, w["registrations"] - len(team))
        registered = [*team, *guests][: w["capacity"]]  # the service never lets more in
        Rsvp.objects.bulk_create(
            [
                Rsvp(
                    occurrence=occ,
                    person=p,
                    answer=RsvpAnswer.YES,
                    created_at=occ.start - timedelta(days=self.rng.randint(1, 12)),
                )
                for p in registered
            ]
        )
        came = [p for p in registered if p in team or self.rng.random() < 0.85]
        for person in came:
            self._attend_now(occ, circle, person, facilitator)
        self._ratings(occ, [p for p in came if p not in team], count=8)

    def _future_workshop(
        self, circle: Circle, facilitator: Person, people: list[Person], w: dict[str, Any]
    ) -> None:
        meeting = circle.meetings.order_by("pk").first()
        assert meeting is not None
        tz = ZoneInfo(meeting.timezone)
        occ = self._one_off(
            circle,
            facilitator,
            w,
            MeetingKind.WORKSHOP,
            self._workday(w["days_ahead"], tz),
            tz,
            open_to_all=True,
            capacity=w["capacity"],
        )
        team = people[: max(2, min(4, len(people) // 3))]
        guests = self._audience(team, w["registrations"] - len(team))
        registered = [*team, *guests]
        for p in registered:
            meeting_services.rsvp_set(occurrence=occ, person=p, answer=RsvpAnswer.YES)
        for p in self._audience(registered, 4):
            meeting_services.rsvp_set(
                occurrence=occ, person=p, answer=self.rng.choice((RsvpAnswer.MAYBE, RsvpAnswer.NO))
            )
        # Registered over the last two weeks, in the order the service took them.
        rsvps = list(Rsvp.objects.filter(occurrence=occ).order_by("created_at", "pk"))
        start = self.now - timedelta(days=14)
        for i, rsvp in enumerate(rsvps):
            rsvp.created_at = start + timedelta(hours=6 * i + self.rng.randint(0, 5))
        Rsvp.objects.bulk_update(rsvps, ["created_at"])

    # --- Now: the rota ahead, the backlog, RSVPs, a swap, a pending request ----------------------

    def _today(self, circle: Circle, d: dict[str, Any], people: list[Person]) -> None:
        facilitator = people[0]
        on_leave = self.on_leave.get(circle.pk)
        meeting = circle.meetings.order_by("pk").first()
        assert meeting is not None
        upcoming = list(
            Occurrence.objects.filter(meeting=meeting, start__gte=self.now)
            .exclude(status=OccurrenceStatus.CANCELLED)
            .select_related("meeting__circle", "presenter")
            .order_by("start")
        )
        if on_leave is None or len(upcoming) <= 2:
            rota_services.rota_refresh(circle=circle)  # the history is in: who is next
        else:  # the absence refreshes the rota too
            tz = ZoneInfo(meeting.timezone)
            membership = Membership.objects.get(circle=circle, person=on_leave.person)
            circle_services.absence_add(
                membership=membership,
                starts_on=upcoming[1].start.astimezone(tz).date() - timedelta(days=2),
                ends_on=upcoming[2].start.astimezone(tz).date() + timedelta(days=2),
            )
        self._backlog(circle, d, people)
        upcoming = list(
            Occurrence.objects.filter(meeting=meeting, start__gte=self.now)
            .exclude(status=OccurrenceStatus.CANCELLED)
            .select_related("meeting__circle", "presenter")
            .order_by("start")
        )
        employee_pk = self.employee.person.pk if self.employee is not None else None
        if upcoming and upcoming[0].presenter_id not in (None, employee_pk):
            # Next week's presenter has picked the backlog's favourite they can share.
            offer = (
                Topic.objects.filter(
                    circle=circle,
                    kind=TopicKind.OFFER,
                    occurrence__isnull=True,
                    withdrawn_at__isnull=True,
                )
                .order_by("-vote_count", "pk")
                .first()
            )
            presenter = upcoming[0].presenter
            if offer is not None and presenter is not None:
                practice.topic_pick(occurrence=upcoming[0], topic=offer, by=presenter)
        if upcoming:
            # Most of the circle has answered for the next meeting; the demo employee has not.
            # (No capacity on a learning meeting: what rsvp_set writes, in one go.)
            Rsvp.objects.bulk_create(
                [
                    Rsvp(
                        occurrence=upcoming[0],
                        person=p,
                        answer=self.rng.choice((RsvpAnswer.YES,) * 3 + (RsvpAnswer.NO,)),
                        created_at=self.now - timedelta(hours=self.rng.randint(1, 96)),
                    )
                    for p in people
                    if p.pk != employee_pk and self.rng.random() < 0.6
                ]
            )
        for w in d.get("workshops") or ():
            if "days_ahead" in w:
                self._future_workshop(circle, facilitator, people, w)
        if d["key"] == SWAP_IN:
            self._swap(upcoming)
        if d["key"] == MOVE_IN and len(upcoming) > 4:
            # A release day: the facilitator moved one meeting to the next morning.
            occ = upcoming[4]
            meeting_services.occurrence_move(
                occurrence=occ, by=facilitator, start=occ.start + timedelta(days=1)
            )
        self._pending(circle, d, people)

    def _backlog(self, circle: Circle, d: dict[str, Any], people: list[Person]) -> None:
        for kind, title, details, votes in d.get("backlog") or ():
            proposer = self.rng.choice(people)
            topic = practice.topic_propose(
                circle=circle, by=proposer, kind=kind, title=title, details=details
            )
            voters = [p for p in people if p.pk != proposer.pk]
            if self.employee is not None:
                voters = [p for p in voters if p.pk != self.employee.person.pk]
            when = self.now - timedelta(days=self.rng.randint(1, 40), hours=self.rng.randint(0, 8))
            # Votes as topic_vote counts them: members only, one each.
            chosen = self.rng.sample(voters, min(votes, len(voters)))
            TopicVote.objects.bulk_create(
                [
                    TopicVote(topic=topic, person=v, created_at=when + timedelta(days=1))
                    for v in chosen
                ]
            )
            Topic.objects.filter(pk=topic.pk).update(created_at=when, vote_count=len(chosen))

    def _swap(self, upcoming: list[Occurrence]) -> None:
        """Somebody has asked a colleague to swap turns (not answered yet)."""
        account_pks = {m.person.pk for m in (self.employee, self.manager) if m is not None}
        turns = [
            o
            for o in upcoming[1:6]
            if o.presenter_id is not None and o.presenter_id not in account_pks
        ]
        if len(turns) >= 2 and turns[0].presenter_id != turns[1].presenter_id:
            assert turns[0].presenter is not None
            rota_services.swap_propose(mine=turns[0], theirs=turns[1], proposer=turns[0].presenter)

    def _pending(self, circle: Circle, d: dict[str, Any], people: list[Person]) -> None:
        """Someone from outside the team asked to join the demo accounts' team circle; a new
        leader was invited to the closed circle."""
        inside = {p.pk for p in people} | set(
            Membership.objects.filter(circle=circle).values_list("person_id", flat=True)
        )
        outside = [m for m in self.members if m.person.pk not in inside]
        if not outside:
            return
        if d["key"] == "da-platform" and circle.join_policy == JoinPolicy.ON_REQUEST:
            near = [m for m in outside if m.unit.code == "NL-QA"] or outside
            circle_services.membership_request(circle=circle, person=self.rng.choice(near).person)
        elif circle.join_policy == JoinPolicy.INVITE_ONLY:
            leads = [m for m in outside if m.is_lead and m.unit.kind == "team"] or outside
            circle_services.membership_invite(
                circle=circle, person=self.rng.choice(leads).person, by=people[0]
            )


def seed_circles(*, rng: random.Random, members: Sequence[Member], now: datetime) -> CirclesReport:
    """Seed every demo circle with its history (see the module docstring)."""
    return CircleSeeder(rng=rng, members=members, now=now).run()
