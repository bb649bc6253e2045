"""Atom feeds of stories (per topic, per unit) for feed readers.

A feed reader has no session: it sends `?key=`, the person's FeedKey, and reads exactly what that
person may read. Samla renders the feed; views_read resolves the topic or unit and picks the
stories through the selectors (which apply the audience rule).
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed

from samla.people.models import Person
from samla.stories import selectors
from samla.stories.models import Story


def feed_reader(request: HttpRequest) -> Person:
    """Who reads a feed: the holder of `?key=` if given (an unknown or revoked key is 404, even
    with a session), else the signed-in person; nobody else."""
    key = request.GET.get("key")
    if key is not None:
        person = selectors.feed_key_person(key)
        if person is None:
            raise Http404
        return person
    user = request.user
    if isinstance(user, Person) and user.is_active:
        return user
    raise Http404


def atom_response(
    request: HttpRequest, *, title: str, page_url: str, stories: list[Story], reader: Person
) -> HttpResponse:
    """The stories as an Atom 1.0 document: title, link, author, updated, summary (the teaser)
    and the topics as categories. Call it with the reader's language active."""
    feed = Atom1Feed(
        title=title,
        link=request.build_absolute_uri(page_url),
        description="",
        language=reader.language,
        feed_guid=request.build_absolute_uri(page_url),
    )
    for story in stories:
        url = request.build_absolute_uri(story.get_absolute_url())
        feed.add_item(
            title=story.title,
            link=url,
            description=story.teaser,
            author_name=story.author.full_name,
            pubdate=story.published_at,
            updateddate=story.edited_at or story.published_at,
            unique_id=url,
            categories=[t.name for t in story.topics.all()],
        )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    # The address carries a secret: no shared caches, no search engines.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
