"""The stories app's URLs, gathered from its three view modules (each owns its own patterns)."""

from samla.stories import views_care, views_compose, views_read

app_name = "stories"

urlpatterns = [*views_read.urlpatterns, *views_compose.urlpatterns, *views_care.urlpatterns]
