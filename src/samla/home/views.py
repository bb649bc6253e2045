"""The home page composes what each app offers a person today. It sits at the top of the import
chain (with api), so it may read any app's selectors."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from samla.circles import selectors as circle_selectors
from samla.core.http import AuthenticatedRequest
from samla.people import selectors as people_selectors
from samla.questions import selectors as question_selectors
from samla.record import selectors as record_selectors
from samla.stories import selectors as story_selectors

FOR_YOU_ON_HOME = 10
MEETINGS_ON_HOME = 3
QUESTIONS_ON_HOME = 4


@login_required
@require_GET
def home(request: AuthenticatedRequest) -> HttpResponse:
    person = request.user
    context = {
        "person": person,
        "for_you": story_selectors.feed_for_you(viewer=person, limit=FOR_YOU_ON_HOME),
        "back": request.get_full_path(),
        "show_reasons": True,
        "meetings": circle_selectors.meetings_upcoming_for(viewer=person, limit=MEETINGS_ON_HOME),
        "could_answer": question_selectors.questions_i_could_answer(viewer=person).items[
            :QUESTIONS_ON_HOME
        ],
        "followed_questions": question_selectors.questions_on_followed_topics(
            viewer=person, limit=QUESTIONS_ON_HOME
        ),
        "activity": record_selectors.activities_of(person, viewer=person, limit=8),
        "helpers": people_selectors.helpers_for_wants(person, limit=6),
        "my_skill_count": len(people_selectors.person_skills(person)),
        # Colleagues: the other active members of the person's unit.
        "unit_people_count": max(people_selectors.unit_member_count(person.unit) - 1, 0),
        "nav": "home",
    }
    return render(request, "home/home.html", context)
