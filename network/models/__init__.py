"""Participation networks, their meetings and members, events, and sign-ups to join a network.

One module per concept; everything is re-exported here, so `network.models` stays the one
import path (migrations and other apps use it).
"""

from .common import RICH_TEXT_FEATURES, route_url, sorted_keywords
from .events import (
    EVENTS_PER_ARCHIVE_PAGE,
    EventIndexPage,
    EventPage,
    EventPageKeyword,
    EventPageManager,
    EventPageQuerySet,
)
from .networks import (
    LATEST_NEWS_ON_NETWORK_PAGE,
    UPCOMING_EVENTS_ON_NETWORK_PAGE,
    NetworkIndexPage,
    NetworkMeeting,
    NetworkMember,
    NetworkPage,
    NetworkPageKeyword,
    NetworkPageManager,
    NetworkPageQuerySet,
    ParticipationWay,
)
from .signups import SignUp

__all__ = [
    "EVENTS_PER_ARCHIVE_PAGE",
    "LATEST_NEWS_ON_NETWORK_PAGE",
    "RICH_TEXT_FEATURES",
    "UPCOMING_EVENTS_ON_NETWORK_PAGE",
    "EventIndexPage",
    "EventPage",
    "EventPageKeyword",
    "EventPageManager",
    "EventPageQuerySet",
    "NetworkIndexPage",
    "NetworkMeeting",
    "NetworkMember",
    "NetworkPage",
    "NetworkPageKeyword",
    "NetworkPageManager",
    "NetworkPageQuerySet",
    "ParticipationWay",
    "SignUp",
    "route_url",
    "sorted_keywords",
]
