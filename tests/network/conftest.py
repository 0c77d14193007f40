import datetime

import pytest
from django.utils import timezone

from tests.network.factories import (
    ContactCardFactory,
    EventIndexPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
)


@pytest.fixture
def network_index(home):
    return NetworkIndexPageFactory(parent=home, show_in_menus=True)


@pytest.fixture
def event_index(home):
    return EventIndexPageFactory(parent=home, show_in_menus=True)


@pytest.fixture
def coordinator(db):
    return ContactCardFactory(name="Koordinaattori Testinen", email="koordinaattori@lappi.example")


@pytest.fixture
def open_network(network_index, coordinator):
    """A network whose sign-up is open for another month."""
    return NetworkPageFactory(
        parent=network_index,
        title="Avoin verkosto",
        slug="avoin-verkosto",
        coordinator=coordinator,
        signup_open=True,
        signup_deadline=timezone.localdate() + datetime.timedelta(days=30),
    )


@pytest.fixture
def closed_network(network_index, coordinator):
    """A network whose sign-up deadline (like Lapland's 31.12.2021) has passed."""
    return NetworkPageFactory(
        parent=network_index,
        title="Suljettu verkosto",
        slug="suljettu-verkosto",
        coordinator=coordinator,
        signup_open=True,
        signup_deadline=datetime.date(2021, 12, 31),
    )
