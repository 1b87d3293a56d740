"""serving/bentofile.yaml: pinned like pyproject.toml, builds offline with the production model, serves from a Bento."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import httpx
import pytest
import yaml

from tests.serving_support import REPO, Server, prepare_store, server_env

BENTOFILE = REPO / "serving" / "bentofile.yaml"


def _bentoml(home: Path, *args: str) -> str:
    env = dict(os.environ, BENTOML_HOME=str(home), BENTOML_DO_NOT_TRACK="true")
    done = subprocess.run([sys.executable, "-m", "bentoml", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


def test_bentofile_pins_the_same_packages_as_pyproject():
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    bentofile = yaml.safe_load(BENTOFILE.read_text(encoding="utf-8"))
    assert bentofile["python"]["packages"] == pyproject["project"]["dependencies"]
    assert bentofile["python"]["lock_packages"] is False  # nothing resolved over the network at build time
    assert bentofile["service"] == "serving.service:OrgWatch"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bento")
    home = tmp / "bentoml"
    prepare_store(tmp, home, ["lexical-bento-a", "lexical-bento-b"], "lexical-bento-a")
    _bentoml(home, "build", "-f", str(BENTOFILE.relative_to(REPO)), ".")
    folder = (home / "bentos" / "orgwatch" / "latest").read_text().strip()
    return tmp, home, home / "bentos" / "orgwatch" / folder


def test_build_packages_code_lexicons_and_the_production_model(built):
    _, _, bento = built
    info = yaml.safe_load((bento / "bento.yaml").read_text(encoding="utf-8"))
    assert [m["tag"] for m in info["services"][0]["models"]] == ["orgwatch:lexical-bento-a"]
    src = bento / "src"
    for needed in ("serving/service.py", "serving/ui/index.html", "orgwatch/results.py", "orgwatch/scoring.py"):
        assert (src / needed).is_file(), needed
    assert list((src / "data" / "lexicons").glob("*.csv"))
    assert not (src / "tests").exists() and not (src / "models").exists() and not (src / ".venv").exists()


@pytest.mark.slow
def test_the_exported_bento_serves_its_packaged_model_without_the_store(built):
    tmp, home, _ = built
    archive = tmp / "orgwatch.bento"
    _bentoml(home, "export", "orgwatch:latest", str(archive))
    fresh = tmp / "fresh-home"  # like a container: the Bento and its model, no production alias
    _bentoml(fresh, "import", str(archive))
    env = server_env(tmp, fresh)
    server = Server(env)
    command = [sys.executable, "-m", "bentoml", "serve", "orgwatch:latest", "--host", "127.0.0.1", "--port", str(server.port)]
    log = (tmp / "bento-serve.log").open("wb")
    server.process = subprocess.Popen(command, cwd=tmp, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    server.log_path = tmp / "bento-serve.log"
    try:
        server.wait_ready()
        assert httpx.get(server.url + "/model").json()["version"] == "lexical-bento-a"
        answer = httpx.post(server.url + "/classify", json={"items": [{"text": "中华名人协会吸收会员，收费授牌"}]}, timeout=60)
        assert answer.status_code == 200 and answer.json()[0]["model_version"] == "lexical-bento-a"
    finally:
        server.stop()
