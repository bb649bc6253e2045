from django.urls import path

from samla.notifications import views

app_name = "notifications"

urlpatterns = [
    path("", views.notification_list, name="notification-list"),
    path("read-all/", views.notification_mark_all_read, name="notification-mark-all-read"),
    path("<int:pk>/read/", views.notification_mark_read, name="notification-mark-read"),
    path("<int:pk>/open/", views.notification_open, name="notification-open"),
    path("bell/", views.bell, name="bell"),
    path("preferences/", views.preferences, name="preferences"),
]
