from django.urls import path

from samla.notifications import views

app_name = "notifications"

urlpatterns = [
    path("", views.notification_list, name="notification-list"),
    path("preferences/", views.notification_list, name="preferences"),
]
