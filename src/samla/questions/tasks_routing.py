"""Background task of routing (q-routing): tell the helpers a named question was routed to.
Enqueued on commit by services_routing.route_question; `samla worker` runs it. The periodic
`widen_question_routing` delivers whatever is still pending (anonymous questions always wait for
it, so no notification is created at the exact time one was asked)."""

from __future__ import annotations

import logging

from django_tasks import task

from samla.questions import services_routing

logger = logging.getLogger(__name__)


@task()
def deliver_routing_notices(question_id: int) -> int:
    """Notify the helpers of one question who have not heard of it yet. Returns how many."""
    delivered = services_routing.routing_notices_deliver(question_id=question_id)
    logger.info("routing notices for question %s: %s delivered", question_id, delivered)
    return delivered
