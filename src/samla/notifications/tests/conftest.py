from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.validators import EmailValidator

from samla.notifications import kinds


@pytest.fixture
def test_kind() -> Iterator[kinds.Kind]:
    """A kind for tests. Its email subject is one of Django's own translated strings, so the
    language the email was rendered in shows without Samla's catalogues."""
    kind = kinds.register_kind(
        "test",
        title="Test notification about %(word)s",
        email_subject=EmailValidator.message,
        label="Test notifications",
    )
    yield kind
    kinds.unregister_kind("test")


@pytest.fixture
def quiet_kind() -> Iterator[kinds.Kind]:
    """A kind that emails only when the person opts in."""
    kind = kinds.register_kind(
        "quiet",
        title="Something small happened",
        email_subject="Something small happened",
        label="Small things",
        email_default=False,
    )
    yield kind
    kinds.unregister_kind("quiet")
