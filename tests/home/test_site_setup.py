"""`setup_site` (run by `make run`) records the address the site really runs on."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def test_the_default_site_follows_the_port_make_run_was_given():
    call_command("setup_site", hostname="127.0.0.1", port=8201, stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8201"

    call_command("setup_site", hostname="127.0.0.1", port=8000, stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"
    assert Site.objects.count() == 1
