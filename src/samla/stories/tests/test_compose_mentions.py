"""@mentions: found in Markdown, resolved to exactly one active person, linked in the HTML."""

from __future__ import annotations

import pytest
from django.urls import reverse

from samla.core.markdown import render_markdown
from samla.people.models import Person
from samla.people.tests.factories import PersonFactory
from samla.stories.mentions import link_mentions, mention_handles, people_for_handles

pytestmark = pytest.mark.django_db


def test_handles_are_found_once_lower_cased_without_trailing_punctuation() -> None:
    text = "Thanks @Anna.Jensen, and @bo! Ask @anna.jensen. Mail anna@example.com or @x_y-z."
    assert mention_handles(text) == ["anna.jensen", "bo", "x_y-z"]


def test_handles_resolve_to_one_active_person_case_insensitively() -> None:
    anna = PersonFactory(email="Anna.Jensen@example.com")
    PersonFactory(email="bo@example.com")
    PersonFactory(email="bo@other.example")  # two people share the local part "bo"
    PersonFactory(email="left@example.com", is_active=False)
    found = people_for_handles(["anna.jensen", "bo", "left", "nobody"])
    assert found == {"anna.jensen": anna}


def test_handle_with_like_wildcards_matches_only_itself() -> None:
    PersonFactory(email="a1b@example.com")
    assert people_for_handles(["a_b"]) == {}
    assert people_for_handles(["a%b"]) == {}


def test_mentions_become_profile_links_outside_code_and_links(employee: Person) -> None:
    handle = employee.email.split("@")[0]
    html = render_markdown(
        f"Hi @{handle}. `@{handle}` in code\n\n    @{handle} in a block\n\n"
        f"[@{handle}](https://example.com)"
    )
    out = link_mentions(html, {handle: employee})
    url = reverse("people:person-detail", args=[employee.pk])
    assert out.count(f'<a href="{url}" class="mention">@{handle}</a>') == 1
    assert f"<code>@{handle}</code>" in out
    assert f"@{handle} in a block" in out


def test_unknown_handles_stay_text(employee: Person) -> None:
    html = render_markdown("Hello @nobody.here")
    assert link_mentions(html, {}) == html
    assert "<a" not in link_mentions(html, {"someone": employee})
