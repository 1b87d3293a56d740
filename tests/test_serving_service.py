"""The BentoML service end to end on a real `bentoml serve`: results, input errors, roles, feedback, reload, metrics."""

from __future__ import annotations

import concurrent.futures
import json
import signal
import time
from pathlib import Path

import httpx
import pytest

from orgwatch.scoring import load_classifier
from serving.auth import create_key
from tests.serving_support import NEGATIVES, ORG_POSITIVES, Server, prepare_store, server_env, store_command

VERSION_A, VERSION_B, VERSION_BROKEN = "lexical-test-a", "lexical-test-b", "lexical-test-broken"
ITEMS = [
    {"id": "org", "text": ORG_POSITIVES[0]},
    {"id": "neg", "text": NEGATIVES[1], "source_type": "web", "url": "https://example.org/n"},
    {"html": "<html><body><h1>公告</h1><p>爱心扶贫捐款请扫码转账到个人账户，捐赠一千元返利两千</p></body></html>"},
    {"id": "emoji", "text": "😀😀 中华名人协会吸收会员，理事单位收费五万 😀"},
]


class Stack:
    """One served store with three keys; tests may restart the server."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.home = tmp / "bentoml"
        self.bundles = prepare_store(tmp, self.home, [VERSION_A, VERSION_B, VERSION_BROKEN], VERSION_A)
        self.env = server_env(tmp, self.home, ORGWATCH_ADAPTIVE_BATCHING="on")  # the batched path is tested too
        keys_file = Path(self.env["ORGWATCH_KEYS_FILE"])
        self.keys = {role: create_key(keys_file, role, f"test {role}")[0] for role in ("scan", "moderator", "admin")}
        self.server = Server(self.env).start()

    @property
    def url(self) -> str:
        return self.server.url

    def auth(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[role]}"}

    def post(self, path: str, role: str | None = "admin", **kwargs) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}), **(self.auth(role) if role else {}))
        return httpx.post(self.url + path, headers=headers, timeout=60, **kwargs)

    def restart(self, sig: int) -> None:
        self.server.stop(sig)
        self.server = Server(self.env, port=self.server.port).start()


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    stack = Stack(tmp_path_factory.mktemp("serving"))
    try:
        yield stack
    finally:
        stack.server.stop()


def test_results_equal_offline_scoring_of_the_same_bundle(stack):
    from orgwatch.results import classify_items

    answer = stack.post("/classify", role="scan", json={"items": ITEMS})
    assert answer.status_code == 200, answer.text
    offline = classify_items(load_classifier(stack.bundles[VERSION_A]), ITEMS, explain=True)
    assert answer.json() == json.loads(json.dumps(offline))
    assert [r["id"] for r in answer.json()][:2] == ["org", "neg"]
    assert answer.json()[0]["suggestion"] in ("review", "block")


def test_explain_false_is_honoured_per_request(stack):
    from orgwatch.results import classify_items

    answer = stack.post("/classify", role="scan", json={"items": ITEMS[:1], "explain": False})
    assert answer.status_code == 200, answer.text
    offline = classify_items(load_classifier(stack.bundles[VERSION_A]), ITEMS[:1], explain=False)
    assert answer.json() == json.loads(json.dumps(offline))


LONG = "今天天气很好，我们去公园散步，晚上吃了火锅。" * 12_000  # 264,000 characters, over the 200,000 limit


def test_an_over_long_item_is_cut_and_marked_truncated(stack):
    answer = stack.post("/classify", role="scan", json={"items": [{"text": LONG}]})
    assert answer.status_code == 200, answer.text
    assert answer.json()[0]["truncated"] is True


@pytest.mark.parametrize(
    "body, field",
    [
        (b"", "body"),
        (b"{not json", "body"),
        (b"[1, 2]", "body"),
        (b'{"items": "text"}', "items"),
        (b'{"items": []}', "items"),
        (b'{"items": [{"text": "ok"}, "just a string"]}', "items[1]"),
        (b'{"items": [{"text": "ok"}, {"text": 5}]}', "items[1].text"),
        (b'{"items": [{"text": "ok"}, {"id": "x"}]}', "items[1].text/html"),
        (b'{"items": [{"text": "a", "html": "<p>b</p>"}]}', "items[0].text/html"),
        (b'{"items": [{"text": "   "}]}', "items[0].text"),
        (b'{"items": [{"text": "a", "source_type": "tv"}]}', "items[0].source_type"),
        (b'{"items": [{"text": "a", "colour": "red"}]}', "items[0].colour"),
        (b'{"items": [{"text": "a"}], "explain": "yes"}', "explain"),
        (json.dumps({"items": [{"text": "a"}] * 257}).encode(), "items"),
    ],
)
def test_bad_classify_input_gets_400_naming_item_and_field(stack, body, field):
    answer = stack.post("/classify", role="scan", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400, answer.text
    error = answer.json()
    assert error["field"] == field
    assert error["error"].startswith(field + ":")


def test_a_body_over_the_limit_gets_413(stack):
    answer = stack.post("/classify", role="scan", content=b"x" * (20 * 1024 * 1024 + 1))
    assert answer.status_code == 413
    assert "body" in answer.json()["error"]


def test_curl_style_form_content_type_is_read_as_json(stack):
    answer = stack.post("/classify", role="scan", content=json.dumps({"items": ITEMS[:1]}).encode(),
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 200, answer.text


@pytest.mark.parametrize(
    "path, role, body, status",
    [
        ("/classify", None, {"items": ITEMS[:1]}, 401),
        ("/classify", "scan", {"items": ITEMS[:1]}, 200),
        ("/feedback", None, {}, 401),
        ("/feedback", "scan", {}, 403),
        ("/admin/reload", "moderator", {}, 403),
        ("/admin/reload", "scan", {}, 403),
    ],
)
def test_roles(stack, path, role, body, status):
    assert stack.post(path, role=role, json=body).status_code == status


def test_wrong_key_and_wrong_scheme_get_401(stack):
    assert stack.post("/classify", role=None, json={"items": ITEMS[:1]},
                      headers={"Authorization": "Bearer ow_not-a-real-key"}).status_code == 401
    basic = {"Authorization": "Basic " + stack.keys["admin"]}
    assert stack.post("/classify", role=None, json={"items": ITEMS[:1]}, headers=basic).status_code == 401


def test_a_new_key_works_without_restart(stack):
    key, _ = create_key(Path(stack.env["ORGWATCH_KEYS_FILE"]), "scan", "late")
    deadline = time.monotonic() + 10
    while True:
        answer = httpx.post(stack.url + "/classify", json={"items": ITEMS[:1]}, headers={"Authorization": f"Bearer {key}"})
        if answer.status_code == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert answer.status_code == 200


def test_internal_batch_route_is_not_reachable_from_outside(stack):
    answer = stack.post("/internal/classify_batch", json={"jobs": [{"item": {"text": "x"}, "explain": True}]})
    assert answer.status_code == 404


def test_model_info_and_open_probes(stack):
    info = httpx.get(stack.url + "/model", headers=stack.auth("scan")).json()
    assert info["version"] == VERSION_A and info["tier"] == "lexical"
    assert set(info["thresholds"]) == {"illegal_org", "charity_fraud"}
    assert httpx.get(stack.url + "/model").status_code == 401
    for path in ("/healthz", "/readyz", "/metrics", "/ui", "/docs.json"):
        assert httpx.get(stack.url + path).status_code == 200, path
    documented = httpx.get(stack.url + "/docs.json").json()["paths"]
    assert "/classify" in documented and "/feedback" in documented
    assert not [path for path in documented if path.startswith("/internal/")]


def test_metrics_count_flags_per_label(stack):
    stack.post("/classify", role="scan", json={"items": [{"text": ORG_POSITIVES[1]}]})
    metrics = httpx.get(stack.url + "/metrics").text
    assert 'orgwatch_flags_total{label="illegal_org"' in metrics
    assert "orgwatch_items_classified_total" in metrics
    assert 'orgwatch_classify_requests_total{path="direct"}' in metrics


def _metric(stack, prefix):
    lines = httpx.get(stack.url + "/metrics").text.splitlines()
    return sum(float(line.rsplit(" ", 1)[1]) for line in lines if line.startswith(prefix))


def test_concurrent_requests_are_batched_and_answer_the_same(stack):
    from orgwatch.results import classify_items

    expected = json.loads(json.dumps(classify_items(load_classifier(stack.bundles[VERSION_A]), ITEMS, explain=True)))
    before = _metric(stack, 'orgwatch_classify_requests_total{path="batched"}')
    with concurrent.futures.ThreadPoolExecutor(12) as pool:
        answers = list(pool.map(lambda i: stack.post("/classify", role="scan", json={"items": ITEMS[i % 4:]}), range(36)))
    assert [a.json() for a in answers] == [expected[i % 4:] for i in range(36)]
    assert _metric(stack, 'orgwatch_classify_requests_total{path="batched"}') > before
    assert _metric(stack, "bentoml_service_adaptive_batch_size_count") > 0


FEEDBACK = {"id": "post-1", "text": ORG_POSITIVES[2], "labels": ["illegal_org"], "verdict": "confirm",
            "moderator": "m1", "note": "fake national body"}


@pytest.mark.parametrize(
    "change, field",
    [
        ({"labels": ["illegal_org", "spam"]}, "labels[1]"),
        ({"labels": "illegal_org"}, "labels"),
        ({"verdict": "maybe"}, "verdict"),
        ({"moderator": ""}, "moderator"),
        ({"text": None, "html": None}, "text/html"),
        ({"html": "<p>x</p>"}, "text/html"),
        ({"text": ""}, "text"),
    ],
)
def test_bad_feedback_gets_400_naming_the_field(stack, change, field):
    body = {k: v for k, v in {**FEEDBACK, **change}.items() if v is not None}
    answer = stack.post("/feedback", role="moderator", json=body)
    assert answer.status_code == 400, answer.text
    assert answer.json()["field"] == field


def test_feedback_is_stored_and_survives_a_crash(stack):
    from serving.feedback import FeedbackStore

    answer = stack.post("/feedback", role="moderator", json=FEEDBACK)
    assert answer.status_code == 200, answer.text
    feedback_id = answer.json()["feedback_id"]
    stack.restart(signal.SIGKILL)  # no clean shutdown: only what was committed survives
    rows = {r["feedback_id"]: r for r in FeedbackStore(stack.env["ORGWATCH_FEEDBACK_DB"]).rows()}
    assert rows[feedback_id]["text"] == FEEDBACK["text"] and rows[feedback_id]["labels"] == ["illegal_org"]
    again = stack.post("/feedback", role="moderator", json={**FEEDBACK, "verdict": "reject"})
    assert again.json()["feedback_id"] > feedback_id


def test_reload_swaps_the_model_without_dropping_requests(stack):
    store_command(stack.home, "promote", VERSION_B)

    def classify(_):
        return stack.post("/classify", role="scan", json={"items": ITEMS}).status_code

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        running = [pool.submit(classify, i) for i in range(40)]
        reloaded = stack.post("/admin/reload", role="admin")
        statuses = [f.result() for f in running]
    assert reloaded.status_code == 200, reloaded.text
    assert reloaded.json()["model"]["version"] == VERSION_B
    assert statuses == [200] * 40
    assert stack.post("/classify", role="scan", json={"items": ITEMS[:1]}).json()[0]["model_version"] == VERSION_B


def test_a_failed_reload_keeps_serving_the_old_model(stack):
    serving = httpx.get(stack.url + "/model", headers=stack.auth("scan")).json()["version"]
    missing = stack.post("/admin/reload", role="admin", json={"model": "lexical-not-there"})
    assert missing.status_code == 404 and "lexical-not-there" in missing.json()["error"]
    outside = stack.post("/admin/reload", role="admin", json={"model": "../../etc"})
    assert outside.status_code == 404
    weights = stack.home / "models" / "orgwatch" / VERSION_BROKEN / "lexical.skops"
    weights.write_bytes(b"not a zip")
    broken = stack.post("/admin/reload", role="admin", json={"model": VERSION_BROKEN})
    assert broken.status_code == 500 and "still serving" in broken.json()["error"]
    assert httpx.get(stack.url + "/model", headers=stack.auth("scan")).json()["version"] == serving
    assert stack.post("/classify", role="scan", json={"items": ITEMS[:1]}).status_code == 200


def test_texts_and_keys_never_reach_the_log(stack):
    log = "".join(p.read_text(errors="replace") for p in stack.tmp.glob("server-*.log"))
    assert ORG_POSITIVES[0] not in log and FEEDBACK["text"] not in log
    assert all(key not in log for key in stack.keys.values())


def test_requests_over_the_in_flight_limit_get_503_with_retry_after_and_the_rest_are_answered(tmp_path):
    home = tmp_path / "bentoml"
    prepare_store(tmp_path, home, ["lexical-shed"], "lexical-shed")
    env = server_env(tmp_path, home, ORGWATCH_MAX_IN_FLIGHT="1", ORGWATCH_ADAPTIVE_BATCHING="off")
    key, _ = create_key(Path(env["ORGWATCH_KEYS_FILE"]), "scan", "shed test")
    server = Server(env).start()
    items = [{"text": text * 20} for text in ORG_POSITIVES + NEGATIVES] * 8  # long enough to keep the worker busy
    try:
        def post(_: int) -> httpx.Response:
            return httpx.post(server.url + "/classify", headers={"Authorization": f"Bearer {key}"}, timeout=60,
                              json={"items": items})

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(post, range(16)))
        statuses = [answer.status_code for answer in answers]
        assert set(statuses) <= {200, 503} and 200 in statuses and 503 in statuses
        for answer in answers:
            if answer.status_code == 503:
                assert answer.headers["Retry-After"] == "1" and "overloaded" in answer.json()["error"]
            else:
                assert len(answer.json()) == len(items)
        assert post(0).status_code == 200  # alone again: answered
        assert 'orgwatch_classify_requests_total{path="shed"}' in httpx.get(server.url + "/metrics").text
    finally:
        server.stop()
