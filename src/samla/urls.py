from pathlib import Path

from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from samla.api.urls import api
from samla.core import views as core_views
from samla.home import views as home_views
from samla.people import views as people_views

handler400 = core_views.error_400
handler403 = core_views.error_403
handler404 = core_views.error_404
handler500 = core_views.error_500

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("readyz", core_views.readyz, name="readyz"),
    path("accounts/", include("allauth.urls")),
    path("django-admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("people/", include("samla.people.urls")),
    path("record/", include("samla.record.urls")),
    path("notifications/", include("samla.notifications.urls")),
    path("search/", include("samla.search.urls")),
    path("stories/", include("samla.stories.urls")),
    path("questions/", include("samla.questions.urls")),
    path("circles/", include("samla.circles.urls")),
    # The `core:` names (home, language switch) are assembled here, where every app may be
    # imported; core itself imports no other app.
    path(
        "",
        include(
            (
                [
                    path("", home_views.home, name="home"),
                    path("language/", people_views.set_language, name="set-language"),
                ],
                "core",
            )
        ),
    ),
]

if settings.DEBUG or settings.TESTING or settings.SERVE_MEDIA:
    # Only profile pictures are public to signed-in and signed-out alike (random names). Story
    # media are served by stories' own view, which checks the story's audience on every fetch.
    urlpatterns += [
        path(
            "media/avatars/<path:path>",
            serve,
            {"document_root": Path(settings.MEDIA_ROOT) / "avatars"},
        )
    ]
