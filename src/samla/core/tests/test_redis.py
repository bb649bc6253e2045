"""With SAMLA_REDIS_URL set, every web process shares one cache: rate limits must hold across
processes. This runs against the real Redis on 127.0.0.1:6379 (database 15)."""

from __future__ import annotations

import os

import pytest
from django.core.cache import caches
from django.test import Client, override_settings
from django.urls import reverse

from samla.people.models import Person

REDIS_URL = os.environ.get("SAMLA_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _redis_reachable() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not _redis_reachable() and not os.environ.get("SAMLA_REQUIRE_REDIS"),
        reason=f"Redis at {REDIS_URL} is not reachable",
    ),
]

REDIS_CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "samla-test",
    }
}


@override_settings(CACHES=REDIS_CACHES)
def test_login_rate_limit_is_shared_through_redis(employee: Person) -> None:
    caches["default"].clear()
    try:
        # Two clients stand for two web processes: they share nothing but the Redis cache.
        first, second = Client(), Client()
        for i in range(5):
            client = first if i % 2 else second
            client.post(reverse("account_login"), {"login": employee.email, "password": f"no-{i}"})
        response = Client().post(
            reverse("account_login"), {"login": employee.email, "password": "samla-test-pw"}
        )
        assert "Too many failed login attempts" in response.content.decode()
    finally:
        caches["default"].clear()
