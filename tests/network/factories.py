"""Factories for networks, events and sign-ups, built on tests.factories.PageFactory."""

import datetime
import itertools

import factory
from django.utils import timezone

from network.models import EventIndexPage, EventPage, NetworkIndexPage, NetworkPage, SignUp
from tests.factories import (  # noqa: F401 - re-exported for the network tests
    ContactCardFactory,
    OrganisationFactory,
    PageFactory,
    RegionFactory,
)

_days = itertools.count(1)


def helsinki(*args) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(*args))


class NetworkIndexPageFactory(PageFactory):
    class Meta:
        model = NetworkIndexPage

    title = "Verkostot"
    slug = "verkostot"


class NetworkPageFactory(PageFactory):
    class Meta:
        model = NetworkPage

    title = factory.Sequence(lambda n: f"Osallisuusverkosto {n}")
    slug = factory.Sequence(lambda n: f"verkosto-{n}")
    purpose = "<p>Verkosto edistää asukkaiden osallisuutta.</p>"
    status = NetworkPage.Status.ACTIVE


class EventIndexPageFactory(PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Tapahtumat"
    slug = "tapahtumat"


class EventPageFactory(PageFactory):
    """An online event a few days from now unless told otherwise."""

    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Tapahtuma {n}")
    slug = factory.Sequence(lambda n: f"tapahtuma-{n}")
    start = factory.LazyFunction(
        lambda: timezone.now().replace(microsecond=0) + datetime.timedelta(days=next(_days))
    )
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    attendance_mode = EventPage.AttendanceMode.ONLINE
    online_url = "https://webinaari.example/tapahtuma"
    description = "<p>Webinaarissa kuullaan esimerkkejä osallisuudesta.</p>"


class SignUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SignUp

    name = factory.Sequence(lambda n: f"Ilmoittautuja {n}")
    organisation = factory.Sequence(lambda n: f"Kyläyhdistys {n} ry")
    email = factory.Sequence(lambda n: f"ilmoittautuja{n}@yhdistys.example")
    region_or_type = "type:ngo"
    consent_at = factory.LazyFunction(timezone.now)
