"""`make audit`: pip-audit over the pinned requirements, failing unless it really audited them.

pip-audit reports "No known vulnerabilities found" even when it could not reach its vulnerability
database and skipped every package. This wrapper reads its JSON report instead and fails when a
package has a known vulnerability, when any package was skipped, or when nothing was audited.

    .venv/bin/python -m ops.audit [--vulnerability-service osv] [extra pip-audit arguments]
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
REQUIREMENTS = [REPO_DIR / "requirements.txt", REPO_DIR / "requirements-dev.txt"]


@dataclass
class AuditVerdict:
    audited: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "name: reason"
    vulnerable: list[str] = field(default_factory=list)  # "name version: ID (fixed in ...)"
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and bool(self.audited) and not self.skipped and not self.vulnerable

    def summary(self) -> str:
        lines = []
        if self.error:
            lines.append(f"FAIL: {self.error}")
        for entry in self.vulnerable:
            lines.append(f"VULNERABLE: {entry}")
        for entry in self.skipped[:10]:
            lines.append(f"SKIPPED: {entry}")
        if len(self.skipped) > 10:
            lines.append(f"... and {len(self.skipped) - 10} more skipped")
        total = len(self.audited) + len(self.skipped)
        if not self.error:
            lines.append(f"Audited {len(self.audited)} of {total} packages.")
            if not self.audited:
                lines.append(
                    "FAIL: nothing was audited (is the vulnerability service reachable?); a run "
                    "that audited nothing is not a pass."
                )
            elif self.skipped:
                lines.append("FAIL: some packages could not be audited.")
        lines.append("PASS" if self.ok else "Audit FAILED")
        return "\n".join(lines)


def verdict(report: dict | list | None) -> AuditVerdict:
    """What a pip-audit JSON report (`--format json`) says, counted strictly."""
    result = AuditVerdict()
    if not isinstance(report, dict) or not isinstance(report.get("dependencies"), list):
        result.error = "pip-audit gave no JSON report"
        return result
    for dependency in report["dependencies"]:
        name = dependency.get("name", "?")
        if dependency.get("skip_reason"):
            result.skipped.append(f"{name}: {dependency['skip_reason']}")
            continue
        result.audited.append(name)
        for vuln in dependency.get("vulns") or []:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fix yet"
            result.vulnerable.append(
                f"{name} {dependency.get('version', '')}: {vuln.get('id', '?')} (fixed in {fixed})"
            )
    return result


def run(extra_args: list[str] | None = None) -> tuple[AuditVerdict, int]:
    """Run pip-audit for real; the verdict and pip-audit's own exit code."""
    pip_audit = shutil.which("pip-audit", path=str(Path(sys.executable).parent)) or shutil.which(
        "pip-audit"
    )
    if pip_audit is None:
        return AuditVerdict(error="pip-audit is not installed (make setup-dev)"), 127
    command = [pip_audit, "--format", "json", "--progress-spinner", "off"]
    for requirements in REQUIREMENTS:
        command += ["-r", str(requirements)]
    completed = subprocess.run(
        command + list(extra_args or []), capture_output=True, text=True, cwd=REPO_DIR
    )
    try:
        report = json.loads(completed.stdout)
    except json.JSONDecodeError:
        last = (completed.stderr.strip().splitlines() or ["no output"])[-1]
        return AuditVerdict(error=f"pip-audit exited {completed.returncode}: {last}"), (
            completed.returncode
        )
    return verdict(report), completed.returncode


def main(argv: list[str] | None = None) -> int:
    result, _code = run(sys.argv[1:] if argv is None else argv)
    print(result.summary())
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
