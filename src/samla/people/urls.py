from django.urls import path

from samla.people import views

app_name = "people"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<int:pk>/", views.person_detail, name="person-detail"),
    path("<int:pk>/edit/", views.profile_edit, name="profile-edit"),
    path("me/avatar/", views.avatar_edit, name="avatar-edit"),
    path("me/skills/", views.skills_edit, name="skills-edit"),
    path("me/skills/<int:skill_pk>/remove/", views.skill_remove, name="skill-remove"),
    path("skills/suggest/", views.skill_suggest, name="skill-suggest"),
]

from samla.people import views_admin  # noqa: E402

urlpatterns += [
    path("admin/", views_admin.admin_home, name="admin-home"),
]
