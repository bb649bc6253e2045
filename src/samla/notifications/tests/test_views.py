from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from samla.notifications import services
from samla.notifications.kinds import configurable_kinds
from samla.notifications.models import EmailMessage, Notification, NotificationPreference
from samla.notifications.tests.factories import NotificationFactory
from samla.people.models import Person

pytestmark = pytest.mark.django_db

LIST_URL = reverse("notifications:notification-list")
PREFS_URL = reverse("notifications:preferences")
BELL_URL = reverse("notifications:bell")
MENTION = {"actor": "Cecilia Colleague", "title": "Our retro format"}


def _unread(person: Person) -> int:
    return Notification.objects.filter(recipient=person, read_at__isnull=True).count()


# --- The bell ----------------------------------------------------------------------------------


def test_bell_in_page_header_shows_unread_count(as_employee: Client, employee: Person) -> None:
    NotificationFactory.create_batch(3, recipient=employee)
    body = as_employee.get(PREFS_URL).content.decode()
    assert 'aria-label="Notifications, 3 unread"' in body
    assert '<span class="bell__count" aria-hidden="true">3</span>' in body
    assert f'hx-get="{BELL_URL}"' in body
    assert 'hx-trigger="every 60s, notificationsChanged from:body"' in body


def test_bell_partial_counts_only_own_unread(
    as_employee: Client, employee: Person, colleague: Person, django_assert_num_queries: Any
) -> None:
    NotificationFactory(recipient=employee)
    NotificationFactory(recipient=employee, read_at="2025-01-01T00:00:00Z")
    NotificationFactory.create_batch(2, recipient=colleague)
    with django_assert_num_queries(3):  # session, person, the count
        response = as_employee.get(BELL_URL, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert body.startswith('<a class="bell" id="notification-bell"')
    assert "<html" not in body
    assert 'aria-label="Notifications, 1 unread"' in body
    assert '<span class="bell__count" aria-hidden="true">1</span>' in body


def test_bell_without_unread_has_no_badge(as_employee: Client, employee: Person) -> None:
    body = as_employee.get(BELL_URL).content.decode()
    assert 'aria-label="Notifications"' in body
    assert "bell__count" not in body


def test_bell_caps_a_large_count(as_employee: Client, employee: Person) -> None:
    NotificationFactory.create_batch(101, recipient=employee)
    body = as_employee.get(BELL_URL).content.decode()
    assert 'aria-label="Notifications, more than 99 unread"' in body
    assert '<span class="bell__count" aria-hidden="true">99+</span>' in body


def test_bell_for_a_signed_out_visitor_stops_polling(client: Client) -> None:
    response = client.get(BELL_URL, HTTP_HX_REQUEST="true")
    assert response.status_code == 286
    assert response.content == b""


# --- The list ----------------------------------------------------------------------------------


def test_list_shows_own_notifications_and_marks_them_read(
    as_employee: Client, employee: Person, colleague: Person
) -> None:
    mine = NotificationFactory(recipient=employee, params={"actor": "Ann", "title": "Mine"})
    NotificationFactory(recipient=colleague, params={"actor": "Bo", "title": "Not mine"})
    response = as_employee.get(LIST_URL)
    body = response.content.decode()
    assert [n.pk for n in response.context["notifications"]] == [mine.pk]
    assert "Ann mentioned you in “Mine”." in body
    assert "Not mine" not in body
    assert "notification--unread" in body  # shown as new this once …
    assert _unread(employee) == 0  # … and now read
    assert 'aria-label="Notifications"' in body  # the bell agrees
    assert "notification--unread" not in as_employee.get(LIST_URL).content.decode()


def test_list_is_paginated_and_marks_only_the_shown_page(
    as_employee: Client, employee: Person
) -> None:
    NotificationFactory.create_batch(25, recipient=employee)
    response = as_employee.get(LIST_URL)
    assert len(response.context["notifications"]) == 20
    assert _unread(employee) == 5
    body = response.content.decode()
    assert "5 more unread notifications on other pages." in body
    assert "Mark all as read" in body
    response = as_employee.get(LIST_URL, {"page": 2})
    assert len(response.context["notifications"]) == 5
    assert _unread(employee) == 0


def test_list_empty(as_employee: Client, employee: Person) -> None:
    body = as_employee.get(LIST_URL).content.decode()
    assert "No notifications yet." in body
    assert "Mark all as read" not in body


@pytest.mark.parametrize("count", [1, 3])
def test_list_query_count_is_constant(
    as_employee: Client, employee: Person, django_assert_num_queries: Any, count: int
) -> None:
    NotificationFactory.create_batch(count, recipient=employee)
    # session, person, count for the paginator, the page, mark shown read, unread count
    with django_assert_num_queries(6):
        response = as_employee.get(LIST_URL)
    assert len(response.context["notifications"]) == count


def test_list_htmx_returns_the_list_partial(
    as_employee: Client, employee: Person, htmx_headers: dict[str, str]
) -> None:
    NotificationFactory(recipient=employee)
    response = as_employee.get(LIST_URL, **htmx_headers)  # type: ignore[arg-type]
    body = response.content.decode()
    assert body.lstrip().startswith('<section class="card" id="notification-list"')
    assert "<html" not in body
    assert response["HX-Trigger"] == "notificationsChanged"


def test_list_requires_sign_in(client: Client) -> None:
    response = client.get(LIST_URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


# --- Mark all read, mark one read --------------------------------------------------------------


def test_mark_all_read(as_employee: Client, employee: Person, colleague: Person) -> None:
    NotificationFactory.create_batch(3, recipient=employee)
    NotificationFactory(recipient=colleague)
    response = as_employee.post(reverse("notifications:notification-mark-all-read"))
    assert response.status_code == 302
    assert response["Location"] == LIST_URL
    assert _unread(employee) == 0
    assert _unread(colleague) == 1


def test_mark_all_read_htmx(
    as_employee: Client, employee: Person, htmx_headers: dict[str, str]
) -> None:
    NotificationFactory.create_batch(2, recipient=employee)
    response = as_employee.post(
        reverse("notifications:notification-mark-all-read"),
        **htmx_headers,  # type: ignore[arg-type]
    )
    body = response.content.decode()
    assert body.lstrip().startswith('<section class="card" id="notification-list"')
    assert response["HX-Trigger"] == "notificationsChanged"
    assert _unread(employee) == 0


def test_mark_all_read_refuses_get(as_employee: Client, employee: Person) -> None:
    NotificationFactory(recipient=employee)
    response = as_employee.get(reverse("notifications:notification-mark-all-read"))
    assert response.status_code == 405
    assert _unread(employee) == 1


def test_mark_read_one(as_employee: Client, employee: Person, htmx_headers: dict[str, str]) -> None:
    notification = NotificationFactory(recipient=employee)
    url = reverse("notifications:notification-mark-read", args=[notification.pk])
    response = as_employee.post(url, **htmx_headers)  # type: ignore[arg-type]
    body = response.content.decode()
    assert body.lstrip().startswith(f'<li class="notification" id="notification-{notification.pk}"')
    assert response["HX-Trigger"] == "notificationsChanged"
    notification.refresh_from_db()
    assert notification.read_at is not None
    no_js = as_employee.post(url)
    assert no_js.status_code == 302 and no_js["Location"] == LIST_URL


def test_cannot_mark_or_open_someone_elses_notification(
    as_employee: Client, colleague: Person
) -> None:
    theirs = NotificationFactory(recipient=colleague)
    for name in ("notifications:notification-mark-read", "notifications:notification-open"):
        url = reverse(name, args=[theirs.pk])
        assert as_employee.post(url).status_code == 404
    assert (
        as_employee.get(reverse("notifications:notification-open", args=[theirs.pk])).status_code
        == 404
    )
    theirs.refresh_from_db()
    assert theirs.read_at is None


# --- Open --------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post"])
def test_open_marks_read_and_goes_to_the_link(
    as_employee: Client, employee: Person, method: str
) -> None:
    notification = NotificationFactory(recipient=employee, url="/people/?q=x")
    response = getattr(as_employee, method)(
        reverse("notifications:notification-open", args=[notification.pk])
    )
    assert response.status_code == 302
    assert response["Location"] == "/people/?q=x"
    notification.refresh_from_db()
    assert notification.read_at is not None


@pytest.mark.parametrize(
    "url",
    ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", ""],
)
def test_open_never_redirects_off_the_site(as_employee: Client, employee: Person, url: str) -> None:
    # Stored directly: notify() already refuses such links; the view must not trust the row.
    notification = NotificationFactory(recipient=employee, url=url)
    response = as_employee.get(reverse("notifications:notification-open", args=[notification.pk]))
    assert response.status_code == 302
    assert response["Location"] == LIST_URL


def test_email_link_opens_after_sign_in(client: Client, employee: Person) -> None:
    notification = services.notify(
        recipient=employee, kind="mentioned", params=MENTION, url="/people/"
    )
    assert notification is not None
    open_path = reverse("notifications:notification-open", args=[notification.pk])
    assert f"http://127.0.0.1:8000{open_path}" in EmailMessage.objects.get().body_html
    response = client.get(open_path)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    notification.refresh_from_db()
    assert notification.read_at is None


# --- Preferences -------------------------------------------------------------------------------


def test_preferences_show_defaults(as_employee: Client, employee: Person) -> None:
    response = as_employee.get(PREFS_URL)
    body = response.content.decode()
    assert response.status_code == 200
    assert '<input type="radio" name="email" value="on" id="id_email_0" required checked>' in body
    assert 'name="kind_mentioned"' in body
    assert "Someone mentions me" in body
    assert response.context["form"]["kind_mentioned"].value() is True
    assert not NotificationPreference.objects.exists()


def test_preferences_save_without_javascript(as_employee: Client, employee: Person) -> None:
    # Every configurable kind ticked but "mentioned".
    ticked = {f"kind_{k.key}": "on" for k in configurable_kinds() if k.key != "mentioned"}
    response = as_employee.post(PREFS_URL, {"email": "on", **ticked})
    assert response.status_code == 302
    assert response["Location"] == PREFS_URL
    preference = NotificationPreference.objects.get(person=employee)
    assert preference.email_enabled is True
    assert {k for k, v in preference.email_by_kind.items() if not v} == {"mentioned"}
    follow = as_employee.get(PREFS_URL)
    assert "Your notification settings were saved." in follow.content.decode()
    assert follow.context["form"]["kind_mentioned"].value() is False
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    assert EmailMessage.objects.count() == 0


def test_preferences_turn_email_off(as_employee: Client, employee: Person) -> None:
    as_employee.post(PREFS_URL, {"email": "off", "kind_mentioned": "on"})
    preference = NotificationPreference.objects.get(person=employee)
    assert preference.email_enabled is False
    assert preference.email_by_kind["mentioned"] is True
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    assert Notification.objects.count() == 1
    assert EmailMessage.objects.count() == 0


def test_preferences_bad_input_saves_nothing(as_employee: Client, employee: Person) -> None:
    response = as_employee.post(PREFS_URL, {"email": "sometimes", "kind_mentioned": "on"})
    assert response.status_code == 422
    body = response.content.decode()
    assert "Please correct the marked fields." in body
    assert "Select a valid choice." in body
    assert not NotificationPreference.objects.exists()
    missing = as_employee.post(PREFS_URL, {})
    assert missing.status_code == 422
    assert not NotificationPreference.objects.exists()


def test_preferences_htmx(
    as_employee: Client, employee: Person, htmx_headers: dict[str, str]
) -> None:
    response = as_employee.post(PREFS_URL, {"email": "off"}, **htmx_headers)  # type: ignore[arg-type]
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<section class="card preferences" id="preferences-form"')
    assert "Your notification settings were saved." in body
    assert "<html" not in body
    assert NotificationPreference.objects.get(person=employee).email_enabled is False
    bad = as_employee.post(PREFS_URL, {"email": "x"}, **htmx_headers)  # type: ignore[arg-type]
    assert bad.status_code == 422
    assert bad.content.decode().lstrip().startswith('<section class="card preferences"')


def test_preferences_are_personal(as_employee: Client, employee: Person, colleague: Person) -> None:
    as_employee.post(PREFS_URL, {"email": "off"})
    assert list(NotificationPreference.objects.values_list("person", flat=True)) == [employee.pk]
    services.notify(recipient=colleague, kind="mentioned", params=MENTION)
    assert EmailMessage.objects.get().recipient == colleague


# --- Admin -------------------------------------------------------------------------------------


def test_outbox_admin_is_read_only_for_org_admins(
    as_admin: Client, as_employee: Client, employee: Person
) -> None:
    services.notify(recipient=employee, kind="mentioned", params=MENTION)
    message = EmailMessage.objects.get()
    changelist = reverse("admin:notifications_emailmessage_changelist")
    response = as_admin.get(changelist)
    assert response.status_code == 200
    assert "employee@example.com" in response.content.decode()
    detail = as_admin.get(reverse("admin:notifications_emailmessage_change", args=[message.pk]))
    assert detail.status_code == 200
    assert message.body_text not in detail.content.decode()  # bodies are personal content
    assert as_admin.get(reverse("admin:notifications_emailmessage_add")).status_code == 403
    deleted = as_admin.post(
        reverse("admin:notifications_emailmessage_delete", args=[message.pk]), {"post": "yes"}
    )
    assert deleted.status_code == 403
    assert EmailMessage.objects.count() == 1
    assert as_employee.get(changelist).status_code == 302  # not staff: sent to the admin login
