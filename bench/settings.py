"""Settings for the benchmarks: Samla's production settings, pointed at a bench database.

The worker sets DATABASE_URL before Django starts. Only what a benchmark cannot work with changes:
the test client's host name, plain static-file URLs (no collectstatic manifest needed), no
outgoing email and quiet logging. Everything that shapes server time (middleware, sessions in
the database, templates, CONN_MAX_AGE, SQLite PRAGMAs) stays as in production.
"""

import os

os.environ.setdefault("SAMLA_SECRET_KEY", "bench-only-secret-key-not-for-production-use-0123456789")

from samla.settings import *  # noqa: F403
from samla.settings import ALLOWED_HOSTS, LOGGING, STORAGES

ALLOWED_HOSTS += ["testserver"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
LOGGING["root"]["level"] = "WARNING"
STATIC_ROOT = VAR_DIR / "bench" / "static"  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns about a missing directory
