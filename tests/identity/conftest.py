import pytest

from tests.sitewide.test_frontcache import purge_receiver  # noqa: F401 - a shared fixture


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
