"""OPENSEARCH_URL switches Wagtail search to OpenSearch; without it the database backend stays.

The settings are imported in a fresh interpreter so that the environment is read as at start
up. The OpenSearch client library (opensearch-py) is not installed here, so these tests check
the configuration, not a connection.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parents[2]
PRINT_BACKENDS = (
    "import json, os; os.environ.setdefault('SECRET_KEY', 'x' * 60);"
    "from osallisuus.settings import base;"
    "print(json.dumps(base.WAGTAILSEARCH_BACKENDS))"
)


def backends_with(env: dict[str, str]) -> dict:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("OPENSEARCH_")}
    result = subprocess.run(
        [sys.executable, "-c", PRINT_BACKENDS],
        cwd=REPO_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_database_backend_with_finnish_stemming_when_opensearch_url_is_unset():
    # Wagtail's database backend, with saves that do not rescan the index (sitewide).
    default = backends_with({})["default"]
    assert default["BACKEND"] == "sitewide.search_backend"
    assert default["SEARCH_CONFIG"] == "finnish"


def test_opensearch_url_selects_the_opensearch3_backend_with_those_urls():
    default = backends_with(
        {"OPENSEARCH_URL": "https://search-1.internal:9200, https://search-2.internal:9200"}
    )["default"]
    assert default["BACKEND"] == "wagtail.search.backends.opensearch3"
    assert default["URLS"] == ["https://search-1.internal:9200", "https://search-2.internal:9200"]
    assert default["INDEX_PREFIX"] == "osallisuus_"
    assert default["TIMEOUT"] == 5


def test_opensearch_version_2_and_own_prefix_are_honoured():
    default = backends_with(
        {
            "OPENSEARCH_URL": "http://127.0.0.1:9200",
            "OPENSEARCH_VERSION": "2.19",
            "OPENSEARCH_INDEX_PREFIX": "staging_",
        }
    )["default"]
    assert default["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert default["INDEX_PREFIX"] == "staging_"


def test_the_configured_backend_modules_exist_in_this_wagtail():
    # A typo in the module name would only show once a client library is installed.
    import importlib.util

    for module in ("wagtail.search.backends.opensearch2", "wagtail.search.backends.opensearch3"):
        assert importlib.util.find_spec(module) is not None
