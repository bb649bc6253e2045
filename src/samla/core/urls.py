from django.urls import path

from samla.core import views
from samla.home import views as home_views

app_name = "core"

urlpatterns = [
    path("", home_views.home, name="home"),
    path("language/", views.set_language, name="set-language"),
]
