"""The drills' Varnish runs the repository's VCL with a backends.vcl of the drill's app servers."""

import re
import shutil

import pytest

from ops.stack import (
    BACKENDS_INCLUDE,
    PRODUCTION_BACKEND,
    REPO_BACKENDS_VCL,
    REPO_VCL,
    StackError,
    backends_vcl,
    compile_vcl,
    make_workdir,
    write_vcl,
)

needs_varnishd = pytest.mark.skipif(not shutil.which("varnishd"), reason="varnishd is missing")


@pytest.fixture
def workdir():
    # varnishd compiles as its own user: the files must be readable outside pytest's 0700 tmp.
    path = make_workdir("osallisuus-vcl-test-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


def ports_of(vcl: str) -> list[str]:
    return re.findall(r'\.port\s*=\s*"(\d+)"', vcl)


def test_the_repository_vcl_takes_its_backends_from_the_file_beside_it():
    text = REPO_VCL.read_text()
    assert BACKENDS_INCLUDE in text
    assert not re.search(r"^\s*backend\s+\w+\s*\{", text, re.MULTILINE)


def test_the_repository_backends_file_is_what_the_stack_writes_for_production():
    assert REPO_BACKENDS_VCL.read_text() == backends_vcl([PRODUCTION_BACKEND])


def test_one_app_server_gets_one_backend_on_its_port(workdir):
    vcl_path = write_vcl(workdir, [45678])
    assert vcl_path.read_text() == REPO_VCL.read_text()
    backends = (workdir / "backends.vcl").read_text()
    assert ports_of(backends) == ["45678"]
    assert re.findall(r"add_backend\((\w+)\)", backends) == ["app_1"]


def test_several_app_servers_each_join_the_round_robin_director(workdir):
    write_vcl(workdir, [45678, 45679, 45680])
    backends = (workdir / "backends.vcl").read_text()
    assert ports_of(backends) == ["45678", "45679", "45680"]
    assert re.findall(r'\.host\s*=\s*"([^"]+)"', backends) == ["127.0.0.1"] * 3
    assert re.findall(r"add_backend\((\w+)\)", backends) == ["app_1", "app_2", "app_3"]
    assert backends.count("new app_servers = directors.round_robin()") == 1


def test_no_app_server_is_refused():
    with pytest.raises(StackError):
        backends_vcl([])


def test_a_vcl_without_the_include_is_refused_rather_than_run_with_other_backends(workdir):
    other = workdir / "other.vcl"
    other.write_text(REPO_VCL.read_text().replace(BACKENDS_INCLUDE, ""))
    with pytest.raises(StackError, match="backends.vcl"):
        write_vcl(workdir, [45678], other)


def test_a_missing_vcl_file_is_an_error_not_another_policy(workdir):
    with pytest.raises(FileNotFoundError):
        write_vcl(workdir, [45678], workdir / "missing.vcl")


@needs_varnishd
def test_the_repository_vcl_compiles_as_deployed():
    result = compile_vcl(REPO_VCL)
    assert result.returncode == 0, result.stderr[-2000:]


@needs_varnishd
@pytest.mark.parametrize("ports", [[45678], [45678, 45679, 45680]])
def test_the_stacks_vcl_compiles(workdir, ports):
    result = compile_vcl(write_vcl(workdir, ports))
    assert result.returncode == 0, result.stderr[-2000:]
