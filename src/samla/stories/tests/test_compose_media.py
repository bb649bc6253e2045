"""Uploads checked by content, stored under random names, served only to people who may see
them (with Range for video)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import Org, client_for
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from PIL import Image

from samla.people.models import Person
from samla.stories.media_types import sniff_video
from samla.stories.models import StoryDraft, StoryMedia
from samla.stories.services.compose import (
    StoryContent,
    draft_delete,
    draft_save,
    media_attach,
    media_remove,
    story_publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english() -> object:
    """Messages are asserted in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(range(256)) * 8
WEBM = (
    b"\x1a\x45\xdf\xa3\x8b"  # EBML header, 11 bytes follow
    b"\x42\x86\x81\x01"  # EBMLVersion 1
    b"\x42\x82\x84webm" + b"\x18\x53\x80\x67" + b"\x00" * 64  # DocType "webm"
)
MATROSKA = b"\x1a\x45\xdf\xa3\x8f\x42\x86\x81\x01\x42\x82\x88matroska" + b"\x00" * 64
HTML = b"<!doctype html><html><script>alert(1)</script></html>"


def png(size: tuple[int, int] = (40, 30), *, with_exif: bool = False) -> bytes:
    image = Image.new("RGB", size, (200, 80, 40))
    out = io.BytesIO()
    if with_exif:
        exif = Image.Exif()
        exif[0x010F] = "SecretCam"  # Make
        exif[0x8825] = {2: (55.0, 40.0, 0.0)}  # GPS
        image.save(out, format="JPEG", exif=exif.tobytes())
    else:
        image.save(out, format="PNG")
    return out.getvalue()


def stored_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT) / "stories"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def upload(name: str, data: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


@pytest.fixture
def media_draft(employee: Person) -> StoryDraft:
    return draft_save(author=employee, kind="media", data={"title": "Our new board"})


@pytest.fixture(autouse=True)
def _media_root(tmp_path: Path, settings) -> None:
    settings.MEDIA_ROOT = str(tmp_path / "media")


# --- content checks (pure) --------------------------------------------------------------------


def test_video_types_are_read_from_the_first_bytes() -> None:
    assert sniff_video(MP4) == "video/mp4"
    assert sniff_video(b"\x00\x00\x00\x14ftypisom\x00\x00\x02\x00iso2") == "video/mp4"
    assert sniff_video(b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  ") is None  # QuickTime
    assert sniff_video(WEBM) == "video/webm"
    assert sniff_video(MATROSKA) is None
    assert sniff_video(png()) is None
    assert sniff_video(HTML) is None
    assert sniff_video(b"") is None
    assert sniff_video(b"\x1a\x45\xdf\xa3\xff") is None
    assert sniff_video(b"\x00\x00\x00\x08ftyp") is None


# --- attaching --------------------------------------------------------------------------------


def test_an_image_is_reencoded_without_metadata_under_a_random_name(
    employee: Person, media_draft: StoryDraft
) -> None:
    media = media_attach(
        owner=employee,
        draft=media_draft,
        kind="image",
        upload=upload("holiday-at-home.jpg", png(with_exif=True), "image/jpeg"),
        alt_text="  The new board  ",
    )
    assert (media.content_type, media.alt_text, media.draft) == (
        "image/webp",
        "The new board",
        media_draft,
    )
    assert media.file.name.startswith("stories/") and media.file.name.endswith(".webp")
    assert "holiday" not in media.file.name
    with Image.open(media.file.path) as stored:
        assert stored.format == "WEBP"
        assert dict(stored.getexif()) == {}
        assert "exif" not in stored.info
    assert stored_files() == [Path(media.file.path)]


@pytest.mark.parametrize(
    ("kind", "name", "data", "message"),
    [
        ("video", "clip.mp4", png(), "not a video"),  # a PNG renamed .mp4
        ("video", "clip.mkv", MATROSKA, "not a video"),
        ("image", "photo.png", HTML, "not an image"),  # an HTML file named .png
        ("poster", "poster.png", MP4, "not an image"),
    ],
)
def test_mislabelled_files_are_refused_and_nothing_is_stored(
    employee: Person, media_draft: StoryDraft, kind: str, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        media_attach(
            owner=employee, draft=media_draft, kind=kind, upload=upload(name, data, "video/mp4")
        )
    assert message in exc.value.messages[0]
    assert not StoryMedia.objects.exists()
    assert stored_files() == []


def test_oversized_files_are_refused_and_nothing_is_stored(
    employee: Person, media_draft: StoryDraft, settings
) -> None:
    settings.STORY_VIDEO_MAX_MB = 1
    settings.STORY_IMAGE_MAX_MB = 1
    big_video = MP4 + b"\x00" * (1_048_576)
    with pytest.raises(ValidationError) as exc:
        media_attach(
            owner=employee, draft=media_draft, kind="video", upload=upload("a.mp4", big_video)
        )
    assert exc.value.messages == ["The file is too large (1.0 MB). The limit is 1 MB."]
    big_image = png() + b"\x00" * 1_048_576
    with pytest.raises(ValidationError):
        media_attach(
            owner=employee, draft=media_draft, kind="image", upload=upload("a.png", big_image)
        )
    assert not StoryMedia.objects.exists()
    assert stored_files() == []


def test_a_new_video_replaces_the_old_one(
    employee: Person, media_draft: StoryDraft, django_capture_on_commit_callbacks
) -> None:
    first = media_attach(
        owner=employee, draft=media_draft, kind="video", upload=upload("a.mp4", MP4)
    )
    with django_capture_on_commit_callbacks(execute=True):
        second = media_attach(
            owner=employee, draft=media_draft, kind="video", upload=upload("b.webm", WEBM)
        )
    assert list(StoryMedia.objects.values_list("pk", "content_type")) == [(second.pk, "video/webm")]
    assert stored_files() == [Path(second.file.path)]
    assert first.file.name != second.file.name


def test_only_a_media_draft_takes_uploads_and_only_its_author(
    employee: Person, colleague: Person, media_draft: StoryDraft
) -> None:
    tip = draft_save(author=employee, kind="tip", data={})
    with pytest.raises(ValidationError):
        media_attach(owner=employee, draft=tip, kind="image", upload=upload("a.png", png()))
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        media_attach(
            owner=colleague, draft=media_draft, kind="image", upload=upload("a.png", png())
        )
    assert stored_files() == []


def test_removing_and_deleting_drafts_remove_the_files(
    employee: Person, media_draft: StoryDraft, django_capture_on_commit_callbacks
) -> None:
    one = media_attach(
        owner=employee, draft=media_draft, kind="image", upload=upload("a.png", png())
    )
    two = media_attach(
        owner=employee, draft=media_draft, kind="image", upload=upload("b.png", png())
    )
    with django_capture_on_commit_callbacks(execute=True):
        media_remove(media=one, by=employee)
    assert stored_files() == [Path(two.file.path)]
    with django_capture_on_commit_callbacks(execute=True):
        draft_delete(draft=media_draft, by=employee)
    assert stored_files() == []
    assert not StoryMedia.objects.exists()


# --- serving ----------------------------------------------------------------------------------


def publish_media_story(author: Person, draft: StoryDraft, **content: object):
    return story_publish(
        author=author,
        kind="media",
        draft=draft,
        content=StoryContent(
            title="Our new board",
            sections={"summary": "The board, filmed."},
            language="en",
            **content,  # type: ignore[arg-type]
        ),
    )


def test_draft_media_is_served_only_to_the_author(
    employee: Person,
    as_employee: Client,
    media_draft: StoryDraft,
    colleague: Person,
    manager: Person,
    org_admin: Person,
    learning_lead: Person,
) -> None:
    media = media_attach(
        owner=employee, draft=media_draft, kind="image", upload=upload("a.png", png()), alt_text="x"
    )
    url = reverse("stories:media", args=[media.pk])
    response = as_employee.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["Content-Disposition"] == "inline"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == Path(media.file.path).read_bytes()
    for person in (colleague, manager, org_admin, learning_lead):
        assert client_for(person).get(url).status_code == 404


def test_unit_story_media_is_404_outside_the_unit(
    org: Org, employee: Person, media_draft: StoryDraft, colleague: Person, manager: Person
) -> None:
    media = media_attach(
        owner=employee, draft=media_draft, kind="video", upload=upload("a.mp4", MP4)
    )
    story = publish_media_story(employee, media_draft, audience_unit=org.platform)
    media.refresh_from_db()
    assert (media.story, media.draft) == (story, None)
    url = reverse("stories:media", args=[media.pk])
    assert client_for(colleague).get(url).status_code == 404
    response = client_for(manager).get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "video/mp4"
    assert response["Accept-Ranges"] == "bytes"
    assert int(response["Content-Length"]) == len(MP4)


def test_video_answers_byte_ranges(
    employee: Person, as_employee: Client, media_draft: StoryDraft
) -> None:
    media = media_attach(
        owner=employee, draft=media_draft, kind="video", upload=upload("a.mp4", MP4)
    )
    url = reverse("stories:media", args=[media.pk])

    part = as_employee.get(url, HTTP_RANGE="bytes=4-11")
    assert part.status_code == 206
    assert part["Content-Range"] == f"bytes 4-11/{len(MP4)}"
    assert part["Content-Length"] == "8"
    assert b"".join(part.streaming_content) == MP4[4:12] == b"ftypmp42"

    tail = as_employee.get(url, HTTP_RANGE="bytes=-10")
    assert b"".join(tail.streaming_content) == MP4[-10:]
    open_ended = as_employee.get(url, HTTP_RANGE=f"bytes={len(MP4) - 3}-")
    assert b"".join(open_ended.streaming_content) == MP4[-3:]

    beyond = as_employee.get(url, HTTP_RANGE=f"bytes={len(MP4)}-")
    assert beyond.status_code == 416
    assert beyond["Content-Range"] == f"bytes */{len(MP4)}"
    junk = as_employee.get(url, HTTP_RANGE="bytes=a-b")
    assert junk.status_code == 200


def test_missing_media_is_404(as_employee: Client) -> None:
    assert as_employee.get(reverse("stories:media", args=[987654])).status_code == 404


# --- the composer's upload without JavaScript -------------------------------------------------


def test_upload_through_the_composer_without_javascript(
    employee: Person, as_employee: Client, media_draft: StoryDraft
) -> None:
    url = reverse("stories:draft-edit", args=[media_draft.pk])
    response = as_employee.post(
        url,
        {
            "action": "upload",
            "kind": "media",
            "title": "Our new board",
            "media_kind": "image",
            "media_alt": "A whiteboard full of sticky notes",
            "media_file": upload("board.png", png(), "image/png"),
        },
    )
    assert response.status_code == 302
    assert response["Location"] == url + "#media"
    media = StoryMedia.objects.get()
    assert (media.draft, media.alt_text) == (media_draft, "A whiteboard full of sticky notes")

    bad = as_employee.post(
        url,
        {
            "action": "upload",
            "kind": "media",
            "media_kind": "video",
            "media_file": upload("clip.mp4", png(), "video/mp4"),
        },
    )
    assert bad.status_code == 422
    assert "This file is not a video Samla can show." in bad.content.decode()
    assert StoryMedia.objects.count() == 1
    assert len(stored_files()) == 1

    page = as_employee.get(url)
    assert reverse("stories:media", args=[media.pk]) in page.content.decode()


def test_publishing_a_media_story_through_the_composer(
    employee: Person, as_employee: Client, media_draft: StoryDraft, colleague: Person
) -> None:
    image = media_attach(
        owner=employee, draft=media_draft, kind="image", upload=upload("a.png", png())
    )
    url = reverse("stories:draft-edit", args=[media_draft.pk])
    form = {
        "action": "publish",
        "kind": "media",
        "title": "Our new board",
        "language": "en",
        "section_summary": "Sticky notes on a board.",
    }
    missing_alt = as_employee.post(url, form)
    assert missing_alt.status_code == 422
    assert "Describe the image for people who cannot see it." in missing_alt.content.decode()
    response = as_employee.post(url, {**form, f"alt_{image.pk}": "A board"})
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.story is not None and image.alt_text == "A board"
    assert not StoryDraft.objects.exists()
    assert client_for(colleague).get(reverse("stories:media", args=[image.pk])).status_code == 200


def test_outsider_gets_nothing(outsider: Person, employee: Person, media_draft: StoryDraft) -> None:
    media = media_attach(
        owner=employee, draft=media_draft, kind="image", upload=upload("a.png", png())
    )
    publish_media_story(employee, media_draft, alt_texts={media.pk: "x"})
    response = client_for(outsider).get(reverse("stories:media", args=[media.pk]))
    assert response.status_code in {302, 404}


def test_a_request_larger_than_any_upload_is_refused_before_it_is_read(
    as_employee: Client, media_draft: StoryDraft, settings
) -> None:
    settings.STORY_VIDEO_MAX_MB = 1
    settings.STORY_IMAGE_MAX_MB = 1
    url = reverse("stories:draft-edit", args=[media_draft.pk])
    response = as_employee.post(
        url,
        {"action": "upload", "media_kind": "video", "media_file": upload("a.mp4", MP4 * 1600)},
    )
    assert response.status_code == 413
    assert "The upload is too large. The limit is 1 MB." in response.content.decode()
    assert not StoryMedia.objects.exists()
    assert stored_files() == []


def test_editing_a_media_story_removes_a_file_only_when_saved(
    employee: Person,
    as_employee: Client,
    media_draft: StoryDraft,
    django_capture_on_commit_callbacks,
) -> None:
    one = media_attach(
        owner=employee, draft=media_draft, kind="image", upload=upload("a.png", png())
    )
    two = media_attach(
        owner=employee, draft=media_draft, kind="image", upload=upload("b.png", png())
    )
    story = publish_media_story(employee, media_draft, alt_texts={one.pk: "One", two.pk: "Two"})
    url = reverse("stories:story-edit", args=[story.pk])
    form = {
        "kind": "media",
        "title": "Our new board",
        "language": "en",
        "section_summary": "The board.",
        f"alt_{one.pk}": "One",
        f"alt_{two.pk}": "Two",
    }

    response = as_employee.post(url, {**form, "remove_media": str(one.pk)})
    assert response.status_code == 302
    assert StoryMedia.objects.filter(story=story).count() == 2  # not yet
    page = as_employee.get(url)
    assert page.context["media"] == [two]

    with django_capture_on_commit_callbacks(execute=True):
        saved = as_employee.post(
            url,
            {**form, "action": "publish", "removed_media": [str(one.pk)], f"alt_{two.pk}": "Two!"},
        )
    assert saved.status_code == 302
    assert list(StoryMedia.objects.values_list("pk", "alt_text")) == [(two.pk, "Two!")]
    assert stored_files() == [Path(StoryMedia.objects.get().file.path)]
