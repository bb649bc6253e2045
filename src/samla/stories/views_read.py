"""Reading stories: the feeds (For you, Latest, per topic, per unit), the story page, reactions,
comments, bookmarks, follows, Atom feeds and the feed key that feed readers use.

Feeds page with a cursor; "More" is a plain link that htmx turns into an in-place append.
Every interaction is a POST that redirects back without JavaScript and answers its partial to
htmx. Stories a person may not read answer 404, whatever they ask for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, URLPattern, path, reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from samla.core.http import AuthenticatedRequest
from samla.people import selectors as people_selectors
from samla.people.models import OrgUnit, Person
from samla.stories import feeds, permissions, selectors
from samla.stories.enums import CommentState, MediaKind, ReactionKind, StoryKind
from samla.stories.forms_read import CommentForm, FollowForm
from samla.stories.kinds import CLOSE_OUT_SECTIONS
from samla.stories.models import Story
from samla.stories.selectors import FeedPage
from samla.stories.services import interactions

ATOM_SIZE = 50
HOME_FEED_SIZE = 10


# --- helpers -----------------------------------------------------------------------------------


def _bad_request(request: HttpRequest, message: str) -> HttpResponse:
    return render(request, "core/error.html", {"status": 400, "message": message}, status=400)


def _bad_cursor(request: HttpRequest) -> HttpResponse:
    return _bad_request(
        request,
        _("This page address is not valid (it may have been cut short). Start again from the top."),
    )


def _back_url(request: HttpRequest, fallback: str) -> str:
    """Where a no-JavaScript form goes back to: its `next` field, if it is a path on this site."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate.startswith("/") and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


def _interactable_or_404(request: AuthenticatedRequest, pk: int) -> Story:
    story = selectors.story_get_visible(viewer=request.user, pk=pk)
    if story is None or not permissions.can_interact(request.user, story):
        raise Http404
    return story


def _feed_response(
    request: AuthenticatedRequest,
    load: Callable[[str | None], FeedPage],
    context: dict[str, Any],
) -> HttpResponse:
    cursor = request.GET.get("cursor")
    try:
        page = load(cursor)
    except ValueError:
        return _bad_cursor(request)
    more_url = None
    if page.next_cursor:
        query = request.GET.copy()
        query["cursor"] = page.next_cursor
        more_url = f"{request.path}?{query.urlencode()}"
    context.update(
        {
            "page": page,
            "more_url": more_url,
            "back": request.get_full_path(),
            "nav": "stories",
        }
    )
    if request.htmx:
        return render(request, "stories/_read_feed_items.html", context)
    return render(request, "stories/feed.html", context)


# --- feeds -------------------------------------------------------------------------------------


@login_required
@require_GET
def feed(request: AuthenticatedRequest) -> HttpResponse:
    viewer = request.user
    return _feed_response(
        request,
        lambda cursor: selectors.feed_for_you(viewer=viewer, cursor=cursor),
        {"feed_kind": "for_you", "show_reasons": True},
    )


@login_required
@require_GET
def latest(request: AuthenticatedRequest) -> HttpResponse:
    viewer = request.user
    kind = request.GET.get("kind", "")
    if kind and kind not in StoryKind.values:
        return _bad_request(request, _("There is no kind of story with that name."))
    return _feed_response(
        request,
        lambda cursor: selectors.feed_latest(viewer=viewer, cursor=cursor, kind=kind or None),
        {"feed_kind": "latest", "kind": kind, "kinds": StoryKind.choices},
    )


@login_required
@require_GET
def topic(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    viewer = request.user
    skill = selectors.topic_get(slug)
    if skill is None:
        raise Http404
    return _feed_response(
        request,
        lambda cursor: selectors.feed_topic(viewer=viewer, skill=skill, cursor=cursor),
        {
            "feed_kind": "topic",
            "topic": skill,
            "follow": _follow_context(viewer, "topic", skill.pk, skill.name),
            "atom_url": reverse("stories:topic-atom", args=[skill.slug]),
        },
    )


@login_required
@require_GET
def unit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    viewer = request.user
    found = people_selectors.unit_get(pk)
    if found is None:
        raise Http404
    org_unit: OrgUnit = found
    return _feed_response(
        request,
        lambda cursor: selectors.feed_unit(viewer=viewer, unit=org_unit, cursor=cursor),
        {
            "feed_kind": "unit",
            "unit": org_unit,
            "follow": _follow_context(viewer, "unit", org_unit.pk, org_unit.name),
            "atom_url": reverse("stories:unit-atom", args=[org_unit.pk]),
        },
    )


# --- the story page ----------------------------------------------------------------------------


def _media_items(story: Story) -> dict[str, Any]:
    """Video, poster and images with the address that serves each (the media view checks the
    audience again). Empty while no view serves media."""
    if story.kind != StoryKind.MEDIA:
        return {}
    items = list(story.media.all())
    try:
        for item in items:
            item.serve_url = reverse("stories:media", args=[item.pk])  # type: ignore[attr-defined]
    except NoReverseMatch:
        return {}
    return {
        "videos": [m for m in items if m.kind == MediaKind.VIDEO],
        "poster": next((m for m in items if m.kind == MediaKind.POSTER), None),
        "images": [m for m in items if m.kind == MediaKind.IMAGE],
    }


def _safe_link(url: str) -> str:
    return url if url.lower().startswith(("https://", "http://")) else ""


def _comments_context(request: AuthenticatedRequest, story: Story, **extra: Any) -> dict[str, Any]:
    viewer = request.user
    comments = selectors.story_comments(story=story)
    for comment in comments:
        comment.can_withdraw = permissions.can_withdraw_comment(viewer, comment)  # type: ignore[attr-defined]
        for reply in comment.reply_list:  # type: ignore[attr-defined]
            reply.can_withdraw = permissions.can_withdraw_comment(viewer, reply)
    context: dict[str, Any] = {
        "story": story,
        "viewer": viewer,
        "comments": comments,
        "can_interact": permissions.can_interact(viewer, story),
        "comment_form": CommentForm(),
        "reply_form": None,
        "reply_parent": None,
    }
    context.update(extra)
    return context


def _story_context(request: AuthenticatedRequest, story: Story, **extra: Any) -> dict[str, Any]:
    viewer = request.user
    targets = selectors.follow_targets(viewer)
    # An experiment's result and lesson are shown by the experiment panel (_experiment.html).
    skip = CLOSE_OUT_SECTIONS if story.kind == StoryKind.EXPERIMENT else ()
    sections = selectors.story_sections(story, skip=skip)
    context = _comments_context(request, story, **extra)
    topics = list(story.topics.all())
    context.update(
        {
            "sections": sections,
            "link_url": _safe_link(story.link_url),
            "media": _media_items(story),
            "topics": topics,
            "topic_follows": [
                _follow_context(viewer, "topic", t.pk, t.name, targets=targets) for t in topics
            ],
            "author_follow": (
                _follow_context(viewer, "person", story.author_id, story.author.full_name, targets)
                if story.author_id != viewer.pk and story.author.is_active
                else None
            ),
            "circle": selectors.story_circle(story),
            "related": selectors.stories_related(viewer=viewer, story=story),
            "helpers": selectors.helpers_for_topics(viewer=viewer, story=story),
            "read_only": not context["can_interact"],
            "back": story.get_absolute_url(),
            "nav": "stories",
        }
    )
    return context


def _story_for_page_or_404(request: AuthenticatedRequest, pk: int) -> Story:
    story = selectors.story_get_for_page(viewer=request.user, pk=pk)
    if story is None:
        raise Http404
    return story


@login_required
@require_GET
def story_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    story = _story_for_page_or_404(request, pk)
    return render(request, "stories/story_detail.html", _story_context(request, story))


# --- reactions, comments, bookmarks --------------------------------------------------------------


@login_required
@require_POST
def react(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    story = _interactable_or_404(request, pk)
    kind = request.POST.get("kind", "")
    if kind not in ReactionKind.values:
        return _bad_request(request, _("That is not a reaction Samla knows."))
    interactions.reaction_toggle(story=story, person=request.user, kind=kind)
    back = _back_url(request, story.get_absolute_url())
    if request.htmx:
        selectors.stories_decorate(viewer=request.user, stories=[story])
        return render(request, "stories/_reactions.html", {"story": story, "back": back})
    return HttpResponseRedirect(f"{back.split('#')[0]}#reactions-{story.pk}")


@login_required
@require_POST
def comment_create(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    story = _interactable_or_404(request, pk)
    form = CommentForm(request.POST)
    parent_id: int | None = None
    if form.is_valid():
        parent_id = form.cleaned_data["parent"]
        parent = selectors.comment_get(pk=parent_id) if parent_id else None
        if parent_id and (parent is None or parent.story_id != story.pk):
            return _bad_request(request, _("The comment you replied to is not on this story."))
        try:
            comment = interactions.comment_create(
                story=story, author=request.user, body=form.cleaned_data["body"], parent=parent
            )
        except ValidationError as exc:
            form.add_error("body", exc)
        else:
            if request.htmx:
                return render(request, "stories/_comments.html", _comments_context(request, story))
            messages.success(request, _("Your comment was added."))
            return redirect(f"{story.get_absolute_url()}#comment-{comment.pk}")
    else:
        parent_id = form.cleaned_data.get("parent") if hasattr(form, "cleaned_data") else None
    # A reply's errors show in its reply form, which only visible top-level comments have.
    replied = selectors.comment_get(pk=parent_id) if parent_id else None
    in_reply_form = (
        replied is not None
        and replied.story_id == story.pk
        and replied.parent_id is None
        and replied.state == CommentState.VISIBLE
    )
    errors = (
        {"reply_form": form, "reply_parent": parent_id} if in_reply_form else {"comment_form": form}
    )
    if request.htmx:
        context = _comments_context(request, story, **errors)
        return render(request, "stories/_comments.html", context, status=422)
    full = _story_for_page_or_404(request, pk)
    return render(
        request, "stories/story_detail.html", _story_context(request, full, **errors), status=422
    )


@login_required
@require_POST
def comment_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    comment = selectors.comment_get(pk=pk)
    if comment is None or not permissions.can_withdraw_comment(request.user, comment):
        raise Http404
    interactions.comment_delete(comment=comment, by=request.user)
    story = comment.story
    if request.htmx:
        return render(request, "stories/_comments.html", _comments_context(request, story))
    messages.success(request, _("Your comment was removed."))
    return redirect(f"{story.get_absolute_url()}#comments")


@login_required
@require_POST
def bookmark(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    story = _interactable_or_404(request, pk)
    saved = interactions.bookmark_toggle(story=story, person=request.user)
    story.is_bookmarked = saved  # type: ignore[attr-defined]
    back = _back_url(request, story.get_absolute_url())
    if request.htmx:
        return render(request, "stories/_read_bookmark.html", {"story": story, "back": back})
    if saved:
        messages.success(request, _("The story was saved. Find it under Saved stories."))
    else:
        messages.success(request, _("The story was removed from your saved stories."))
    return HttpResponseRedirect(back)


@login_required
@require_GET
def bookmarks(request: AuthenticatedRequest) -> HttpResponse:
    viewer = request.user
    cursor = request.GET.get("cursor")
    try:
        page = selectors.bookmarks_of(viewer=viewer, cursor=cursor)
    except ValueError:
        return _bad_cursor(request)
    more_url = f"{request.path}?cursor={page.next_cursor}" if page.next_cursor else None
    context = {
        "page": page,
        "more_url": more_url,
        "back": request.get_full_path(),
        "nav": "stories",
    }
    if request.htmx:
        return render(request, "stories/_read_feed_items.html", context)
    return render(request, "stories/bookmarks.html", context)


# --- follows -----------------------------------------------------------------------------------


def _follow_context(
    viewer: Person,
    target: str,
    pk: int,
    name: str,
    targets: set[tuple[str, int]] | None = None,
) -> dict[str, Any]:
    """What a follow button needs. `targets` (selectors.follow_targets) saves a query when a
    page shows several buttons."""
    if targets is None:
        targets = selectors.follow_targets(viewer)
    key = "skill" if target == "topic" else target
    return {"target": target, "id": pk, "name": name, "on": (key, pk) in targets}


def _follow_target(target: str, pk: int, viewer: Person) -> tuple[dict[str, Any], str]:
    """The keyword for follow_toggle and the target's name; 404 when it does not exist."""
    if target == "person":
        person = people_selectors.person_get_visible(viewer=viewer, pk=pk)
        if person is None or not person.is_active or person.pk == viewer.pk:
            raise Http404
        return {"person": person}, person.full_name
    if target == "topic":
        skill = selectors.topic_get_by_id(pk)
        if skill is None:
            raise Http404
        return {"skill": skill}, skill.name
    found = people_selectors.unit_get(pk)
    if found is None:
        raise Http404
    return {"unit": found}, found.name


@login_required
@require_POST
def follow(request: AuthenticatedRequest) -> HttpResponse:
    form = FollowForm(request.POST)
    if not form.is_valid():
        return _bad_request(request, _("Choose a person, a topic or a unit to follow."))
    target, pk = form.cleaned_data["target"], form.cleaned_data["id"]
    kwargs, name = _follow_target(target, pk, request.user)
    on = interactions.follow_toggle(follower=request.user, **kwargs)
    back = _back_url(request, reverse("stories:follows"))
    if request.htmx:
        context = {"follow": {"target": target, "id": pk, "name": name, "on": on}, "back": back}
        return render(request, "stories/_read_follow.html", context)
    if on:
        messages.success(request, _("You now follow %(name)s.") % {"name": name})
    else:
        messages.success(request, _("You no longer follow %(name)s.") % {"name": name})
    return HttpResponseRedirect(back)


@login_required
@require_GET
def follows(request: AuthenticatedRequest) -> HttpResponse:
    rows = selectors.follows_of(request.user)
    people = [
        {"target": "person", "id": f.person_id, "name": f.person.full_name, "on": True, "obj": f}
        for f in rows
        if f.person is not None
    ]
    topics = [
        {"target": "topic", "id": f.skill_id, "name": f.skill.name, "on": True, "obj": f}
        for f in rows
        if f.skill is not None
    ]
    units = [
        {"target": "unit", "id": f.unit_id, "name": f.unit.name, "on": True, "obj": f}
        for f in rows
        if f.unit is not None
    ]
    context = {
        "people": people,
        "topics": topics,
        "units": units,
        "back": request.get_full_path(),
        "nav": "stories",
    }
    return render(request, "stories/follows.html", context)


# --- Atom feeds and feed keys ------------------------------------------------------------------


def _atom(
    request: HttpRequest,
    reader: Person,
    *,
    title: Callable[[], str],
    page_url: str,
    stories: Callable[[], list[Story]],
) -> HttpResponse:
    """An Atom feed in the reader's language (a feed reader sends no language of its own)."""
    with translation.override(reader.language):
        return feeds.atom_response(
            request, title=title(), page_url=page_url, stories=stories(), reader=reader
        )


@require_GET
def topic_atom(request: HttpRequest, slug: str) -> HttpResponse:
    reader = feeds.feed_reader(request)
    skill = selectors.topic_get(slug)
    if skill is None:
        raise Http404
    return _atom(
        request,
        reader,
        title=lambda: _("Stories about %(topic)s") % {"topic": skill.name},
        page_url=reverse("stories:topic", args=[skill.slug]),
        stories=lambda: selectors.atom_topic_stories(viewer=reader, skill=skill, limit=ATOM_SIZE),
    )


@require_GET
def unit_atom(request: HttpRequest, pk: int) -> HttpResponse:
    reader = feeds.feed_reader(request)
    found = people_selectors.unit_get(pk)
    if found is None:
        raise Http404
    return _atom(
        request,
        reader,
        title=lambda: _("Stories from %(unit)s") % {"unit": found.name},
        page_url=reverse("stories:unit", args=[found.pk]),
        stories=lambda: selectors.atom_unit_stories(viewer=reader, unit=found, limit=ATOM_SIZE),
    )


@login_required
@require_http_methods(["GET", "POST"])
def feed_key(request: AuthenticatedRequest) -> HttpResponse:
    person = request.user
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "renew":
            interactions.feed_key_renew(person=person)
            messages.success(
                request,
                _("Your feed addresses are new. Addresses with the old key no longer work."),
            )
        elif action == "revoke":
            interactions.feed_key_revoke(person=person)
            messages.success(request, _("Your feed addresses no longer work."))
        else:
            return _bad_request(request, _("Choose to make new addresses or to stop them."))
        return redirect("stories:feed-key")
    key = selectors.feed_key_of(person)
    addresses: list[tuple[str, str]] = []
    if key is not None:
        feeds: list[tuple[str, str]] = []
        for f in selectors.follows_of(person):
            if f.skill is not None:
                feeds.append((f.skill.name, reverse("stories:topic-atom", args=[f.skill.slug])))
            elif f.unit is not None:
                feeds.append((f.unit.name, reverse("stories:unit-atom", args=[f.unit_id])))
        if person.unit is not None and not any(
            url == reverse("stories:unit-atom", args=[person.unit_id]) for _n, url in feeds
        ):
            feeds.append((person.unit.name, reverse("stories:unit-atom", args=[person.unit_id])))
        addresses = [
            (name, request.build_absolute_uri(f"{url}?key={key.key}")) for name, url in feeds
        ]
    context = {"key": key, "addresses": addresses, "nav": "stories"}
    return render(request, "stories/feed_settings.html", context)


urlpatterns: list[URLPattern] = [
    path("", feed, name="feed"),
    path("latest/", latest, name="latest"),
    path("topics/<slug:slug>/", topic, name="topic"),
    path("topics/<slug:slug>/atom/", topic_atom, name="topic-atom"),
    path("units/<int:pk>/", unit, name="unit"),
    path("units/<int:pk>/atom/", unit_atom, name="unit-atom"),
    path("<int:pk>/", story_detail, name="story-detail"),
    path("<int:pk>/react/", react, name="react"),
    path("<int:pk>/comments/", comment_create, name="comment-create"),
    path("comments/<int:pk>/delete/", comment_delete, name="comment-delete"),
    path("<int:pk>/bookmark/", bookmark, name="bookmark"),
    path("saved/", bookmarks, name="bookmarks"),
    path("follow/", follow, name="follow"),
    path("following/", follows, name="follows"),
    path("feed-addresses/", feed_key, name="feed-key"),
]
