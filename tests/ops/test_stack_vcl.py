"""The drills' Varnish runs the repository's VCL, pointed at the drill's own app servers."""

import re
import shutil
import subprocess

import pytest

from ops.stack import FALLBACK_VCL, REPO_VCL, make_workdir, vcl_for_backends

needs_varnishd = pytest.mark.skipif(not shutil.which("varnishd"), reason="varnishd is missing")


def repo_vcl() -> str:
    return REPO_VCL.read_text() if REPO_VCL.exists() else FALLBACK_VCL


def compiles(vcl: str) -> subprocess.CompletedProcess:
    # varnishd compiles as its own user: the file must be readable outside pytest's 0700 tmp.
    workdir = make_workdir("osallisuus-vcl-test-")
    try:
        path = workdir / "test.vcl"
        path.write_text(vcl)
        path.chmod(0o644)
        return subprocess.run(
            ["varnishd", "-C", "-f", str(path), "-n", str(workdir / "instance")],
            capture_output=True,
            text=True,
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def test_one_app_server_keeps_the_backend_but_moves_its_port():
    vcl = vcl_for_backends(repo_vcl(), [45678])
    ports = re.findall(r'\.port\s*=\s*"(\d+)"', vcl)
    assert ports == ["45678"]
    assert "drills_rr" not in vcl


def test_several_app_servers_get_a_round_robin_director():
    vcl = vcl_for_backends(repo_vcl(), [45678, 45679])
    assert re.findall(r'\.port\s*=\s*"(\d+)"', vcl) == ["45678", "45679"]
    assert "directors.round_robin()" in vcl
    routing = vcl.split("# ROUTING BEGIN")[1].split("# ROUTING END")[0]
    assert "drills_rr.backend()" in routing


@needs_varnishd
@pytest.mark.parametrize("ports", [[45678], [45678, 45679, 45680]])
def test_rewritten_vcl_compiles(ports):
    result = compiles(vcl_for_backends(repo_vcl(), ports))
    assert result.returncode == 0, result.stderr[-2000:]
