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
    path("admin/units/", views_admin.unit_list, name="admin-unit-list"),
    path("admin/units/new/", views_admin.unit_create, name="admin-unit-create"),
    path("admin/units/<int:pk>/", views_admin.unit_edit, name="admin-unit-edit"),
    path("admin/units/<int:pk>/delete/", views_admin.unit_delete, name="admin-unit-delete"),
    path("admin/offices/", views_admin.office_list, name="admin-office-list"),
    path("admin/offices/new/", views_admin.office_create, name="admin-office-create"),
    path("admin/offices/<int:pk>/", views_admin.office_edit, name="admin-office-edit"),
    path("admin/people/", views_admin.person_list, name="admin-person-list"),
    path("admin/people/<int:pk>/", views_admin.person_admin, name="admin-person"),
    path(
        "admin/people/<int:pk>/deactivate/",
        views_admin.person_deactivate,
        name="admin-person-deactivate",
    ),
    path(
        "admin/people/<int:pk>/reactivate/",
        views_admin.person_reactivate,
        name="admin-person-reactivate",
    ),
    path("admin/import/", views_admin.import_upload, name="admin-import"),
    path("admin/import/example.csv", views_admin.import_example, name="admin-import-example"),
    path("admin/import/<str:token>/", views_admin.import_review, name="admin-import-review"),
    path(
        "admin/import/<str:token>/confirm/",
        views_admin.import_confirm,
        name="admin-import-confirm",
    ),
    path(
        "admin/import/<str:token>/errors.csv",
        views_admin.import_errors,
        name="admin-import-errors",
    ),
]
