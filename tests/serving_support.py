"""Helpers for the serving tests: a tiny registered lexical bundle and a real `bentoml serve` on a free loopback port."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import numpy as np

REPO = Path(__file__).resolve().parent.parent
LOG_TAIL_CHARS = 6000

ORG_POSITIVES = [
    "中国国学文化研究会招募理事，缴纳会费三万元即可授牌，颁发证书",
    "全国诚信企业联合会评选活动，交钱就能获得金牌称号并授牌",
    "中华名人协会吸收会员，理事单位收费五万，可获国家级荣誉证书",
    "国际艺术家联合会分会成立，副会长职位收费，授牌仪式在北京举行",
    "世界华人企业家协会颁发铜牌，年度理事会费八千元，证书国家认可",
    "亚太经济发展促进会招收理事，会费两万，统一颁发聘书和牌匾",
]
CHARITY_POSITIVES = [
    "爱心扶贫捐款请扫码转账到个人账户，捐赠一千元返利两千",
    "慈善互助计划，捐款一百元一个月后返还三百，拉人再得奖励",
    "灾区急需善款，请汇款到以下个人银行卡，微信扫码捐款",
    "公益理财项目，捐赠配捐翻倍返还，扫码加入爱心互助群",
    "病重儿童求助，请转账到我的个人支付宝账户，每捐一元返利",
    "扶贫基金捐款返利活动，捐五百返一千，转账给个人微信",
]
NEGATIVES = [
    "今天天气很好，我们去公园散步，晚上吃了火锅",
    "民政部公布第十批涉嫌非法社会组织名单，提醒公众提高警惕",
    "这家酒店服务周到，房间干净，早餐种类丰富",
    "外卖送得很快，味道不错，下次还会再点",
    "中国红十字会通过民政部指定平台依法公开募捐",
    "警方提醒：谨防以慈善名义实施的诈骗，不要向个人账户转账",
    "手机壳质量很好，颜色也漂亮，物流很快",
    "新闻：多地开展打击整治非法社会组织专项行动",
]

def build_tiny_bundle(folder: Path, version: str) -> Path:
    """A lexical bundle fitted in well under a second on a few dozen sentences (uncalibrated, fixed thresholds)."""
    from orgwatch.bundle import BundleMetadata, Thresholds, write_metadata
    from orgwatch.labels import LABELS
    from orgwatch.text import normalize_batch
    from training.config import LexicalConfig
    from training.lexical import fit_lexical

    texts = ORG_POSITIVES + CHARITY_POSITIVES + NEGATIVES
    targets = np.array(
        [[1.0, 0.0]] * len(ORG_POSITIVES) + [[0.0, 1.0]] * len(CHARITY_POSITIVES) + [[0.0, 0.0]] * len(NEGATIVES)
    )
    normalized = [n.text for n in normalize_batch(texts)]
    config = LexicalConfig(min_df=1, char_max_features=5000, word_max_features=2000, max_iter=500)
    parts = fit_lexical(normalized, targets, config, seed=0)
    folder.mkdir(parents=True, exist_ok=True)
    parts.save(folder)
    meta = BundleMetadata(
        kind="lexical",
        version=version,
        labels=list(LABELS),
        thresholds={label: Thresholds(review=0.4, block=0.7) for label in LABELS},
        metrics={"note": "tiny test bundle"},
    )
    write_metadata(folder, meta, {"tier": "lexical", "test": True})
    return folder


def store_command(bentoml_home: Path, *args: str) -> str:
    """Run a model-store step in a fresh process (BentoML fixes its store folder once per process)."""
    env = dict(os.environ, BENTOML_HOME=str(bentoml_home), BENTOML_DO_NOT_TRACK="true",
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-m", "tests.serving_support", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"store step {args} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done.stdout.strip()


def prepare_store(tmp: Path, bentoml_home: Path, versions: list[str], production: str) -> dict[str, Path]:
    """Build tiny bundles, register them in the store at bentoml_home and promote one; return version -> bundle."""
    bundles = {version: tmp / "bundles" / version for version in versions}
    store_command(bentoml_home, "prepare", production, *[f"{v}={p}" for v, p in bundles.items()])
    return bundles


def _main(argv: list[str]) -> None:
    """`prepare PRODUCTION VERSION=DIR...` builds and registers bundles; `promote VERSION` moves production."""
    from orgwatch.store import promote, register_bundle

    if argv[0] == "prepare":
        for pair in argv[2:]:
            version, folder = pair.split("=", 1)
            register_bundle(build_tiny_bundle(Path(folder), version))
        promote(argv[1], reason="test")
    elif argv[0] == "promote":
        promote(argv[1], reason="test")
    else:
        raise SystemExit(f"unknown step {argv[0]}")


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A running `bentoml serve serving.service:OrgWatch` subprocess."""

    env: dict[str, str]
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def url(self) -> str:
        """Base URL."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 90.0) -> "Server":
        """Start and wait until /readyz answers 200."""
        self.log_path = Path(self.env["ORGWATCH_TEST_LOG_DIR"]) / f"server-{self.port}-{int(time.time() * 1000)}.log"
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bentoml", "serve", "serving.service:OrgWatch", "--host", "127.0.0.1",
             "--port", str(self.port)],
            cwd=REPO, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        return self.wait_ready(timeout)

    def wait_ready(self, timeout: float = 90.0) -> "Server":
        """Wait until /readyz answers 200; raise with the log's end if the server exits or never gets ready."""
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                if httpx.get(self.url + "/readyz", timeout=1.0).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"server not ready after {timeout:.0f} s:\n{self.log_tail()}")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        """Stop the server and its workers (its process group, and workers that BentoML starts in groups of their own)."""
        import psutil

        if self.process is None or self.process.poll() is not None:
            return
        workers = psutil.Process(self.process.pid).children(recursive=True)
        os.killpg(self.process.pid, sig)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        # after a SIGKILL of the arbiter its workers would live on as orphans
        for worker in workers:
            try:
                worker.kill()
            except psutil.NoSuchProcess:
                pass

    def log_tail(self) -> str:
        """The end of the server's log (for failure messages)."""
        if self.log_path is None or not self.log_path.exists():
            return ""
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-LOG_TAIL_CHARS:]


def server_env(tmp: Path, bentoml_home: Path, **overrides: str) -> dict[str, str]:
    """Environment of a test server: isolated store, feedback DB and keys file under tmp."""
    env = dict(os.environ)
    env.update({
        "BENTOML_HOME": str(bentoml_home),
        "BENTOML_DO_NOT_TRACK": "true",
        "ORGWATCH_FEEDBACK_DB": str(tmp / "feedback.sqlite3"),
        "ORGWATCH_KEYS_FILE": str(tmp / "api_keys.json"),
        "ORGWATCH_TEST_LOG_DIR": str(tmp),
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    })
    env.update(overrides)
    return env


def read_json_lines(path: Path) -> list[dict]:
    """Rows of a JSONL file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    _main(sys.argv[1:])
