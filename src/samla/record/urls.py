from django.urls import path

from samla.record import views

app_name = "record"

urlpatterns = [
    path("me/", views.my_activity, name="my-activity"),
    path("me/xapi.json", views.my_activity_xapi, name="my-activity-xapi"),
]
