"""The retraining loop end to end: serve, post feedback, export, retrain, compare, promote, reload, roll back; and a
candidate trained on corrupted labels refused by the gate."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from orgwatch.cli import app
from orgwatch.store import production_version, promote, register_bundle
from serving.auth import create_key
from tests.conftest import write_jsonl
from tests.serving_support import Server, read_json_lines, server_env

runner = CliRunner()

# Written by hand for this test: the operational posts of "charity digital collectibles" platforms (a share of each
# purchase said to go to children, farmers or old people; daily payouts, buy-backs, recruiting bonuses). The bootstrap
# corpus has no such scheme, and the small model misses most of these posts. Grouped by platform, as a moderator
# would see them, so a platform's posts stay on one side of the split.
NEW_SCHEME = {
    "shanlian": [
        "善链公告：第二期希望藏品今晚八点开铸，每个地址限铸五份，铸造成功后次日开始释放希望值。",
        "善链提醒：本周铸造希望藏品的地址额外空投一份纪念款，纪念款可挂寄售，平台托底回购。",
        "善链持有人注意：系统升级期间暂停兑换，请继续复投锁仓，复投越多等级越高，五星等级按月分润。",
        "善链白名单预约开启，先交预约金三百锁定份额，未中签原路退回，中签的家人记得按时铸造。",
        "善链今日地板价五百八，比首发翻了一倍，希望值还能兑成U，还没上车的家人抓紧。",
    ],
    "fengshou": [
        "丰收元宇宙通知：助农卡第三批开放铸造，单卡日产十五枚丰收币，直推三人升级推广大使。",
        "丰收元宇宙：丰收币兑出通道每周二、周五开放，兑出前请先完成实名和助农任务打卡。",
        "丰收元宇宙社区：铸造助农卡需先交铸造押金五百，三个月后连本带息退回，白名单只剩两百个。",
        "丰收元宇宙助农卡一百八十天原价回购，大使伞下业绩另拿百分之五，想上车的找区域长代铸。",
        "丰收元宇宙周报：本周新增助农合伙人两千名，丰收币价格稳步上涨，请大家继续持卡不要恐慌抛售。",
    ],
    "yizang": [
        "益藏数字馆公告：春蕾系列改为预约制，预约金三百锁定份额，未中签原路退回。",
        "益藏藏友群：寄售今天恢复，想回本的家人按顺序排队，复铸新系列可以优先出旧藏品。",
        "益藏数字馆：敦煌系列七天后开放挂售，平台溢价接盘，每日可见涨幅，藏友放心持有。",
        "益藏数字馆新系列首发价八百八十八，持有期间每日领取春蕾积分，邀请藏友铸造奖励一份空投。",
        "益藏藏友注意：积分兑换改为每月一次，兑换前需复铸同等数量新藏品，感谢大家支持春蕾计划。",
    ],
    "nuanxinlian": [
        "暖心链城市节点招募：认购五千成为节点长，全城助老藏品交易手续费按比例分润。",
        "暖心链今日开放助老藏品抢铸，一人限五份，每份日释放百分之一点二暖心积分。",
        "暖心链节点分享会：去年认购两万做节点，现在每月分润三千，欢迎更多家人加入节点。",
        "暖心链藏品说明：持有满三十天可申请回购，回购价为铸造价的一百三十，资金由节点长统一代收代付。",
        "暖心链通知：暖心积分商城下周上线，积分可兑换米面粮油，节点长请提前统计本群认购数量。",
    ],
}
# flags moderators rejected on the same topic (written by hand): warnings, news, a legal fundraiser, a plain souvenir
REJECTED_FLAGS = [
    "警方通报：以公益数字藏品为名、承诺每日释放收益的平台已被立案侦查，提醒群众切勿参与所谓铸造和寄售。",
    "民政局提示：打着助农、助学旗号发售藏品并承诺回购的，均不属于合法慈善募捐，捐款请通过民政部指定的平台。",
    "博物馆文创数字藏品今日上线，仅供收藏欣赏，不可转售，不承诺任何收益。",
    "记者调查：多个所谓元宇宙公益平台卷款跑路，受害人多为中老年人，律师提醒保留转账记录及时报警。",
    "某基金会在民政部指定的互联网募捐平台开展乡村助学项目，捐赠人可在平台查询善款去向，不涉及任何回报。",
]
# what moderators see in the review queue and decide through POST /feedback
QUEUE = [
    {"id": "queue-1", "text": "善链新人福利：首次铸造希望藏品送三天加速释放，邀请码填我的，后台给你加爱心值。",
     "labels": ["charity_fraud"], "verdict": "confirm"},
    {"id": "queue-2", "text": "市民政局提醒：近期有平台打着公益旗号发售所谓数字藏品、承诺回购和每日收益，请勿参与。",
     "labels": ["charity_fraud"], "verdict": "reject", "note": "anti-fraud warning, not a solicitation"},
]
BASE_DOCS, BASE_SEED = 1500, 7
TINY = {"lexical.char_max_features": 20000, "lexical.word_max_features": 10000}


def _confirmed_records() -> list[dict]:
    return [
        {"id": f"{group}-{i}", "text": text, "labels": ["charity_fraud"], "origin": "confirmed", "group": group,
         "moderator": "reviewer-7", "verdict": "confirm", "created_at": "2026-11-20T09:30:00+00:00"}
        for group, texts in NEW_SCHEME.items() for i, text in enumerate(texts)
    ] + [
        {"id": f"rejected-{i}", "text": text, "labels": [], "origin": "confirmed", "moderator": "reviewer-7",
         "verdict": "reject", "created_at": "2026-11-20T09:30:00+00:00"}
        for i, text in enumerate(REJECTED_FLAGS)
    ]


class Loop:
    """A store with a small production model, API keys, a feedback store and a running service."""

    def __init__(self, tmp: Path):
        from training.config import load_config
        from training.corpus import write_corpus
        from training.train import train

        self.tmp = tmp
        self.home = tmp / "bentoml"
        self.env = server_env(tmp, self.home)
        corpus = tmp / "corpus.jsonl"
        write_corpus(corpus, BASE_DOCS, BASE_SEED)
        config = load_config(overrides={"data.train_files": [str(corpus)], "data.generated_dir": str(tmp / "generated"), **TINY})
        self.production = train(config, tmp / "production", register=False).version
        register_bundle(tmp / "production")
        promote(self.production, reason="test")
        keys_file = Path(self.env["ORGWATCH_KEYS_FILE"])
        self.keys = {role: create_key(keys_file, role, f"test {role}")[0] for role in ("scan", "moderator", "admin")}
        self.server = Server(self.env).start()

    def post(self, path: str, role: str, **kwargs) -> httpx.Response:
        return httpx.post(self.server.url + path, headers={"Authorization": f"Bearer {self.keys[role]}"}, timeout=120,
                          **kwargs)

    def charity_flags(self, texts: list[str]) -> tuple[str, list[bool], list[float]]:
        """(serving version, flagged for charity_fraud, charity_fraud score) per text, from the running service."""
        answer = self.post("/classify", "scan", json={"items": [{"text": t} for t in texts], "explain": False})
        assert answer.status_code == 200, answer.text
        results = answer.json()
        return (results[0]["model_version"], [r["labels"]["charity_fraud"]["suggestion"] != "pass" for r in results],
                [r["labels"]["charity_fraud"]["score"] for r in results])

    def reload(self) -> str:
        answer = self.post("/admin/reload", "admin")
        assert answer.status_code == 200, answer.text
        return answer.json()["model"]["version"]


@pytest.fixture(scope="module")
def loop(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("loop")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("BENTOML_HOME", "ORGWATCH_FEEDBACK_DB", "ORGWATCH_KEYS_FILE"):
            patch.setenv(name, server_env(tmp, tmp / "bentoml")[name])
        loop = Loop(tmp)
        try:
            yield loop
        finally:
            loop.server.stop()


def test_serve_feedback_export_retrain_compare_promote_reload_rollback(loop):
    from training.retrain import load_added

    for item in QUEUE:
        stored = loop.post("/feedback", "moderator", json={**item, "moderator": "reviewer-7",
                                                           "model_version": loop.production})
        assert stored.status_code == 200, stored.text
    exported = loop.tmp / "feedback.jsonl"
    result = runner.invoke(app, ["feedback", "export", "-o", str(exported)])
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in read_json_lines(exported)}
    assert rows["queue-1"]["origin"] == "confirmed" and rows["queue-1"]["moderator"] == "reviewer-7"
    assert rows["queue-1"]["verdict"] == "confirm" and rows["queue-1"]["created_at"]
    assert rows["queue-2"]["labels"] == [] and rows["queue-2"]["text"] == QUEUE[1]["text"]  # rejected: a negative

    handwritten = write_jsonl(loop.tmp / "new_scheme.jsonl", _confirmed_records())
    result = runner.invoke(app, ["retrain", "--add", str(handwritten), "--add", str(exported),
                                 "--out", str(loop.tmp / "candidate")])
    assert result.exit_code == 0, result.output
    candidate = result.output.strip().splitlines()[-1]
    assert candidate.startswith("lexical-") and production_version() == loop.production
    assert "retrained in" in result.output and "confirmed" in result.output and "wrong" in result.output, result.output

    # the held-out platform: its posts are in the regression set, never trained on
    held_out = [r.text for r in load_added(candidate)["regression"] if r.labels]
    assert held_out and all(r.group not in {x.group for x in load_added(candidate)["train"]}
                            for r in load_added(candidate)["regression"] if r.group)
    serving, before, scores_before = loop.charity_flags(held_out)
    assert serving == loop.production
    assert sum(before) < len(held_out)  # production misses the new scheme

    comparison = json.loads((Path(os.environ["BENTOML_HOME"]) / "orgwatch_data" / candidate / "comparison.json")
                            .read_text(encoding="utf-8"))
    recall = {role: comparison["models"][role]["confirmed"]["recall"]["charity_fraud"] for role in ("production", "candidate")}
    assert recall["candidate"] >= recall["production"]

    promoted = runner.invoke(app, ["models", "promote", candidate])
    assert promoted.exit_code == 0, promoted.output  # through the gate, not forced
    assert loop.reload() == candidate
    serving, after, scores_after = loop.charity_flags(held_out)
    assert serving == candidate
    # The held-out platform is one the candidate never saw, with its own vocabulary (丰收币, 助农卡): its posts rise
    # clearly towards the flag (with the round-15 corpus the tiny models flag 2 of 5 both; scores 0.07/0.08 ->
    # 0.21/0.46), and nothing production flagged is lost.
    assert sum(after) >= sum(before) and all(a for a, b in zip(after, before) if b)
    assert sum(scores_after) / len(held_out) > sum(scores_before) / len(held_out) + 0.05

    listed = {row["version"]: row for row in json.loads(runner.invoke(app, ["models", "list", "--json"]).output)}
    assert listed[candidate]["production"] and listed[candidate]["parent_version"] == loop.production
    assert listed[candidate]["extra"]["retrain"]["added"]["regression"] == len(load_added(candidate)["regression"])

    back = runner.invoke(app, ["models", "rollback"])
    assert back.exit_code == 0, back.output
    assert production_version() == loop.production and loop.reload() == loop.production


def test_a_candidate_trained_on_corrupted_labels_is_refused(loop):
    from orgwatch.promotion import check_promotion
    from training.corpus import write_corpus
    from training.retrain import retrain

    source = loop.tmp / "to_corrupt.jsonl"
    write_corpus(source, 600, 11)
    corrupted = []
    for row in read_json_lines(source):  # every label flipped: positives become negatives and the other way round
        flipped = [] if row["labels"] else ["illegal_org", "charity_fraud"]
        corrupted.append({**row, "id": f"bad-{row['id']}", "labels": flipped, "origin": "imported"})
    result = retrain([write_jsonl(loop.tmp / "corrupted.jsonl", corrupted)], base=loop.production,
                     out_dir=loop.tmp / "corrupted-candidate")
    decision = check_promotion(result.version)
    assert not decision.allowed and not decision.recomputed
    assert any("F1 on the frozen data drops" in reason for reason in decision.reasons)
    refused = runner.invoke(app, ["models", "promote", result.version])
    assert refused.exit_code == 1 and "refused" in refused.output
    assert production_version() == loop.production
