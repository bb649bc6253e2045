"""The questions app's URLs, gathered from its view modules (each owns its own patterns). Fixed
paths come before `<public_id>/`."""

import importlib.util

from samla.questions import views_ask, views_care, views_read

app_name = "questions"

urlpatterns = [*views_ask.urlpatterns, *views_care.urlpatterns]
if importlib.util.find_spec("samla.questions.views_insight") is not None:  # q-routing's pages
    from samla.questions import views_insight  # type: ignore[attr-defined,unused-ignore]

    urlpatterns += list(getattr(views_insight, "urlpatterns", []))
urlpatterns += views_read.urlpatterns
