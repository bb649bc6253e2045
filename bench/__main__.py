"""`python -m bench` (= `make bench`): every benchmark on SQLite and PostgreSQL, each figure beside
its target. Exits 0 unless --strict and a target is missed. See bench/README.md."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.cases import line
from bench.worker import BENCH_DIR, PG_SERVER, PROJECT_DIR

MAIN_CASES = (
    "experts",
    "directory",
    "directory_htmx",
    "directory_all",
    "stories_feed",
    "stories_feed_page",
    "stories_search",
    "stories_reindex",
    "questions_page",
    "questions_unanswered",
    "questions_route",
    "circles_calendar_feed",
    "circles_rota",
)


def pg_reachable() -> str | None:
    """None if PostgreSQL answers, else the reason."""
    try:
        import psycopg

        psycopg.connect(f"{PG_SERVER}/postgres", connect_timeout=3).close()
    except Exception as exc:
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return None


def run_worker(backend: str, task: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        out = Path(tmp.name)
    cmd = [
        sys.executable,
        "-m",
        "bench.worker",
        "--backend",
        backend,
        "--task",
        task,
        "--people",
        str(args.people),
        "--runs",
        str(args.runs),
        "--json",
        str(out),
    ]
    if args.keep:
        cmd.append("--keep")
    if args.stories is not None:
        cmd += ["--stories", str(args.stories)]
    if args.only:
        cmd += ["--only", args.only]
    if args.proposals:
        cmd.append("--proposals")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(PROJECT_DIR), os.environ.get("PYTHONPATH")])
        ),
    }
    proc = subprocess.run(cmd, cwd=PROJECT_DIR, env=env, check=False)  # noqa: S603
    try:
        if proc.returncode != 0:
            return [
                {
                    "key": f"{task}-worker",
                    "backend": backend,
                    "status": "ERROR",
                    "note": f"worker exited with {proc.returncode} (see the output above)",
                }
            ]
        return list(json.loads(out.read_text(encoding="utf-8")))
    finally:
        out.unlink(missing_ok=True)


def environment() -> dict[str, Any]:
    def git(*a: str) -> str:
        try:
            return subprocess.run(  # noqa: S603
                ["git", *a],  # noqa: S607
                cwd=PROJECT_DIR,
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
        except OSError:
            return ""

    import sqlite3

    import django

    return {
        "python": platform.python_version(),
        "django": django.get_version(),
        "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "git_commit": git("rev-parse", "--short", "HEAD"),
        "git_dirty_files": len(git("status", "--porcelain").splitlines()),
        "load_average_start": os.getloadavg(),
        "cpu_pressure_start": cpu_pressure(),
    }


def cpu_pressure() -> str:
    """Linux PSI: the share of time runnable tasks waited for a CPU (avg10/avg60/avg300)."""
    try:
        return Path("/proc/pressure/cpu").read_text(encoding="utf-8").splitlines()[0]
    except OSError:
        return ""


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument(
        "--people", type=int, default=100_000, help="organisation size (default 100,000)"
    )
    parser.add_argument(
        "--stories",
        type=int,
        default=None,
        help="stories to generate (default 10 a person on PostgreSQL, 2 on SQLite: "
        "1,000,000 and 200,000 at 100,000 people)",
    )
    parser.add_argument(
        "--only",
        default="",
        help="run only the cases whose key contains NAME: "
        "experts, directory, directory_htmx, directory_all, stories_feed, stories_feed_page, "
        "stories_search, stories_reindex (or stories: all four), questions_page, "
        "questions_unanswered, questions_route (or questions: all three), circles_calendar_feed, "
        "circles_rota (or circles: both), import",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="reuse a generated database of the same size (var/bench/, samla_bench)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--runs", type=int, default=200, help="timed runs per case (default 200)")
    parser.add_argument(
        "--proposals",
        action="store_true",
        help="also measure the recommended app changes (bench/proposals.py), "
        "monkeypatched, on a copy of the database",
    )
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    started = time.perf_counter()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    env = environment()
    cpus = env["cpus"] or 1
    print(
        f"Samla benchmarks: {args.people:,} people, {args.runs} runs a case, "
        f"Python {env['python']}, Django {env['django']}, SQLite {env['sqlite']}, {cpus} CPUs"
    )
    if env["load_average_start"][0] > cpus:
        print(
            f"!!! The machine is busy (load average {env['load_average_start'][0]:.1f} "
            f"on {cpus} CPUs): "
            "expect inflated figures. !!!",
            file=sys.stderr,
        )

    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    results: list[dict[str, Any]] = []
    skipped_pg = False
    for backend in backends:
        if backend == "postgres":
            reason = pg_reachable()
            if reason:
                skipped_pg = True
                print(
                    f"\n!!! PostgreSQL at {PG_SERVER} is NOT reachable ({reason}): the PostgreSQL "
                    "benchmarks were SKIPPED. !!!\n",
                    file=sys.stderr,
                )
                results.append(
                    {"key": "postgres", "backend": "postgres", "status": "SKIP", "note": reason}
                )
                continue
        print(f"\n== {backend} ==", flush=True)
        if not args.only or any(args.only in key for key in MAIN_CASES):
            results += run_worker(backend, "main", args)
        if not args.only or args.only in "import":
            results += run_worker(backend, "import", args)

    print("\n== summary ==")
    for r in results:
        if r.get("key") == "generation":
            t = r["timings"]
            print(
                f"generation ({r['backend']}, {r['counts']['people']:,} people): "
                f"{t['total']:.1f} s "
                f"+ {t['migrate']:.1f} s migrations  "
                f"({', '.join(f'{k} {v:,}' for k, v in r['counts'].items())})"
            )
            if "search_index" in t:
                print(
                    f"search index build ({r['backend']}, "
                    f"{r['counts']['search_documents']:,} documents): "
                    f"{t['search_index']:.1f} s (documents {t['search_copy']:.1f} s, "
                    f"engine index {t['search_engine_index']:.1f} s); "
                    f"sizes {', '.join(f'{k} {v / 2**20:,.0f} MB' for k, v in r['sizes'].items())}"
                )
    for r in results:
        if r.get("status") in {"PASS", "FAIL", "SKIP", "INFO"} and "name" in r:
            print(line(r))
        elif r.get("key") == "postgres" and r.get("status") == "SKIP":
            print(f"!!! PostgreSQL: SKIPPED, not reachable ({r['note']}) !!!")
        elif r.get("status") == "ERROR":
            print(f"{r['key']} ({r['backend']}): ERROR {r['note']}")
    failed = [r for r in results if r.get("status") in {"FAIL", "ERROR"}]

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    env["load_average_end"] = os.getloadavg()
    env["cpu_pressure_end"] = cpu_pressure()
    env["seconds"] = round(time.perf_counter() - started, 1)
    report = {"started": stamp, "args": vars(args), "environment": env, "results": results}
    path = BENCH_DIR / f"results-{stamp}.json"
    path.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    print(
        f"\n{len(failed)} missed, results in {path.relative_to(PROJECT_DIR)} "
        f"({env['seconds']:.0f} s; load average {env['load_average_end'][0]:.1f} at the end)"
    )
    if skipped_pg:
        print("!!! PostgreSQL was SKIPPED. !!!", file=sys.stderr)
        if os.environ.get("SAMLA_REQUIRE_POSTGRES"):
            return 1
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
