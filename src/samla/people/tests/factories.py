from __future__ import annotations

import factory

from samla.people import services
from samla.people.enums import UnitKind
from samla.people.models import Office, OrgUnit, Person, PersonSkill, Skill


class OrgUnitFactory(factory.django.DjangoModelFactory[OrgUnit]):
    class Meta:
        model = OrgUnit

    name = factory.Sequence(lambda n: f"Unit {n}")
    code = factory.Sequence(lambda n: f"U{n:04d}")
    kind = UnitKind.TEAM
    parent = None

    @classmethod
    def _create(cls, model_class: type[OrgUnit], *args: object, **kwargs: object) -> OrgUnit:
        # Units get their materialised path from the service, never directly.
        return services.orgunit_create(**kwargs)  # type: ignore[arg-type]


class OfficeFactory(factory.django.DjangoModelFactory[Office]):
    class Meta:
        model = Office
        django_get_or_create = ("name",)

    name = "Copenhagen"
    city = "København"
    country = "DK"
    time_zone = "Europe/Copenhagen"


class PersonFactory(factory.django.DjangoModelFactory[Person]):
    class Meta:
        model = Person
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    full_name = factory.Faker("name")
    title = "Consultant"
    language = "en"
    password = factory.PostGenerationMethodCall("set_password", "samla-test-pw")

    @factory.post_generation
    def _save(obj: Person, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            obj.save()


class SkillFactory(factory.django.DjangoModelFactory[Skill]):
    class Meta:
        model = Skill

    slug = factory.Sequence(lambda n: f"skill-{n}")
    name_en = factory.Sequence(lambda n: f"Skill {n}")

    @classmethod
    def _create(cls, model_class: type[Skill], *args: object, **kwargs: object) -> Skill:
        return services.skill_create(**kwargs)  # type: ignore[arg-type]


class PersonSkillFactory(factory.django.DjangoModelFactory[PersonSkill]):
    class Meta:
        model = PersonSkill

    person = factory.SubFactory(PersonFactory)
    skill = factory.SubFactory(SkillFactory)
    level = 3
    can_help = True
    wants_to_learn = False
