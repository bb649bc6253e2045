"""Atom feeds of questions per topic, for feed readers (with the stories' feed key, `?key=`).

Every entry is dated to its day only (midnight UTC of `asked_on`), whoever asked, so anonymous
questions neither stand out nor carry a time; an anonymous question has no author name."""

from __future__ import annotations

from datetime import UTC, datetime, time

from django.http import HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from samla.core.markdown import markdown_to_text
from samla.people.models import Person
from samla.questions.models import Question

SUMMARY_LENGTH = 280


def atom_response(
    request: HttpRequest, *, title: str, page_url: str, questions: list[Question], reader: Person
) -> HttpResponse:
    feed = Atom1Feed(
        title=title,
        link=request.build_absolute_uri(page_url),
        description="",
        language=reader.language,
        feed_guid=request.build_absolute_uri(page_url),
    )
    for question in questions:
        url = request.build_absolute_uri(question.get_absolute_url())
        day = datetime.combine(question.asked_on, time.min, tzinfo=UTC)
        feed.add_item(
            title=question.title,
            link=url,
            description=markdown_to_text(question.body)[:SUMMARY_LENGTH],
            author_name=(
                _("Asked anonymously")
                if question.is_anonymous or question.author is None
                else question.author.full_name
            ),
            pubdate=day,
            updateddate=day,
            unique_id=url,
            categories=[t.skill.name for t in question.question_topics.all()],
        )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
