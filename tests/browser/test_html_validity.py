"""The Nu HTML Checker (npm vnu-jar, run with Java) finds no errors on any public page type,
in Finnish, Swedish and English: the pages axe checks, as the server sends them."""

import json
import shutil
import subprocess

import pytest

from tests.browser.conftest import PROJECT_DIR, in_ci
from tests.browser.test_accessibility import PAGES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

VNU_JAR = PROJECT_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = shutil.which("java")
LANGUAGE_PREFIXES = ["", "/sv", "/en"]


def _require_checker() -> None:
    missing = []
    if not VNU_JAR.is_file():
        missing.append(f"{VNU_JAR.relative_to(PROJECT_DIR)} (run `npm ci`)")
    if JAVA is None:
        missing.append("java (`sudo apt-get install default-jre-headless`)")
    if missing:
        message = "Nu HTML checker not installed: " + ", ".join(missing)
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


def html_of(page, spec, content, prefix: str) -> str:
    """The HTML the server sent for the page (after the visitor's action, if it has one)."""
    url = prefix + spec.url(content)
    response = page.goto(url)
    assert response.status == spec.status, url
    if spec.then is None:
        return response.text()
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        spec.then(page)
    return posted.value.text()


def validate(files: list) -> list[str]:
    result = subprocess.run(
        [JAVA, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    return [
        f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m.get('message')} "
        f"[{m.get('extract', '').strip()[:120]}]"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]


def test_every_public_page_type_is_valid_html_in_every_language(
    demo_site, demo_network, page, tmp_path
):
    _require_checker()
    files = []
    for prefix in LANGUAGE_PREFIXES:
        for name, spec in PAGES.items():
            content = demo_network if spec.network else demo_site
            path = tmp_path / f"{prefix.strip('/') or 'fi'}-{name}.html"
            path.write_text(html_of(page, spec, content, prefix), encoding="utf-8")
            files.append(path)
    for path in ("/sivukartta/", "/tapahtumat/arkisto/", "/sv/sivukartta/"):
        target = tmp_path / (path.strip("/").replace("/", "-") + ".html")
        target.write_text(page.goto(path).text(), encoding="utf-8")
        files.append(target)
    errors = validate(files)
    assert errors == [], "\n".join(errors)


def test_the_checker_reports_what_it_finds(tmp_path):
    # Guards the harness: a clean result must mean the checker ran and read the files.
    _require_checker()
    broken = tmp_path / "broken.html"
    broken.write_text(
        '<!DOCTYPE html><html lang="fi"><head><title>x</title></head>'
        "<body><p><div>lohko kappaleessa</div></p><img src=x.png></body></html>",
        encoding="utf-8",
    )
    errors = validate([broken])
    assert any("alt" in error for error in errors), errors
