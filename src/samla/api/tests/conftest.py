from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from samla.people.models import Person

API = "/api/v1"


def signed_in(person: Person, **kwargs: Any) -> Client:
    client = Client(**kwargs)
    client.force_login(person)
    return client


def patch_json(client: Client, path: str, data: object, **extra: Any) -> Any:
    body = data if isinstance(data, str | bytes) else json.dumps(data)
    return client.patch(f"{API}{path}", body, content_type="application/json", **extra)


@pytest.fixture
def as_learning_lead(learning_lead: Person) -> Client:
    return signed_in(learning_lead)


@pytest.fixture
def as_outsider(outsider: Person) -> Client:
    return signed_in(outsider)
