"""A user name typed at the admin login comes back as text in the lockout listing."""

import pytest

from tests.escaping import assert_escaped
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PAYLOAD = '<script>alert("f")</script>"><img src=x onerror=alert(1)>'


def test_a_user_name_typed_at_the_admin_login_is_escaped_in_the_lockout_listing(client, home):
    for _ in range(2):
        response = client.post("/admin/login/", {"username": PAYLOAD, "password": "väärä"})
        assert_escaped(response)
    client.force_login(UserFactory(is_superuser=True))
    response = client.get("/admin/snippets/axes/accessattempt/")
    assert response.status_code == 200
    assert_escaped(response)
