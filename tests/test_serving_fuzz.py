"""Bad input and security on a real `bentoml serve`: schemathesis over /docs.json, an auth sweep, keys and texts in logs."""

from __future__ import annotations

import hmac
from pathlib import Path

import httpx
import pytest
import schemathesis
from schemathesis import GenerationMode
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

import serving.auth as auth_module
from serving.auth import KeyRing, create_key
from tests.serving_support import ORG_POSITIVES, Server, prepare_store, server_env

VERSION = "lexical-fuzz-a"
ROLES = ("scan", "moderator", "admin")
WRONG_KEY = "ow_" + "x" * 43
FUZZ_EXAMPLES = 25  # per operation; bounded so that the whole module stays near a minute on 2 cores


class Served:
    """One served tiny store with a key per role."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        home = tmp / "bentoml"
        prepare_store(tmp, home, [VERSION], VERSION)
        self.env = server_env(tmp, home)
        keys_file = Path(self.env["ORGWATCH_KEYS_FILE"])
        self.keys = {role: create_key(keys_file, role, f"fuzz {role}")[0] for role in ROLES}
        self.server = Server(self.env).start()

    def log(self) -> str:
        return "".join(path.read_text(errors="replace") for path in self.tmp.glob("server-*.log"))


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    served = Served(tmp_path_factory.mktemp("fuzz"))
    try:
        yield served
    finally:
        served.server.stop()


CHECKS = [not_a_server_error, content_type_conformance, response_schema_conformance]


def test_fuzzed_requests_get_no_server_error_and_answers_match_the_schema(served):
    schema = schemathesis.openapi.from_url(served.server.url + "/docs.json")
    headers = {"Authorization": f"Bearer {served.keys['admin']}"}
    failures, tried = {}, {}
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            calls = []

            @settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True, database=None,
                      suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy(generation_mode=mode))
            def fuzz(case):
                calls.append(1)
                case.call_and_validate(headers=headers, checks=CHECKS, timeout=60)

            try:
                fuzz()
            except Unsatisfiable:  # nothing to send wrong to an operation without parameters or body
                pass
            except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - gather every operation's failures
                failures[f"{operation.label} {mode.value}"] = f"{type(exc).__name__}: {str(exc)[:1500]}"
            tried[f"{operation.label} {mode.value}"] = len(calls)
    assert all(f"{label} positive" in tried for label in ("POST /classify", "POST /feedback", "POST /admin/reload"))
    assert not failures, failures


ENDPOINTS = [
    ("POST", "/classify", {"items": [{"text": ORG_POSITIVES[0]}]}),
    ("GET", "/model", None),
    ("POST", "/feedback", {"text": ORG_POSITIVES[1], "labels": ["illegal_org"], "verdict": "confirm", "moderator": "m"}),
    ("POST", "/admin/reload", {}),
    ("POST", "/internal/classify_batch", {"jobs": [{"item": {"text": "x"}, "explain": True}]}),
    ("GET", "/ui", None),
    ("GET", "/healthz", None),
    ("GET", "/readyz", None),
    ("GET", "/metrics", None),
    ("GET", "/docs.json", None),
]
LEAST_ROLE = {"/classify": "scan", "/model": "scan", "/feedback": "moderator", "/admin/reload": "admin"}


def _expected(path: str, who: str) -> int:
    if path.startswith("/internal/"):
        return 404  # never reachable from outside, whatever the key
    needed = LEAST_ROLE.get(path)
    if needed is None:
        return 200
    if who in ("none", "wrong"):
        return 401
    return 200 if ROLES.index(who) >= ROLES.index(needed) else 403


def test_every_endpoint_without_a_key_with_a_wrong_key_and_with_each_role(served):
    seen = {}
    with httpx.Client(base_url=served.server.url, timeout=60) as client:
        for method, path, body in ENDPOINTS:
            for who in ("none", "wrong") + ROLES:
                key = {"none": None, "wrong": WRONG_KEY}.get(who, served.keys.get(who))
                headers = {"Authorization": f"Bearer {key}"} if key else {}
                answer = client.request(method, path, json=body, headers=headers)
                seen[(path, who)] = answer.status_code
                if answer.status_code in (401, 403):
                    assert set(answer.json()) >= {"error", "field"}
    assert seen == {(path, who): _expected(path, who) for _, path, _ in ENDPOINTS
                    for who in ("none", "wrong") + ROLES}


def test_no_key_and_no_text_reaches_the_log(served):
    with httpx.Client(base_url=served.server.url, timeout=60) as client:
        client.post("/classify", json={"items": [{"text": ORG_POSITIVES[2]}]},
                    headers={"Authorization": f"Bearer {served.keys['scan']}"})
        client.post("/classify", json={"items": [{"text": ORG_POSITIVES[3]}], "explain": "not a bool"},
                    headers={"Authorization": f"Bearer {served.keys['scan']}"})
        client.post("/classify", json={"items": [{"text": ORG_POSITIVES[4]}]},
                    headers={"Authorization": f"Bearer {WRONG_KEY}"})
    log = served.log()
    assert "POST /classify" in log or "/classify" in log  # the access log is there, only without contents
    for text in ORG_POSITIVES[2:5]:
        assert text not in log
    for key in list(served.keys.values()) + [WRONG_KEY]:
        assert key not in log


def test_keys_are_compared_in_constant_time_against_every_entry(tmp_path, monkeypatch):
    keys_file = tmp_path / "keys.json"
    keys = [create_key(keys_file, role)[0] for role in ROLES]
    ring = KeyRing(keys_file)
    calls = []
    compare = hmac.compare_digest

    def counting_compare(a, b):
        calls.append(1)
        return compare(a, b)

    monkeypatch.setattr(auth_module.hmac, "compare_digest", counting_compare)
    for presented in keys + [WRONG_KEY]:
        calls.clear()
        found = ring.lookup(presented)
        assert len(calls) == len(keys)  # no early exit: a match at the first entry costs what a miss costs
        assert (found is not None) == (presented != WRONG_KEY)


@pytest.mark.parametrize("ref", ["../../etc", "/etc/passwd", "..", "orgwatch:../x", "orgwatch:../../../etc", "a/b",
                                 f"{VERSION}/../../..", "..\\..\\x", "~root", "%2e%2e%2fetc", "file:///etc/passwd"])
def test_model_references_from_users_cannot_leave_the_model_store(served, ref):
    admin = {"Authorization": f"Bearer {served.keys['admin']}"}
    answer = httpx.post(served.server.url + "/admin/reload", json={"model": ref}, headers=admin, timeout=60)
    assert answer.status_code == 404, answer.text
    assert answer.json()["serving"] == VERSION
    assert httpx.get(served.server.url + "/model", headers=admin, timeout=60).json()["version"] == VERSION
