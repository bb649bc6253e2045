from __future__ import annotations

import factory

from samla.notifications.models import Notification
from samla.people.tests.factories import PersonFactory


class NotificationFactory(factory.django.DjangoModelFactory[Notification]):
    class Meta:
        model = Notification

    recipient = factory.SubFactory(PersonFactory)
    kind = "mentioned"
    params = factory.Sequence(lambda n: {"actor": "Cecilia Colleague", "title": f"Story {n}"})
    url = factory.Sequence(lambda n: f"/stories/{n}/")
