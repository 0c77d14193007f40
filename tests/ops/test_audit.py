"""`make audit` fails unless pip-audit really audited every pinned package."""

import subprocess
import sys

import pytest

from ops.audit import REPO_DIR, verdict

SKIPPED = {"name": "django", "skip_reason": "Dependency not found on PyPI and could not be audited"}
CLEAN = {"name": "wagtail", "version": "8.0.1", "vulns": []}
VULNERABLE = {
    "name": "django",
    "version": "5.2.0",
    "vulns": [{"id": "PYSEC-2025-1", "fix_versions": ["5.2.1"], "aliases": [], "description": ""}],
}


def test_a_run_that_skipped_everything_fails():
    # What pip-audit reports here, where the vulnerability database cannot be reached; it
    # prints "No known vulnerabilities found" for the same situation without --strict.
    result = verdict({"dependencies": [SKIPPED, {**SKIPPED, "name": "wagtail"}], "fixes": []})
    assert not result.ok
    assert "Audited 0 of 2 packages" in result.summary()
    assert "nothing was audited" in result.summary()


def test_an_empty_or_missing_report_fails():
    assert not verdict({"dependencies": [], "fixes": []}).ok
    assert not verdict(None).ok
    assert not verdict({"unexpected": True}).ok


def test_one_skipped_package_fails_the_run():
    assert not verdict({"dependencies": [CLEAN, SKIPPED]}).ok


def test_a_known_vulnerability_fails_and_names_the_fix():
    result = verdict({"dependencies": [CLEAN, VULNERABLE]})
    assert not result.ok
    assert "django 5.2.0: PYSEC-2025-1 (fixed in 5.2.1)" in result.summary()


def test_every_package_audited_without_findings_passes():
    result = verdict({"dependencies": [CLEAN, {**CLEAN, "name": "django"}]})
    assert result.ok
    assert result.summary().endswith("PASS")


def test_the_real_pip_audit_run_fails_here_unless_it_audited_something():
    completed = subprocess.run(
        [sys.executable, "-m", "ops.audit"], capture_output=True, text=True, cwd=REPO_DIR
    )
    if "Audited 0 of" not in completed.stdout and "not installed" not in completed.stdout:
        pytest.skip("the vulnerability database answered here: nothing to pin")
    assert completed.returncode == 1, completed.stdout
    assert "Audit FAILED" in completed.stdout
