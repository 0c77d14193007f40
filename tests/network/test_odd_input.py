"""Whatever a visitor sends to the network and event pages, the answer is below 500."""

from urllib.parse import quote

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from network.models import SignUp
from tests.network.factories import EventPageFactory

pytestmark = pytest.mark.django_db

odd_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "\x00", "a\x00b", "0", "-1", "9" * 30, "%ff", "\u202e\u200b", "<x>"]),
    st.builds(lambda n: "x" * n, st.integers(min_value=200, max_value=5000)),
)
FUZZ = hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(page=odd_text, suffix=st.one_of(st.just(""), odd_text.filter(bool)))
def test_pages_and_routes_answer_below_500(client, open_network, event_index, page, suffix):
    EventPageFactory(parent=event_index, network=open_network)
    tail = quote(suffix, safe="") + "/" if suffix else ""
    for base in (open_network.url, event_index.url, event_index.url + "arkisto/"):
        response = client.get(base + tail, {"page": page})
        assert response.status_code < 500


@FUZZ
@given(
    fields=st.dictionaries(
        st.sampled_from(["name", "organisation", "email", "region_or_type", "message", "consent"]),
        odd_text,
    )
)
def test_sign_up_posts_answer_below_500_and_save_only_valid_input(client, open_network, fields):
    cache.clear()  # examples share one test function; the rate limit would answer them all
    before = SignUp.objects.count()
    response = client.post(open_network.url, fields)
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        assert SignUp.objects.count() == before
