from django.urls import path

from samla.search import views

app_name = "search"

urlpatterns = [
    path("", views.search_page, name="search"),
    path("experts/", views.experts, name="experts"),
]
