from django.urls import path

from samla.record import views

app_name = "record"

urlpatterns = [
    path("me/", views.my_activity, name="my-activity"),
]
