"""The JSON API (django-ninja). Routers call the apps' services and selectors only."""

from __future__ import annotations

from ninja import NinjaAPI
from ninja.security import django_auth

api = NinjaAPI(
    title="Samla API",
    version="1",
    urls_namespace="api",
    auth=django_auth,
    docs_url="/docs",
)
