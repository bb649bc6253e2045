from __future__ import annotations

import json
from typing import Any

from conftest import client_for
from django.test import Client

API = "/api/v1"


signed_in = client_for  # the root conftest's helper, under the name these tests use


def patch_json(client: Client, path: str, data: object, **extra: Any) -> Any:
    body = data if isinstance(data, str | bytes) else json.dumps(data)
    return client.patch(f"{API}{path}", body, content_type="application/json", **extra)
