"""The rota of many circles at once: the same result as one circle at a time and a constant
number of queries per chunk. (The issue's benchmark, 10,000 circles recomputed in at most 10
seconds, is `bench --only circles_rota`.)"""

from __future__ import annotations

import pytest
from bench.cases_rota import bulk_world

from samla.circles.models import Circle, Occurrence
from samla.circles.services.rota import rota_refresh, rota_refresh_all
from samla.people.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db


def test_refresh_all_equals_one_by_one(django_assert_max_num_queries) -> None:
    people = [PersonFactory() for _ in range(12)]
    ids = bulk_world(20, people)
    with django_assert_max_num_queries(12):  # 5 reads + bulk updates, for all 20 circles
        changed = rota_refresh_all(circle_ids=ids)
    assert changed == 20 * 12
    together = dict(Occurrence.objects.values_list("pk", "presenter_id"))
    Occurrence.objects.update(presenter=None, presenter_last=None)
    for circle in Circle.objects.all():
        rota_refresh(circle=circle)
    assert dict(Occurrence.objects.values_list("pk", "presenter_id")) == together
    assert rota_refresh_all(circle_ids=ids) == 0  # idempotent
