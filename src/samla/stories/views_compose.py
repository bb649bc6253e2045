"""Writing stories: the composer (new story, resumed draft, edit of a published story), autosave,
preview, topic picking, my drafts, history, deleting, and the media a story carries.

One POST handler serves the composer's buttons, so everything works without JavaScript:
"Publish" validates and publishes, "Preview" and "Find topics" save the draft and show the page
again, "Upload" saves the draft and attaches the file, "Save draft" saves and comes back.
With JavaScript, composer.js autosaves to `draft-autosave` while the person types and htmx
fetches the preview and topic suggestions as partials.
"""

from __future__ import annotations

import re
import secrets
from typing import IO, Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import URLPattern, path, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from samla.core.http import AuthenticatedRequest
from samla.stories import permissions, selectors, selectors_compose
from samla.stories.enums import StoryKind
from samla.stories.forms import (
    MediaUploadForm,
    StoryForm,
    draft_data_from,
    initial_for,
    sensitive_findings,
    topic_ids,
)
from samla.stories.kinds import sections_for
from samla.stories.models import Story, StoryDraft, StoryMedia
from samla.stories.services import compose as services

TEMPLATE = "stories/story_form.html"
ACTIONS = {"publish", "preview", "save", "find_topics", "upload", "remove_media"}

KIND_DESCRIPTIONS = {
    StoryKind.LEARNING: gettext_lazy(
        "What you learned, in what situation, and what you will do differently."
    ),
    StoryKind.SUCCESS: gettext_lazy(
        "An improvement that came from learning: what changed, before and after."
    ),
    StoryKind.LESSON: gettext_lazy(
        "What you tried, what happened, what you learned and what you would do next time."
    ),
    StoryKind.TIP: gettext_lazy("A short tip or a tool that helps."),
    StoryKind.ARTICLE: gettext_lazy("An article or a link, and why it is worth reading."),
    StoryKind.EXPERIMENT: gettext_lazy(
        "A hypothesis, a timebox and a sponsor; the result follows later."
    ),
    StoryKind.MEDIA: gettext_lazy("A short video or a few images, with a text summary."),
}


# --- Looking things up (404 for anything the person may not touch) ----------------------------


def _own_draft_or_404(request: AuthenticatedRequest, pk: int) -> StoryDraft:
    draft = selectors.draft_get_own(person=request.user, pk=pk)
    if draft is None:
        raise Http404
    return draft


def _editable_story_or_404(request: AuthenticatedRequest, pk: int) -> Story:
    story = selectors.story_get_visible(viewer=request.user, pk=pk)
    if story is None or not permissions.can_edit_story(request.user, story):
        raise Http404
    return story


def _body_too_large(request: AuthenticatedRequest) -> HttpResponse | None:
    """Refuse a POST larger than the largest upload allowed before reading it at all (so an
    oversized file is not even written to a temporary file)."""
    if request.method != "POST":
        return None
    limit_mb = max(settings.STORY_VIDEO_MAX_MB, settings.STORY_IMAGE_MAX_MB)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length <= (limit_mb + 1) * 1_048_576:
        return None
    message = _("The upload is too large. The limit is %(limit)s MB.") % {"limit": limit_mb}
    return render(request, "core/error.html", {"status": 413, "message": message}, status=413)


def _kind_or_none(value: str | None) -> str | None:
    return value if value in StoryKind.values else None


# --- Rendering the composer -------------------------------------------------------------------


def _values_of(form: StoryForm) -> dict[str, Any]:
    """The composer's current values, whether the form is bound (POST) or not (initial)."""
    return draft_data_from(form.data) if form.is_bound else dict(form.initial)


def _preview(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    sections = {
        s.key: str(values.get(services.SECTION_PREFIX + s.key) or "") for s in sections_for(kind)
    }
    rendered = services.story_render(kind=kind, sections=sections)
    labels = {s.key: s.label for s in sections_for(kind)}
    return {
        "title": str(values.get("title") or "").strip(),
        # Rendered by core.markdown (nh3 allowlist) and mentions.link_mentions: safe HTML.
        "sections": [
            (labels[key], mark_safe(html)) for key, html in rendered.sections_html.items()
        ],
        "link_url": str(values.get("link_url") or "").strip(),
        "mentioned": list(rendered.mentioned.values()),
    }


def _form_action(kind: str, draft: StoryDraft | None, story: Story | None) -> str:
    if story is not None:
        return reverse("stories:story-edit", args=[story.pk])
    if draft is not None and draft.pk is not None:
        return reverse("stories:draft-edit", args=[draft.pk])
    return reverse("stories:story-new") + f"?kind={kind}"


def _render_composer(
    request: AuthenticatedRequest,
    *,
    kind: str,
    form: StoryForm,
    draft: StoryDraft | None,
    story: Story | None,
    upload_form: MediaUploadForm | None = None,
    preview: bool = False,
    topic_query: str = "",
    error: str = "",
    status: int = 200,
) -> HttpResponse:
    values = _values_of(form)
    topics = topic_ids(values.get("topics") if isinstance(values.get("topics"), list) else [])
    draft_key = str(values.get("draft_key") or "") or (
        str(draft.data.get("draft_key", "")) if draft is not None else ""
    )
    removed = {int(v) for v in values.get("removed_media") or [] if str(v).isdigit()}
    context = {
        "kind": kind,
        "kind_label": StoryKind(kind).label,
        "form": form,
        "draft": draft,
        "story": story,
        "media": [m for m in form.uploads if m.pk not in removed],
        "upload_form": upload_form or MediaUploadForm(),
        "preview": _preview(kind, values) if preview else None,
        "findings": form.findings if form.is_bound else sensitive_findings(kind, values),
        "sponsor_options": (
            selectors_compose.sponsor_suggestions(request.user)
            if kind == StoryKind.EXPERIMENT
            else []
        ),
        "draft_key": draft_key or secrets.token_urlsafe(16),
        "saved_at": draft.updated_at if draft is not None and draft.pk else None,
        "form_action": _form_action(kind, draft, story),
        "error": error,
        "nav": "stories",
        **selectors_compose.topic_picker_context(topics, topic_query),
    }
    return render(request, TEMPLATE, context, status=status)


# --- The composer -----------------------------------------------------------------------------


def _published_already(request: AuthenticatedRequest) -> HttpResponse | None:
    """A second "Publish" from a page whose story is out (a double click, a resent form): show
    the story instead of an error or a second copy."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    story = selectors_compose.story_published_from_page(
        person=request.user, key=request.POST.get("draft_key", "")
    )
    return redirect(story.get_absolute_url()) if story is not None else None


@login_required
@require_http_methods(["GET", "POST"])
def story_new(request: AuthenticatedRequest) -> HttpResponse:
    """Choose a kind (no ?kind=), or write a new story of that kind."""
    if refused := _body_too_large(request):
        return refused
    if published := _published_already(request):
        return published
    raw = request.GET.get("kind") or request.POST.get("kind")
    if not raw:
        kinds = [(k.value, k.label, KIND_DESCRIPTIONS[k]) for k in StoryKind]
        return render(request, TEMPLATE, {"kinds": kinds, "nav": "stories"})
    kind = _kind_or_none(raw)
    if kind is None:
        message = _("“%(kind)s” is not a kind of story.") % {"kind": raw[:30]}
        return render(request, "core/error.html", {"status": 400, "message": message}, status=400)
    draft = None
    if request.method == "POST":
        if request.POST.get("draft", "").isdigit():
            draft = _own_draft_or_404(request, int(request.POST["draft"]))
            if draft.story_id is not None:
                raise Http404
        else:  # the page's first autosave may not have told it the draft's id yet
            draft = selectors_compose.draft_for_key(
                person=request.user, key=request.POST.get("draft_key", "")
            )
        if draft is not None:
            kind = draft.kind
    return _compose(request, kind=kind, draft=draft, story=None)


@login_required
@require_http_methods(["GET", "POST"])
def draft_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Resume a draft (of a new story; an edit of a published one resumes on its edit page)."""
    if refused := _body_too_large(request):
        return refused
    if published := _published_already(request):
        return published
    draft = _own_draft_or_404(request, pk)
    if draft.story_id is not None:
        return redirect("stories:story-edit", pk=draft.story_id)
    return _compose(request, kind=draft.kind, draft=draft, story=None)


@login_required
@require_http_methods(["GET", "POST"])
def story_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    if refused := _body_too_large(request):
        return refused
    story = _editable_story_or_404(request, pk)
    draft = selectors_compose.draft_for_story(person=request.user, story=story)
    return _compose(request, kind=story.kind, draft=draft, story=story)


def _compose(
    request: AuthenticatedRequest,
    *,
    kind: str,
    draft: StoryDraft | None,
    story: Story | None,
) -> HttpResponse:
    author = request.user
    media = selectors_compose.composer_media(draft=draft, story=story)
    if request.method == "GET":
        initial = initial_for(author=author, draft=draft, story=story)
        form = StoryForm(initial=initial, kind=kind, author=author, story=story, media=media)
        return _render_composer(request, kind=kind, form=form, draft=draft, story=story)

    post = request.POST
    action = post.get("action", "save")
    if post.get("remove_media", "").isdigit():
        action = "remove_media"
    if action not in ACTIONS:
        action = "save"

    if action == "publish":
        form = StoryForm(post, kind=kind, author=author, story=story, media=media)
        if form.is_valid():
            try:
                if story is not None:
                    saved = services.story_update(
                        story=story, editor=author, content=form.content(), draft=draft
                    )
                    messages.success(request, _("Your changes were saved."))
                else:
                    saved = services.story_publish(
                        author=author,
                        kind=kind,
                        content=form.content(),
                        draft=draft,
                        publish_key=str(post.get("draft_key", "")),
                    )
                    messages.success(request, _("Your story was published."))
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                return redirect(saved.get_absolute_url())
        # Keep what was typed, even though it cannot be published yet.
        try:
            draft = services.draft_save(
                author=author, kind=kind, data=draft_data_from(post), draft=draft, story=story
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        return _render_composer(request, kind=kind, form=form, draft=draft, story=story, status=422)

    try:
        draft = services.draft_save(
            author=author, kind=kind, data=draft_data_from(post), draft=draft, story=story
        )
    except ValidationError as exc:
        form = StoryForm(
            initial=draft_data_from(post), kind=kind, author=author, story=story, media=media
        )
        return _render_composer(
            request,
            kind=kind,
            form=form,
            draft=draft,
            story=story,
            error=" ".join(exc.messages),
            status=422,
        )
    back = _form_action(kind, draft, story)

    if action == "upload":
        upload_form = MediaUploadForm(post, request.FILES)
        if upload_form.is_valid():
            try:
                services.media_attach(
                    owner=author,
                    draft=draft,
                    kind=upload_form.cleaned_data["media_kind"],
                    upload=upload_form.cleaned_data["media_file"],
                    alt_text=upload_form.cleaned_data["media_alt"],
                )
            except ValidationError as exc:
                upload_form.add_error("media_file", exc)
            else:
                messages.success(request, _("The file was added."))
                return redirect(back + "#media")
        media = selectors_compose.composer_media(draft=draft, story=story)
        form = StoryForm(
            initial=dict(draft.data), kind=kind, author=author, story=story, media=media
        )
        return _render_composer(
            request,
            kind=kind,
            form=form,
            draft=draft,
            story=story,
            upload_form=upload_form,
            status=422,
        )

    if action == "remove_media":
        pk = int(post["remove_media"])
        item = next((m for m in media if m.pk == pk), None)
        if item is None:
            raise Http404
        if item.story_id is None:
            services.media_remove(media=item, by=author)
        else:  # a published story's file goes when the edit is saved
            removed = [str(v) for v in draft.data.get("removed_media", [])]
            data = {**draft.data, "removed_media": [*removed, str(pk)]}
            services.draft_save(author=author, kind=kind, data=data, draft=draft, story=story)
        messages.success(request, _("The file was removed."))
        return redirect(back + "#media")

    if action == "save":
        messages.success(request, _("Your draft was saved."))
        return redirect(back)

    # preview or find_topics: show the page again, with the preview or the topic suggestions.
    media = selectors_compose.composer_media(draft=draft, story=story)
    form = StoryForm(
        initial=initial_for(author=author, draft=draft, story=story),
        kind=kind,
        author=author,
        story=story,
        media=media,
    )
    return _render_composer(
        request,
        kind=kind,
        form=form,
        draft=draft,
        story=story,
        preview=action == "preview",
        topic_query=post.get("topic_q", "").strip()[:100],
    )


# --- Autosave, preview, topics (HTMX) ---------------------------------------------------------


@login_required
@require_POST
def draft_autosave(request: AuthenticatedRequest) -> HttpResponse:
    """Save the composer's fields as typed. htmx gets the status line (and the draft's id, out
    of band); a beacon sent while the page closes gets 204."""
    post = request.POST
    story = None
    draft = None
    if post.get("story", "").isdigit():
        story = _editable_story_or_404(request, int(post["story"]))
    elif post.get("draft", "").isdigit():
        draft = _own_draft_or_404(request, int(post["draft"]))
        if draft.story_id is not None:
            raise Http404
    kind = story.kind if story else (draft.kind if draft else _kind_or_none(post.get("kind")))
    if kind is None:
        return render(
            request,
            "stories/story_form.html#autosave-status",
            {"autosave_error": _("Unknown kind of story.")},
            status=400,
        )
    created = (
        draft is None
        and story is None
        and not selectors_compose.draft_for_key(person=request.user, key=post.get("draft_key", ""))
    )
    try:
        draft = services.draft_save(
            author=request.user, kind=kind, data=draft_data_from(post), draft=draft, story=story
        )
    except ValidationError as exc:
        return render(
            request,
            "stories/story_form.html#autosave-status",
            {"autosave_error": " ".join(exc.messages)},
            status=422,
        )
    if not request.htmx:
        return HttpResponse(status=204)
    response = render(
        request,
        "stories/story_form.html#autosave-status",
        {"saved_at": draft.updated_at, "draft": draft, "oob": True},
    )
    if created:
        response["HX-Replace-Url"] = reverse("stories:draft-edit", args=[draft.pk])
    return response


@login_required
@require_POST
def story_preview(request: AuthenticatedRequest) -> HttpResponse:
    """The preview of what is typed (and the sensitive-details check, out of band)."""
    kind = _kind_or_none(request.POST.get("kind"))
    if kind is None:
        message = _("Unknown kind of story.")
        return render(request, "core/error.html", {"status": 400, "message": message}, status=400)
    values = draft_data_from(request.POST)
    form = StoryForm(initial=values, kind=kind, author=request.user)
    context = {
        "kind": kind,
        "form": form,
        "preview": _preview(kind, values),
        "findings": sensitive_findings(kind, values),
        "oob": True,
    }
    return render(request, "stories/story_form.html#preview", context)


@login_required
@require_GET
def topic_suggest(request: AuthenticatedRequest) -> HttpResponse:
    """The chosen topics and skills matching what is typed, as checkboxes."""
    chosen = topic_ids(request.GET.getlist("topics"))
    query = request.GET.get("topic_q", "").strip()[:100]
    context = selectors_compose.topic_picker_context(chosen, query)
    return render(request, "components/_topic_choices.html", context)


# --- My drafts --------------------------------------------------------------------------------


@login_required
@require_GET
def draft_list(request: AuthenticatedRequest) -> HttpResponse:
    drafts = list(selectors.drafts_of(request.user).select_related("story")[:200])
    kinds = dict(StoryKind.choices)
    rows = [
        {
            "draft": d,
            "title": str(d.data.get("title") or "").strip(),
            "kind_label": kinds.get(d.kind, d.kind),
            "url": (
                reverse("stories:story-edit", args=[d.story_id])
                if d.story_id
                else reverse("stories:draft-edit", args=[d.pk])
            ),
        }
        for d in drafts
    ]
    return render(request, "stories/story_drafts.html", {"rows": rows, "nav": "stories"})


@login_required
@require_http_methods(["GET", "POST"])
def draft_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    draft = _own_draft_or_404(request, pk)
    if request.method == "POST":
        services.draft_delete(draft=draft, by=request.user)
        messages.success(request, _("The draft was deleted."))
        return redirect("stories:draft-list")
    title = str(draft.data.get("title") or "").strip()
    return render(
        request,
        "stories/story_confirm_delete.html",
        {"draft": draft, "title": title, "nav": "stories"},
    )


# --- History and deleting ---------------------------------------------------------------------


@login_required
@require_GET
def story_history(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    story = selectors.story_get_visible(viewer=request.user, pk=pk)
    if story is None or not permissions.can_view_story_history(request.user, story):
        raise Http404
    sections = sections_for(story.kind)

    def parts(texts: dict[str, Any]) -> list[tuple[Any, str]]:
        return [(s.label, str(texts[s.key])) for s in sections if texts.get(s.key)]

    revisions = [(rev, parts(rev.sections)) for rev in selectors_compose.revisions_of(story)]
    context = {
        "story": story,
        "current": parts(story.sections),
        "revisions": revisions,
        "can_edit": permissions.can_edit_story(request.user, story),
        "nav": "stories",
    }
    return render(request, "stories/story_history.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def story_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The author deletes their own story, after a confirmation page."""
    story = _editable_story_or_404(request, pk)
    if request.method == "POST":
        services.story_delete(story=story, by=request.user)
        messages.success(request, _("Your story was deleted."))
        return redirect("core:home")
    return render(
        request,
        "stories/story_confirm_delete.html",
        {"story": story, "title": story.title, "nav": "stories"},
    )


# --- Media ------------------------------------------------------------------------------------

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class _Slice:
    """A window of an open file, read by FileResponse."""

    def __init__(self, file: IO[bytes], start: int, length: int) -> None:
        file.seek(start)
        self.file = file
        self.remaining = length

    def read(self, size: int = -1) -> bytes:
        if self.remaining <= 0:
            return b""
        size = self.remaining if size < 0 else min(size, self.remaining)
        data = self.file.read(size)
        self.remaining -= len(data)
        return data

    def close(self) -> None:
        self.file.close()


def _byte_range(header: str, size: int) -> tuple[int, int] | bool | None:
    """(first, last) for a single `bytes=` range; None to send everything; False if the range
    cannot be satisfied."""
    match = _RANGE.match(header.strip())
    if not match or size == 0:
        return None
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":  # the last N bytes
        n = int(last)
        return (max(0, size - n), size - 1) if n > 0 else False
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        return False
    return start, end


def _can_see_media(request: AuthenticatedRequest, media: StoryMedia) -> bool:
    if media.story is not None:
        return permissions.can_view_story(request.user, media.story)
    return media.draft is not None and media.draft.author_id == request.user.pk


@login_required
@require_http_methods(["GET", "HEAD"])
def media_serve(request: AuthenticatedRequest, pk: int) -> HttpResponseBase:
    """A story's video or image, only for people who can read the story (or the draft's
    author), with Range support so videos can be scrubbed."""
    media = selectors_compose.media_get(pk)
    if media is None or not _can_see_media(request, media):
        raise Http404
    name = media.file.name
    if not name:
        raise Http404
    try:
        file = media.file.storage.open(name, "rb")
        size = media.file.storage.size(name)
    except FileNotFoundError:
        raise Http404 from None
    wanted = _byte_range(request.headers.get("Range", ""), size)
    response: HttpResponse | FileResponse
    if wanted is False:
        file.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
    elif not isinstance(wanted, tuple):
        response = FileResponse(file, content_type=media.content_type)
        response["Content-Length"] = str(size)
    else:
        first, last = wanted
        response = FileResponse(
            _Slice(file, first, last - first + 1), status=206, content_type=media.content_type
        )
        response["Content-Range"] = f"bytes {first}-{last}/{size}"
        response["Content-Length"] = str(last - first + 1)
    if isinstance(response, FileResponse):
        response.block_size = 64 * 1024
    response["Accept-Ranges"] = "bytes"
    response["Content-Disposition"] = "inline"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


urlpatterns: list[URLPattern] = [
    path("new/", story_new, name="story-new"),
    path("preview/", story_preview, name="story-preview"),
    path("new/topics/", topic_suggest, name="topic-suggest"),
    path("drafts/", draft_list, name="draft-list"),
    path("drafts/autosave/", draft_autosave, name="draft-autosave"),
    path("drafts/<int:pk>/", draft_edit, name="draft-edit"),
    path("drafts/<int:pk>/delete/", draft_delete, name="draft-delete"),
    path("<int:pk>/edit/", story_edit, name="story-edit"),
    path("<int:pk>/history/", story_history, name="story-history"),
    path("<int:pk>/delete/", story_delete, name="story-delete"),
    path("media/<int:pk>/", media_serve, name="media"),
]
