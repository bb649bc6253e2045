"""The circles app's URLs, gathered from every views module (each owns its own patterns).
Fixed prefixes (meetings/, occurrences/, practice/, calendar/) come before `<slug>/`."""

from django.urls import URLPattern, URLResolver

from samla.circles import views_calendar, views_circles, views_meetings, views_practice

app_name = "circles"

urlpatterns: list[URLPattern | URLResolver] = [
    *views_meetings.urlpatterns,
    *views_practice.urlpatterns,
    *views_calendar.urlpatterns,
    *views_circles.urlpatterns,
]
