"""The benchmarks. Each takes random, realistic inputs drawn from the generated organisation,
warms up, then times ≥ 200 runs and reports p50/p95/p99 against its target."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

WARMUP = 20


@dataclass
class Result:
    key: str
    name: str
    backend: str
    scale: str
    target: float | None  # in `unit`; None: reported, no target (status INFO)
    unit: str  # "ms" (p95 of many runs) or "s" (one wall-clock run)
    samples: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # this process's CPU time per run, ms
    value: float | None = None  # for one-shot results (import)
    status: str = ""  # PASS, FAIL, SKIP
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def pct(self, p: float) -> float:
        s = sorted(self.samples)
        if not s:
            return float("nan")
        k = max(0, min(len(s) - 1, round(p / 100 * len(s) + 0.5) - 1))  # nearest rank
        return s[k]

    def finish(self) -> Result:
        if self.status == "SKIP":
            return self
        if self.target is None:
            self.status = "INFO"
            return self
        measured = self.pct(95) if self.samples else self.value
        self.status = "PASS" if measured is not None and measured <= self.target else "FAIL"
        return self

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("samples")
        cpu = sorted(d.pop("cpu"))
        if cpu:
            d.update(
                cpu_p50=cpu[len(cpu) // 2], cpu_p95=cpu[min(len(cpu) - 1, int(len(cpu) * 0.95))]
            )
        if self.samples:
            d.update(
                runs=len(self.samples),
                p50=self.pct(50),
                p95=self.pct(95),
                p99=self.pct(99),
                mean=sum(self.samples) / len(self.samples),
                max=max(self.samples),
            )
        return d


def fmt_ms(v: float) -> str:
    return f"{v:.1f} ms" if v < 10 else f"{v:.0f} ms"


def fmt_s(v: float) -> str:
    return f"{v:.1f} s"


def line(r: dict[str, Any]) -> str:
    """One printed line: `expert finder (postgres, 100,000 people)  p50 …  target …  PASS`."""
    label = f"{r['name']} ({r['backend']}, {r['scale']})"
    if r["status"] == "SKIP":
        return f"{label:<58} {'':<36} {'':<22} SKIP  {r['note']}"
    if r.get("runs"):
        figures = f"p50 {fmt_ms(r['p50']):>8}  p95 {fmt_ms(r['p95']):>8}  p99 {fmt_ms(r['p99']):>8}"
        target = "no target" if r["target"] is None else f"target p95 ≤ {r['target']:g} ms"
    else:
        figures = f"{fmt_s(r['value']):>10}"
        target = "no target" if r["target"] is None else f"target ≤ {r['target']:g} s"
    note = r.get("note") or ""
    note = f"  ({note[:140]}…)" if len(note) > 140 else f"  ({note})" if note else ""
    return f"{label:<58} {figures:<36} {target:<22} {r['status']}{note}"


def measure(
    fn: Callable[[], Any], runs: int, warmup: int = WARMUP
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of `runs` calls, after `warmup` untimed ones. CPU time is
    this process's only (PostgreSQL's own work is not in it): on a busy machine it shows how much
    of the wall time was waiting for a core."""
    for _ in range(warmup):
        fn()
    samples, cpu = [], []
    for _ in range(runs):
        c = time.process_time()
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return samples, cpu


# --- Inputs ------------------------------------------------------------------------------------


@dataclass
class World:
    """What the cases draw their inputs from, read back from the bench database."""

    skills: list[tuple[str, str, str, str, str]]  # name_en, da, sv, nb, synonyms
    units: list[tuple[int, str]]  # id, kind
    offices: list[int]
    viewers: list[Any]  # Person objects: active, various roles
    n_people: int

    @classmethod
    def load(cls, rng: random.Random) -> World:
        from samla.people.models import Office, OrgUnit, Person, Skill

        active = list(Person.objects.filter(is_active=True).values_list("pk", flat=True))
        picked = rng.sample(active, k=min(50, len(active)))
        return cls(
            skills=list(
                Skill.objects.values_list("name_en", "name_da", "name_sv", "name_nb", "synonyms")
            ),
            units=list(OrgUnit.objects.values_list("pk", "kind")),
            offices=list(Office.objects.values_list("pk", flat=True)),
            viewers=list(Person.objects.filter(pk__in=picked)),
            n_people=Person.objects.count(),
        )


def skill_query(rng: random.Random, world: World) -> str:
    """What a person types into "who can help with …?": a skill's name in some language, a
    synonym, a topic, or the start of a word, in any case."""
    en, da, sv, nb, synonyms = rng.choice(world.skills)
    roll = rng.random()
    if roll < 0.35:
        text = rng.choice([en, da, sv, nb])
    elif roll < 0.55:
        text = rng.choice([en, da, sv, nb]).split(" – ")[0]  # the topic alone ("Projektledning")
    elif roll < 0.70 and synonyms.strip():
        text = rng.choice([s.strip() for s in synonyms.split(",") if s.strip()])
    elif roll < 0.90:
        words = [w for w in rng.choice([en, da, sv, nb]).replace("–", " ").split() if len(w) >= 4]
        word = rng.choice(words) if words else en
        text = word[: rng.randint(4, max(4, min(9, len(word))))]  # typing has not finished yet
    else:
        text = rng.choice([en, da, sv, nb]).split(" – ")[-1]  # the aspect alone ("fejlfinding")
    return text.lower() if rng.random() < 0.5 else text


# --- Cases ----------------------------------------------------------------------------------------


def case_experts(world: World, backend: str, runs: int, rng: random.Random) -> Result:
    from samla.search.selectors import experts_for

    result = Result("experts", "expert finder", backend, f"{world.n_people:,} people", 50, "ms")
    inputs = [(skill_query(rng, world), rng.choice(world.viewers)) for _ in range(runs + WARMUP)]
    it = iter(inputs)
    found: list[int] = []

    def one() -> None:
        text, viewer = next(it)
        _skills, experts = experts_for(text, viewer=viewer)
        found.append(len(experts))

    result.samples, result.cpu = measure(one, runs)
    result.extra["queries"] = [t for t, _v in inputs[:20]]
    result.extra["mean_experts_returned"] = sum(found) / len(found)
    result.extra["empty_results"] = sum(1 for n in found if n == 0)
    return result.finish()


def directory_params(rng: random.Random, world: World) -> dict[str, str]:
    """A filtered directory URL: one filter or a combination, sometimes the second page."""
    shapes = [
        (("unit",), 18),
        (("skill",), 16),
        (("office",), 10),
        (("language",), 8),
        (("unit", "skill"), 10),
        (("unit", "office"), 8),
        (("office", "language"), 6),
        (("skill", "office"), 8),
        (("skill", "language"), 4),
        (("unit", "language"), 4),
        (("unit", "skill", "office"), 4),
        (("unit", "office", "language"), 2),
        (("unit", "skill", "office", "language"), 2),
    ]
    shape = rng.choices([s for s, _w in shapes], weights=[w for _s, w in shapes])[0]
    params: dict[str, str] = {}
    if "unit" in shape:
        kind = rng.choices(
            ["organisation", "division", "department", "team"], weights=[2, 25, 35, 38]
        )[0]
        params["unit"] = str(rng.choice([pk for pk, k in world.units if k == kind]))
    if "skill" in shape:
        en, da, sv, nb, _syn = rng.choice(world.skills)
        name = rng.choice([en, da, sv, nb])
        params["skill"] = name.split(" – ")[0] if rng.random() < 0.5 else name
    if "office" in shape:
        params["office"] = str(rng.choice(world.offices))
    if "language" in shape:
        params["language"] = rng.choices(["en", "da", "sv", "nb"], weights=[3, 3, 2, 2])[0]
    if rng.random() < 0.25:
        params["page"] = "2"
    return params


def _clients(world: World, n: int = 8) -> list[Any]:
    from django.test import Client

    clients = []
    for viewer in world.viewers[:n]:
        c = Client(raise_request_exception=True)
        c.force_login(viewer)
        clients.append(c)
    return clients


def case_directory(
    world: World,
    backend: str,
    runs: int,
    rng: random.Random,
    *,
    htmx: bool = False,
    unfiltered: bool = False,
) -> Result:
    if unfiltered:
        key, name = "directory_all", "people directory, no filter"
    elif htmx:
        key, name = "directory_htmx", "people directory, filtered, htmx partial"
    else:
        key, name = "directory", "people directory page, filtered"
    result = Result(key, name, backend, f"{world.n_people:,} people", 100, "ms")
    clients = _clients(world)
    headers = {"HX-Request": "true", "HX-Target": "results"} if htmx else {}
    inputs = [
        (
            rng.choice(clients),
            {"page": str(rng.choice([1, 1, 1, 2, 3]))}
            if unfiltered
            else directory_params(rng, world),
        )
        for _ in range(runs + WARMUP)
    ]
    it = iter(inputs)
    by_shape: dict[str, list[float]] = {}
    sizes: list[int] = []

    def one() -> None:
        client, params = next(it)
        t = time.perf_counter()
        response = client.get("/people/", params, headers=headers)
        ms = (time.perf_counter() - t) * 1000
        if response.status_code != 200:
            raise RuntimeError(f"GET /people/ {params} answered {response.status_code}")
        shape = "+".join(sorted(params))
        by_shape.setdefault(shape, []).append(ms)
        sizes.append(len(response.content))

    result.samples, result.cpu = measure(one, runs)
    result.extra["mean_response_bytes"] = round(sum(sizes) / len(sizes))
    for shape, values in sorted(by_shape.items(), key=lambda kv: -len(kv[1])):
        values.sort()
        result.extra.setdefault("by_filter", {})[shape] = {
            "n": len(values),
            "p50": values[len(values) // 2],
            "max": values[-1],
        }
    return result.finish()


def _stories_case(name: str) -> Callable[..., Result]:
    """A case from bench/cases_stories.py (imported on use: it imports this module)."""

    def run(*args: Any, **kwargs: Any) -> Result:
        from bench import cases_stories

        case: Callable[..., Result] = getattr(cases_stories, name)
        return case(*args, **kwargs)

    return run


def _questions_case(name: str) -> Callable[..., Result]:
    """A case from bench/cases_questions.py (imported on use: it imports this module)."""

    def run(*args: Any, **kwargs: Any) -> Result:
        from bench import cases_questions

        case: Callable[..., Result] = getattr(cases_questions, name)
        return case(*args, **kwargs)

    return run


def _circles_case(module: str, name: str) -> Callable[..., Result]:
    """A case from bench/cases_calendar.py or cases_rota.py (imported on use)."""

    def run(*args: Any, **kwargs: Any) -> Result:
        import importlib

        case: Callable[..., Result] = getattr(importlib.import_module(f"bench.{module}"), name)
        return case(*args, **kwargs)

    return run


CASES: dict[str, Callable[..., Result]] = {
    "experts": case_experts,
    "directory": case_directory,
    "directory_htmx": lambda *a, **k: case_directory(*a, htmx=True, **k),
    "directory_all": lambda *a, **k: case_directory(*a, unfiltered=True, **k),
    "stories_feed": _stories_case("case_stories_feed"),
    "stories_feed_page": _stories_case("case_stories_feed_page"),
    "stories_search": _stories_case("case_stories_search"),
    "stories_reindex": _stories_case("case_stories_reindex"),
    "questions_page": _questions_case("case_question_page"),
    "questions_unanswered": _questions_case("case_unanswered"),
    "questions_route": _questions_case("case_route"),
    "circles_calendar_feed": _circles_case("cases_calendar", "case_calendar_feed"),
    "circles_rota": _circles_case("cases_rota", "case_rota"),
}
