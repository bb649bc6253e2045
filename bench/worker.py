"""One backend's half of `python -m bench`, in its own process (Django is configured once per
process, for one database).

    python -m bench.worker --backend sqlite|postgres --task main|import --people N [--keep]
                           [--stories N] [--only NAME] [--runs N] --json OUT
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

PROJECT_DIR = Path(__file__).resolve().parent.parent
BENCH_DIR = PROJECT_DIR / "var" / "bench"
PG_SERVER = os.environ.get("SAMLA_BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
PG_DB = "samla_bench"
PG_IMPORT_BASE = "samla_bench_csv_base"
PG_IMPORT = "samla_bench_csv"
PG_PROPOSALS = "samla_bench_proposals"


def say(text: str = "") -> None:
    print(text, flush=True)


# --- Databases -----------------------------------------------------------------------------------


def pg_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5) as conn:
        conn.execute(sql)


def pg_exists(name: str) -> bool:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5) as conn:
        return (
            conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            is not None
        )


def pg_recreate(name: str, template: str | None = None) -> None:
    pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    pg_admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))


def sqlite_remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def read_meta(backend: str, target: str) -> dict[str, str]:
    """The bench_meta table of a bench database ({} if the database or the table is missing)."""
    try:
        if backend == "sqlite":
            import sqlite3

            if not Path(target).exists():
                return {}
            with sqlite3.connect(target) as conn:
                return dict(conn.execute("SELECT key, value FROM bench_meta").fetchall())
        import psycopg

        if not pg_exists(target):
            return {}
        with psycopg.connect(f"{PG_SERVER}/{target}", connect_timeout=5) as conn:
            return dict(conn.execute("SELECT key, value FROM bench_meta").fetchall())  # type: ignore[arg-type]
    except Exception:
        return {}


def write_meta(meta: dict[str, str]) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS bench_meta (key varchar(64) PRIMARY KEY, value text)"
        )
        cursor.execute("DELETE FROM bench_meta")
        for k, v in meta.items():
            cursor.execute("INSERT INTO bench_meta (key, value) VALUES (%s, %s)", [k, v])
    connection.close()


def wanted_meta(people: int, kind: str, stories: int | None = None) -> dict[str, str]:
    from bench.generate import GENERATOR_VERSION

    meta = {"kind": kind, "people": str(people), "generator": str(GENERATOR_VERSION), "seed": "42"}
    if stories is not None:
        meta["stories"] = str(stories)
    return meta


# Stories per person when --stories is not given: 1,000,000 on PostgreSQL and 200,000 on SQLite
# at 100,000 people (the figures for each engine).
STORIES_PER_PERSON = {"postgres": 10, "sqlite": 2}


def story_count(args: argparse.Namespace) -> int:
    if args.stories is not None:
        return int(args.stories)
    return STORIES_PER_PERSON[args.backend] * args.people


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()


def migrate() -> float:
    from django.core.management import call_command

    t = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    return time.perf_counter() - t


# --- Tasks --------------------------------------------------------------------------------------


def task_main(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Generate (or reuse) the full organisation, then run the query and page benchmarks."""
    stories = story_count(args)
    meta = wanted_meta(args.people, "full", stories)
    if args.backend == "sqlite":
        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        path = BENCH_DIR / f"samla-{args.people}.sqlite3"
        reuse = args.keep and read_meta("sqlite", str(path)) == meta
        if not reuse:
            sqlite_remove(path)
        url = f"sqlite:///{path}"
    else:
        reuse = args.keep and read_meta("postgres", PG_DB) == meta
        if not reuse:
            pg_recreate(PG_DB)
        url = f"{PG_SERVER}/{PG_DB}"
    setup_django(url)
    generation: dict[str, Any] = {}
    t = migrate()
    if reuse:
        say(
            f"[{args.backend}] reusing the generated database ({args.people:,} people, "
            f"{stories:,} stories; --keep)"
        )
    else:
        from bench.generate import generate

        say(
            f"[{args.backend}] generating {args.people:,} people and {stories:,} stories "
            f"(migrations took {t:.1f} s) …"
        )
        generation = generate(args.people, stories=stories, log=say)
        generation["timings"]["migrate"] = t
        write_meta(meta)
        say(
            f"[{args.backend}] generated in {generation['timings']['total']:.1f} s "
            f"(+ {t:.1f} s migrations): {generation['counts']}"
        )
    from bench.cases import World

    run_periodic_statistics(args.backend)
    world = World.load(random.Random(7))
    results: list[dict[str, Any]] = []
    if generation:
        results.append(
            {"key": "generation", "backend": args.backend, "status": "INFO", **generation}
        )
    results += run_cases(args, world)
    if args.proposals:
        say(
            f"[{args.backend}] the recommended changes (bench/proposals.py), "
            "on a copy of the database:"
        )
        use_proposals_copy(args.backend, url)
        results += run_cases(args, world, suffix="proposals")
    return results


def run_periodic_statistics(backend: str) -> None:
    """Run `optimize_database` as `samla periodic` would, if the app has it: the bench then sees
    the planner statistics a running installation has."""
    import io

    from django.core.management import call_command, get_commands
    from django.db import connection

    if "optimize_database" in get_commands():
        connection.close()  # a fresh connection, as in its own process
        out = io.StringIO()
        call_command("optimize_database", stdout=out)
        connection.close()
        say(
            f"[{backend}] ran optimize_database as `samla periodic` would: {out.getvalue().strip()}"
        )


def run_cases(args: argparse.Namespace, world: Any, suffix: str = "") -> list[dict[str, Any]]:
    from bench.cases import CASES, line

    results = []
    for key, case in CASES.items():
        if args.only and args.only not in key:
            continue
        rng = random.Random(f"{key}-{args.backend}")  # the same inputs with and without proposals
        res = case(world, args.backend, args.runs, rng).as_dict()
        if suffix:
            res["key"] += f"+{suffix}"
            res["name"] += f" [{suffix}]"
        say(line(res))
        results.append(res)
    return results


def use_proposals_copy(backend: str, url: str) -> None:
    """Point Django at a fresh copy of the bench database, change its schema as proposed, and
    monkeypatch the app."""
    from django.db import connection

    from bench import proposals

    connection.close()
    if backend == "sqlite":
        import sqlite3

        source = url.removeprefix("sqlite:///")
        target = BENCH_DIR / f"{Path(source).stem}-proposals.sqlite3"
        sqlite_remove(target)
        with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
            src.backup(dst)  # consistent, WAL included
        connection.settings_dict["NAME"] = str(target)
    else:
        pg_recreate(PG_PROPOSALS, template=PG_DB)
        connection.settings_dict["NAME"] = PG_PROPOSALS
    t = time.perf_counter()
    statements = proposals.ddl(connection)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)
    connection.close()
    say(f"[{backend}] proposals: {'; '.join(statements)} ({time.perf_counter() - t:.1f} s)")
    applied, adopted = proposals.apply()
    say(f"[{backend}] proposals applied: {', '.join(applied) or 'none'}")
    if adopted:
        say(f"[{backend}] already in the app (not patched): {', '.join(adopted)}")


def task_import(args: argparse.Namespace) -> list[dict[str, Any]]:
    """A fresh organisation with units, offices and skills but nobody in it: import everyone."""
    from bench.cases import Result, line

    scale = f"{args.people:,} rows"
    dry = Result("import_dry_run", "CSV import, dry run (preview)", args.backend, scale, 60, "s")
    real = Result("import", "CSV import", args.backend, scale, 60, "s")
    again = Result(
        "import_again", "CSV import again, nothing changed", args.backend, scale, 60, "s"
    )
    try:
        import importlib.util

        spec = importlib.util.find_spec("samla.people.importing")
    except ImportError:
        spec = None
    if spec is None:
        real.status, real.note = "SKIP", "samla.people.importing does not exist yet"
        say(line(real.as_dict()))
        return [real.as_dict()]
    meta = wanted_meta(args.people, "import-base")
    if args.backend == "sqlite":
        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        base = BENCH_DIR / f"import-base-{args.people}.sqlite3"
        run = BENCH_DIR / "import-run.sqlite3"
        have_base = args.keep and read_meta("sqlite", str(base)) == meta
    else:
        have_base = args.keep and read_meta("postgres", PG_IMPORT_BASE) == meta
    if not have_base:
        # Schema + units/offices/skills + one admin, built by a process of its own (Django is
        # configured once per process, and this one points at the copy).
        import subprocess

        cmd = [sys.executable, "-m", "bench.worker", "--backend", args.backend]
        cmd += ["--task", "import-base", "--people", str(args.people), "--json", os.devnull]
        subprocess.run(cmd, check=True, cwd=PROJECT_DIR)  # noqa: S603
    if args.backend == "sqlite":
        sqlite_remove(run)
        shutil.copyfile(base, run)
        url = f"sqlite:///{run}"
    else:
        pg_recreate(PG_IMPORT, template=PG_IMPORT_BASE)
        url = f"{PG_SERVER}/{PG_IMPORT}"
    setup_django(url)
    migrate()  # a no-op unless someone added a migration since the base was built

    from django.db import connection

    from bench.generate import build_org, import_csv
    from samla.people import importing
    from samla.people.models import Person

    data = import_csv(build_org(args.people))
    admin = Person.objects.get(email="bench-admin@nordlys.example")
    rows = data.count(b"\n") - 1
    out = []
    for result, dry_run in ((dry, True), (real, False), (again, False)):
        t = time.perf_counter()
        outcome = importing.import_people_csv(data=data, dry_run=dry_run, by=admin)
        result.value = time.perf_counter() - t
        result.extra.update(rows=rows, csv_bytes=len(data), outcome=_summarise(outcome))
        res = result.finish().as_dict()
        errors = list(getattr(outcome, "errors", []) or [])
        if errors:
            res["status"] = "FAIL"
            res["note"] = f"{len(errors):,} errors, e.g. " + "; ".join(
                f"line {e.line} {e.column}: {e.reason}" for e in errors[:3]
            )
        if result is real:
            people = Person.objects.count() - 1  # the admin
            res["extra"]["people_after"] = people
            if people < rows and not errors:
                res["status"] = "FAIL"
                res["note"] = f"only {people:,} people after importing {rows:,} rows"
        say(line(res))
        out.append(res)
    connection.close()
    return out


def _summarise(outcome: Any) -> Any:
    """Something JSON can hold, whatever the importer returns."""
    if outcome is None or isinstance(outcome, int | float | str | bool):
        return outcome
    if isinstance(outcome, dict):
        return {
            str(k): _summarise(v) if not isinstance(v, list) else len(v) for k, v in outcome.items()
        }
    if hasattr(outcome, "__dataclass_fields__"):
        from dataclasses import fields

        return {
            f.name: _summarise(getattr(outcome, f.name))
            if not isinstance(getattr(outcome, f.name), list)
            else len(getattr(outcome, f.name))
            for f in fields(outcome)
        }
    return repr(outcome)[:500]


def build_import_base(args: argparse.Namespace) -> None:
    if args.backend == "sqlite":
        base = BENCH_DIR / f"import-base-{args.people}.sqlite3"
        sqlite_remove(base)
        url = f"sqlite:///{base}"
    else:
        pg_recreate(PG_IMPORT_BASE)
        url = f"{PG_SERVER}/{PG_IMPORT_BASE}"
    setup_django(url)
    migrate()
    from bench.generate import generate_structure_only
    from samla.people.models import Person

    generate_structure_only(args.people)
    Person.objects.create_superuser("bench-admin@nordlys.example", None, full_name="Bench Admin")
    write_meta(wanted_meta(args.people, "import-base"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["sqlite", "postgres"], required=True)
    parser.add_argument("--task", choices=["main", "import", "import-base"], default="main")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--stories", type=int, default=None)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--only", default="")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--proposals", action="store_true")
    parser.add_argument("--json", required=True)
    args = parser.parse_args()
    if args.task == "import-base":
        build_import_base(args)
        return
    results = task_main(args) if args.task == "main" else task_import(args)
    Path(args.json).write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
