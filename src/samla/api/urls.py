"""The JSON API (django-ninja). Routers call the apps' services and selectors only.

Every operation needs a signed-in, active person (Django's session; unsafe methods also the CSRF
token). The interactive documentation and the OpenAPI schema are for signed-in people too.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from ninja import NinjaAPI

from samla.api.errors import ActivePersonSession, install_error_handlers
from samla.api.routers import circles, people, questions, record, search, stories

api = NinjaAPI(
    title="Samla API",
    version="1",
    description=(
        "Samla's JSON API. Sign in to Samla first: the API uses your session. "
        "Changes (PATCH) also need the CSRF token in the X-CSRFToken header. "
        'Every error answers {"detail": "…"} in your working language.'
    ),
    urls_namespace="api",
    auth=ActivePersonSession(),
    docs_url="/docs",
    docs_decorator=login_required,
)
install_error_handlers(api)
api.add_router("", people.router)
api.add_router("", search.router)
api.add_router("", record.router)
api.add_router("", stories.router)
api.add_router("", questions.router)
api.add_router("", circles.router)
