"""The `samla` command: one entry point for running Samla.

samla demo        set up a demo organisation on SQLite and serve it
samla serve       production web server (gunicorn, WSGI)
samla worker      background task worker (django-tasks database backend)
samla periodic    run every scheduled job once (idempotent; call it from cron)
samla manage …    any Django management command
"""

from __future__ import annotations

import os
import sys


def _django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samla.settings")
    import django

    django.setup()


def _manage(argv: list[str]) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samla.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["samla manage", *argv])


def _serve(argv: list[str]) -> None:
    from gunicorn.app.wsgiapp import run

    port = os.environ.get("SAMLA_PORT", "8000")
    bind = os.environ.get("SAMLA_BIND", f"127.0.0.1:{port}")
    workers = os.environ.get("SAMLA_WEB_WORKERS", str(min(4, (os.cpu_count() or 1) + 1)))
    sys.argv = [
        "gunicorn",
        "samla.wsgi:application",
        "--bind",
        bind,
        "--workers",
        workers,
        "--access-logfile",
        "-",
        "--graceful-timeout",
        "30",
        "--forwarded-allow-ips",
        os.environ.get("SAMLA_FORWARDED_ALLOW_IPS", "127.0.0.1"),
        *argv,
    ]
    run()


USAGE = __doc__ or ""


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help", "help"}:
        print(USAGE.strip())
        return
    command, rest = args[0], args[1:]
    if command == "manage":
        _manage(rest)
    elif command == "demo":
        # Links in the demo's emails must point where the demo is served.
        port = os.environ.get("SAMLA_PORT", "8000")
        os.environ.setdefault("SAMLA_SITE_URL", f"http://127.0.0.1:{port}")
        os.environ.setdefault("SAMLA_ORGANISATION_NAME", "Nordlys Group")
        _manage(["demo", *rest])
    elif command == "serve":
        _serve(rest)
    elif command == "worker":
        _manage(["db_worker", *rest])
    elif command == "periodic":
        _manage(["run_periodic", *rest])
    else:
        print(f"samla: unknown command {command!r}\n\n{USAGE.strip()}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
