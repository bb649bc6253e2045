"""`samla demo`: migrate, collect static files, seed the demo organisation, and serve it.

    samla demo                   everything, then serve http://127.0.0.1:8000 (SAMLA_PORT)
    samla demo --no-serve        set up and seed only (tests, CI)
    samla demo --reset           start over: delete the demo's SQLite database first
    samla demo --people 500      a bigger organisation (first run only)

Running it again never duplicates anything: an existing demo is kept, and only the three demo
accounts are checked (created again, given the demo password, put back in their team).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError, connections, transaction
from django.urls import reverse

from samla.demo import data
from samla.demo.seed import DEFAULT_PEOPLE, DEFAULT_SEED, SeedReport, minimum_people, seed_demo
from samla.people.models import OrgUnit, Person, Skill
from samla.record.models import Activity


def _server_url() -> str:
    port = os.environ.get("SAMLA_PORT", "8000")
    host, _sep, port = os.environ.get("SAMLA_BIND", f"127.0.0.1:{port}").rpartition(":")
    if host in {"", "0.0.0.0", "[::]"}:  # noqa: S104 - only to print a clickable address
        host = "127.0.0.1"
    return f"http://{host}:{port}"


def _die_with_parent() -> None:
    """In the worker process (Linux): get SIGTERM if the demo process dies, however it dies."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class Command(BaseCommand):
    help = "Set up the demo organisation (Nordlys Group) and serve it on http://127.0.0.1:8000."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--no-serve",
            action="store_true",
            help="Only set up and seed the database; do not start the server (tests, CI).",
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the SQLite database under SAMLA_VAR_DIR first and start over.",
        )
        parser.add_argument(
            "--people",
            type=int,
            default=DEFAULT_PEOPLE,
            help=f"How many people Nordlys Group has (default {DEFAULT_PEOPLE}, "
            f"at least {minimum_people()}). Used only when the demo is created.",
        )
        parser.add_argument(
            "--stories",
            type=int,
            default=None,
            help="Seed only this many of the demo's stories (default all, over 200; every kind "
            "and language is kept). Used only when the demo is created.",
        )
        parser.add_argument(
            "--questions",
            type=int,
            default=None,
            help="Seed only this many of the demo's questions (default all, over 80; each "
            "language keeps named, anonymous and unanswered ones). Used only when the demo is "
            "created.",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=DEFAULT_SEED,
            help=f"Random seed; the same seed gives the same people (default {DEFAULT_SEED}).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        people: int = options["people"]
        if people < minimum_people():
            raise CommandError(f"--people must be at least {minimum_people()}.")
        if options["reset"]:
            self._reset()

        self._step("Preparing the database")
        call_command("migrate", interactive=False, verbosity=0)
        self._step("Collecting static files")
        call_command("collectstatic", interactive=False, verbosity=0)
        if OrgUnit.objects.filter(code=data.ROOT_CODE).exists():
            self._step("The demo organisation exists already; checking the demo accounts")
        else:
            self._step(f"Creating Nordlys Group with {people} people and four months of history")
        for option in ("stories", "questions"):
            if options[option] is not None and options[option] < 0:
                raise CommandError(f"--{option} must be 0 or more.")
        report = seed_demo(
            people=people,
            seed=options["seed"],
            stories=options["stories"],
            questions=options["questions"],
        )
        self._welcome(report.new_accounts)
        self._banner(report, serving=not options["no_serve"])
        if not options["no_serve"]:
            self._serve()

    # --- Steps ----------------------------------------------------------------------------------

    def _step(self, text: str) -> None:
        self.stdout.write(f"• {text}…")

    def _reset(self) -> None:
        """Delete the SQLite database, but only a SQLite file under SAMLA_VAR_DIR."""
        db = connections["default"]
        name = str(db.settings_dict.get("NAME") or "")
        var_dir = Path(settings.VAR_DIR).resolve()
        in_memory = name.startswith(":memory:") or "mode=memory" in name
        if db.vendor != "sqlite" or in_memory or not Path(name).resolve().is_relative_to(var_dir):
            raise CommandError(
                "--reset only deletes a SQLite database inside SAMLA_VAR_DIR "
                f"({var_dir}); this database is not one. Nothing was deleted."
            )
        connections.close_all()
        path = Path(name).resolve()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        self.stdout.write(f"• Deleted {path}")

    def _welcome(self, people: list[Person]) -> None:
        """A welcome notification for each demo account that was just created (when the
        notifications app is there)."""
        if not people:
            return
        try:
            from samla.notifications.services import notify
        except ImportError:
            return
        for person in people:
            try:
                with transaction.atomic():
                    notify(recipient=person, kind="welcome", url=reverse("people:skills-edit"))
            except (DatabaseError, ValueError) as exc:
                self.stderr.write(f"  (no welcome notification for {person.email}: {exc})")

    def _banner(self, report: SeedReport, *, serving: bool) -> None:
        accounts = Person.objects.select_related("unit", "manager").in_bulk(
            [d.email for d in data.DEMO_ACCOUNTS if d.email], field_name="email"
        )
        offices = ", ".join(o.name for o in data.OFFICES)
        timing = f" (seeded in {report.seconds:.1f} s)" if report.created else ""
        lines = [
            "",
            f"Samla demo: Nordlys Group{timing}",
            f"  {Person.objects.filter(is_active=True).count()} people in "
            f"{OrgUnit.objects.count()} units; offices in {offices}",
            f"  {Skill.objects.count()} skills; {Activity.objects.count()} learning activities",
            "",
            f"  Open {_server_url()} and sign in with the password “{data.PASSWORD}” as:",
        ]
        for d in data.DEMO_ACCOUNTS:
            p = accounts.get(d.email or "")
            if p is None:
                continue
            unit = p.unit.name if p.unit else "no unit"
            if p.is_org_admin:
                what = f"organisation admin, {unit}"
            elif p.reports.exists():
                what = f"manages the {unit} team"
            else:
                boss = f", reports to {p.manager.full_name}" if p.manager else ""
                what = f"member of {unit}{boss}"
            lines.append(f"    {p.email:<22}{p.full_name} – {what}")
        lines.append(f"  Everyone else (…@{data.EMAIL_DOMAIN}) has the same password.")
        lines.append("")
        if serving:
            lines.append("  A background worker runs alongside the web server; emails are printed")
            lines.append("  here. Stop both with Ctrl+C.")
        else:
            lines.append("  Serve it with `samla demo` (or `samla serve` and `samla worker`).")
        lines.append("")
        self.stdout.write("\n".join(lines))

    def _serve(self) -> None:
        """Gunicorn in this process (as `samla serve`), and `samla worker` beside it; the worker
        stops when the server does."""
        from samla.cli import _serve

        connections.close_all()  # no connection may cross the fork into gunicorn's workers
        worker = subprocess.Popen(  # our own interpreter and module, no shell
            [sys.executable, "-m", "samla.cli", "worker"],
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        try:
            _serve([])
        finally:
            self._stop(worker)

    def _stop(self, worker: subprocess.Popen[bytes]) -> None:
        if worker.poll() is None:
            worker.terminate()
            deadline = time.monotonic() + 10
            while worker.poll() is None and time.monotonic() < deadline:
                time.sleep(0.1)
            if worker.poll() is None:
                worker.kill()
                worker.wait()
