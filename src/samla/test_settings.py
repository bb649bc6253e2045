"""Settings for the test suite: the production settings, plus a throw-away var/ and fast hashing.

SAMLA_TEST_DATABASE_URL selects the database (PostgreSQL in CI); SQLite otherwise.
"""

import os
import tempfile

os.environ.setdefault("SAMLA_VAR_DIR", tempfile.mkdtemp(prefix="samla-test-"))
os.environ.setdefault("SAMLA_SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789")
os.environ["SAMLA_TESTING"] = "1"
if os.environ.get("SAMLA_TEST_DATABASE_URL"):
    os.environ["DATABASE_URL"] = os.environ["SAMLA_TEST_DATABASE_URL"]

from samla.settings import *  # noqa: F403
from samla.settings import ALLOWED_HOSTS, DATABASES

ALLOWED_HOSTS += ["testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
DATABASES["default"].pop("CONN_MAX_AGE", None)
DATABASES["default"]["CONN_MAX_AGE"] = 0
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
