from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from samla.people.models import Person

pytestmark = pytest.mark.django_db


def _run_samla(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SAMLA_", "DJANGO_", "DATABASE_URL"))
    }
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-m", "samla.cli", *args],
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_check_deploy_is_clean_with_production_settings(tmp_path) -> None:
    result = _run_samla(
        "manage",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SAMLA_SITE_URL="https://learn.example.org",
        SAMLA_SECRET_KEY="q8Vt2-very-long-and-random-production-secret-key-0f9a8b7c6d5e4f3a2b1c",
        SAMLA_VAR_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_junk_boolean_setting_stops_with_a_clear_message(tmp_path) -> None:
    result = _run_samla("manage", "check", SAMLA_DEBUG="maybe", SAMLA_VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "SAMLA_DEBUG must be true or false" in result.stderr


def test_secret_key_is_generated_once_into_var(tmp_path) -> None:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SAMLA_", "DJANGO_", "DATABASE_URL"))
    }
    clean["SAMLA_VAR_DIR"] = str(tmp_path)
    code = "import samla.settings as s; print(s.SECRET_KEY)"

    def read_key() -> str:
        done = subprocess.run(
            [sys.executable, "-c", code], env=clean, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    first, second = read_key(), read_key()
    assert first == second
    assert len(first) >= 50
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
def test_sqlite_runs_in_wal_mode_with_full_sync() -> None:
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        journal = cursor.fetchone()[0]
        cursor.execute("PRAGMA synchronous")
        sync = cursor.fetchone()[0]
        cursor.execute("PRAGMA foreign_keys")
        fks = cursor.fetchone()[0]
    # The test database lives in memory, where SQLite reports "memory" instead of "wal".
    assert journal in {"wal", "memory"}
    assert (sync, fks) == (2, 1)
    assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_healthz_and_readyz_answer_json(client: Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok", "database": "ok"}


def test_security_headers_on_every_page(as_employee: Client) -> None:
    response = as_employee.get(reverse("core:home"))
    csp = response["Content-Security-Policy"]
    for directive in (
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "script-src 'self'",
    ):
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cache-Control"] == "no-store"


def test_error_pages_use_the_layout(as_employee: Client) -> None:
    response = as_employee.get("/no/such/page/")
    assert response.status_code == 404
    assert "does not exist" in response.content.decode()


def test_stale_form_gets_a_clear_message_and_no_change(employee: Person) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(employee)
    response = client.post(
        reverse("people:profile-edit", args=[employee.pk]), {"full_name": "Changed"}
    )
    assert response.status_code == 403
    assert "expired" in response.content.decode()
    employee.refresh_from_db()
    assert employee.full_name == "Erik Employee"


def test_deactivation_ends_open_sessions(employee: Person) -> None:
    from samla.people.services import person_deactivate

    client = Client()
    assert (
        client.post(
            reverse("account_login"), {"login": employee.email, "password": "samla-test-pw"}
        ).status_code
        == 302
    )
    assert client.get(reverse("core:home")).status_code == 200
    person_deactivate(person=employee)
    response = client.get(reverse("core:home"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    again = client.post(
        reverse("account_login"), {"login": employee.email, "password": "samla-test-pw"}
    )
    assert again.status_code != 302 or "/accounts/inactive/" in again["Location"]
    assert client.get(reverse("core:home")).status_code == 302


def test_login_rate_limit_kicks_in_even_for_the_right_password(employee: Person) -> None:
    client = Client()
    for i in range(5):
        client.post(reverse("account_login"), {"login": employee.email, "password": f"wrong-{i}"})
    response = client.post(
        reverse("account_login"), {"login": employee.email, "password": "samla-test-pw"}
    )
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert client.get(reverse("core:home")).status_code == 302


def test_optimize_database_is_idempotent_and_has_a_dry_run() -> None:
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("optimize_database", "--dry-run", stdout=out)
    call_command("optimize_database", stdout=out)
    call_command("optimize_database", "--full", stdout=out)
    text = out.getvalue()
    if connection.vendor == "sqlite":
        assert "would run: ANALYZE" in text and "refreshed" in text
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            assert cursor.fetchone()[0] == 1
    else:
        assert "nothing to do" in text and "refreshed" in text


def test_an_empty_var_dir_means_the_default_not_the_working_directory(tmp_path) -> None:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SAMLA_", "DJANGO_", "DATABASE_URL"))
    }
    clean["SAMLA_VAR_DIR"] = ""
    code = "import samla.settings as s; print(s.VAR_DIR)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=clean,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("/var")
    assert not (tmp_path / "secret_key").exists()
