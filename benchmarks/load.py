"""Load test of the real service on loopback (`make load`): sustained clients, a burst, lone requests; batching on/off.

For each batching mode (ORGWATCH_ADAPTIVE_BATCHING on, then off) it starts `bentoml serve serving.service:OrgWatch`
on a free 127.0.0.1 port with the production model (or --model), then runs, with single-item requests whose texts are
sampled from data/gold and generated documents (realistic lengths):
  1. warm-up (lone, concurrent, a small burst), then lone requests one at a time (baseline latency),
  2. --clients concurrent clients for --duration seconds (throughput, latency, status counts),
  3. a burst of --burst requests sent at once,
  4. --settle seconds of quiet, then --lone requests one at a time (the p99 a lone user sees after a burst),
and samples the RSS of the service's process tree (psutil) at start, during and at the end. Prints a table, checks the
targets of RELIABILITY.md and writes everything as JSON (default reports/load.json). Bounded in requests and time;
talks to loopback only.

Usage: python benchmarks/load.py [--model REF] [--clients 16] [--duration 60] [--burst 256] [--modes on,off]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import random
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx
import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.serving_support import Server, server_env  # noqa: E402

logger = logging.getLogger(__name__)

LONE_P99_TARGET_MS = 300.0
MEMORY_GROWTH_TARGET = 0.10
REQUEST_TIMEOUT_S = 120.0
MAX_REQUESTS_PER_PHASE = 200_000  # a hard bound whatever the duration


def sample_items(count: int, seed: int) -> list[dict[str, Any]]:
    """Single items with realistic lengths: every gold record (text or html) plus generated posts and pages."""
    from training.corpus import generate_records

    items: list[dict[str, Any]] = []
    for path in sorted((REPO / "data" / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            items.append({key: row[key] for key in ("text", "html", "source_type") if row.get(key)})
    generated = [r for r in generate_records(max(count - len(items), 0) * 2, seed) if r.get("text") or r.get("html")]
    items += [{key: r[key] for key in ("text", "html", "source_type") if r.get(key)} for r in generated]
    random.Random(seed).shuffle(items)
    return items[:count]


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank); NaN when there are no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(pct / 100 * len(ordered))) - 1))]


def summarize(latencies_ms: list[float], statuses: Counter, seconds: float) -> dict[str, Any]:
    """Throughput, latency percentiles (successful requests) and counts per status of one phase."""
    ok = statuses.get("200", 0)
    return {
        "requests": sum(statuses.values()),
        "seconds": round(seconds, 2),
        "throughput_rps": round(ok / seconds, 1) if seconds > 0 else 0.0,
        "p50_ms": round(percentile(latencies_ms, 50), 1),
        "p95_ms": round(percentile(latencies_ms, 95), 1),
        "p99_ms": round(percentile(latencies_ms, 99), 1),
        "max_ms": round(max(latencies_ms), 1) if latencies_ms else float("nan"),
        "statuses": dict(sorted(statuses.items())),
    }


def tree_rss_mb(pid: int) -> dict[str, float]:
    """RSS in MB of the server process and each of its descendants (the BentoML workers), and their sum."""
    root = psutil.Process(pid)
    rows = {}
    for proc in [root] + root.children(recursive=True):
        try:
            rows[f"{proc.pid}:{proc.name()}"] = proc.memory_info().rss / 2**20
        except psutil.NoSuchProcess:
            continue
    return {"total": round(sum(rows.values()), 1), "largest": round(max(rows.values(), default=0.0), 1),
            "processes": {name: round(mb, 1) for name, mb in rows.items()}}


class LoadClient:
    """Bounded asyncio load against one server: every request posts one item to /classify."""

    def __init__(self, url: str, items: list[dict[str, Any]]):
        self.url = url + "/classify"
        self.items = items
        self.next_item = 0
        self.overload_bodies: list[str] = []  # a few answers with status 5xx, to show what clients get

    def _body(self) -> dict[str, Any]:
        item = self.items[self.next_item % len(self.items)]
        self.next_item += 1
        return {"items": [item]}

    async def _one(self, client: httpx.AsyncClient, latencies: list[float], statuses: Counter) -> None:
        started = time.perf_counter()
        try:
            answer = await client.post(self.url, json=self._body())
            status = str(answer.status_code)
        except httpx.HTTPError as exc:
            status = f"error:{type(exc).__name__}"
        if status == "200":
            latencies.append(1000 * (time.perf_counter() - started))
        elif status.startswith("5") and len(self.overload_bodies) < 10:
            self.overload_bodies.append(f"{status} {answer.text[:200]}")
        statuses[status] += 1

    @staticmethod
    def _client(connections: int) -> httpx.AsyncClient:
        limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        return httpx.AsyncClient(timeout=REQUEST_TIMEOUT_S, limits=limits)

    async def sequential(self, count: int) -> dict[str, Any]:
        """count requests one after another."""
        latencies: list[float] = []
        statuses: Counter = Counter()
        async with self._client(1) as client:
            started = time.perf_counter()
            for _ in range(count):
                await self._one(client, latencies, statuses)
            return summarize(latencies, statuses, time.perf_counter() - started)

    async def sustained(self, clients: int, seconds: float, on_tick=None) -> dict[str, Any]:
        """clients concurrent loops, each sending its next request as soon as the last one is answered."""
        latencies: list[float] = []
        statuses: Counter = Counter()
        stop_at = time.perf_counter() + seconds
        sent = 0

        async def loop() -> None:
            nonlocal sent
            while time.perf_counter() < stop_at and sent < MAX_REQUESTS_PER_PHASE:
                sent += 1
                await self._one(client, latencies, statuses)

        async def ticker() -> None:
            while time.perf_counter() < stop_at:
                await asyncio.sleep(5)
                if on_tick:
                    on_tick()

        async with self._client(clients) as client:
            started = time.perf_counter()
            tick = asyncio.create_task(ticker())
            await asyncio.gather(*(loop() for _ in range(clients)))
            tick.cancel()
            return summarize(latencies, statuses, time.perf_counter() - started)

    async def burst(self, count: int) -> dict[str, Any]:
        """count requests sent at once, each on its own connection."""
        latencies: list[float] = []
        statuses: Counter = Counter()
        async with self._client(count) as client:
            started = time.perf_counter()
            await asyncio.gather(*(self._one(client, latencies, statuses) for _ in range(count)))
            return summarize(latencies, statuses, time.perf_counter() - started)


def service_counters(url: str) -> dict[str, float]:
    """Requests per path (direct, batched) and model calls / jobs of the adaptive batcher, from /metrics."""
    out: dict[str, float] = {"direct": 0.0, "batched": 0.0, "batch_calls": 0.0, "batch_jobs": 0.0}
    for line in httpx.get(url + "/metrics", timeout=30).text.splitlines():
        value = line.rsplit(" ", 1)[-1]
        if line.startswith('orgwatch_classify_requests_total{path="direct"'):
            out["direct"] += float(value)
        elif line.startswith('orgwatch_classify_requests_total{path="batched"'):
            out["batched"] += float(value)
        elif line.startswith("bentoml_service_adaptive_batch_size_count"):
            out["batch_calls"] += float(value)
        elif line.startswith("bentoml_service_adaptive_batch_size_sum"):
            out["batch_jobs"] += float(value)
    return out


def run_mode(mode: str, args: argparse.Namespace, items: list[dict[str, Any]], tmp: Path) -> dict[str, Any]:
    """Start a server with adaptive batching on or off (or "shed": on, with a tiny queue budget), run every phase
    against it, stop it."""
    overrides = {"ORGWATCH_ADAPTIVE_BATCHING": "off" if mode == "off" else "on"}
    duration = args.duration
    if mode == "shed":  # prove the overload answer: a queue budget the burst must exceed
        overrides["ORGWATCH_BATCH_MAX_LATENCY_MS"] = str(args.shed_latency_ms)
        duration = min(args.duration, 10.0)
    env = server_env(tmp / f"mode-{mode}", REPO / "models" / "bentoml", ORGWATCH_MODEL=args.model, **overrides)
    Path(env["ORGWATCH_TEST_LOG_DIR"]).mkdir(parents=True, exist_ok=True)
    server = Server(env)
    result: dict[str, Any] = {"batching": mode, "env": overrides}
    try:
        started = time.perf_counter()
        server.start(timeout=300)
        result["startup_s"] = round(time.perf_counter() - started, 1)
        pid = server.process.pid
        result["rss_mb_ready"] = tree_rss_mb(pid)
        client = LoadClient(server.url, items)
        # warm every path (direct and batched) before the start figure: first calls fill caches and buffers
        asyncio.run(client.sequential(args.warmup))
        asyncio.run(client.sustained(args.clients, args.warmup_seconds))
        asyncio.run(client.burst(min(args.burst, 64)))
        result["rss_mb_start"] = tree_rss_mb(pid)
        result["lone_before"] = asyncio.run(client.sequential(args.lone))
        samples: list[float] = []
        counters_before = service_counters(server.url)
        result["sustained"] = asyncio.run(client.sustained(
            args.clients, duration, on_tick=lambda: samples.append(tree_rss_mb(pid)["total"])))
        result["sustained"]["clients"] = args.clients
        counters = service_counters(server.url)
        result["sustained"]["service"] = _counter_delta(counters_before, counters)
        client.overload_bodies.clear()
        result["burst"] = asyncio.run(client.burst(args.burst))
        result["burst"]["overload_bodies"] = client.overload_bodies[:3]
        result["burst"]["service"] = _counter_delta(counters, service_counters(server.url))
        time.sleep(args.settle)
        result["lone_after"] = asyncio.run(client.sequential(args.lone))
        result["rss_mb_end"] = tree_rss_mb(pid)
        result["rss_mb_peak_during_sustained"] = max(samples, default=float("nan"))
        result["rss_mb_samples_during_sustained"] = samples
        start_mb, end_mb = result["rss_mb_start"]["total"], result["rss_mb_end"]["total"]
        result["rss_growth"] = round((end_mb - start_mb) / start_mb, 4)
    finally:
        server.stop()
    return result


def _counter_delta(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    delta = {key: after[key] - before.get(key, 0.0) for key in after}
    calls = delta.get("batch_calls", 0.0)
    delta["mean_batch_jobs"] = round(delta.get("batch_jobs", 0.0) / calls, 1) if calls else 0.0
    return delta


def check_targets(result: dict[str, Any]) -> dict[str, Any]:
    """The targets of RELIABILITY.md for one mode: no errors but deliberate 503, lone p99, flat memory.

    In the shed mode only the first applies (its queue budget is set to be exceeded)."""
    unexpected = 0
    shed = 0
    for phase in ("lone_before", "sustained", "burst", "lone_after"):
        for status, count in result[phase]["statuses"].items():
            if status == "503":
                shed += count
            elif status != "200":
                unexpected += count
    if result["batching"] == "shed":
        return {"no_errors_except_503": unexpected == 0, "requests_shed_503": shed}
    return {
        "no_errors_except_503": unexpected == 0,
        "no_503_under_sustained_load": result["sustained"]["statuses"].get("503", 0) == 0,
        "lone_p99_after_burst_under_300ms": result["lone_after"]["p99_ms"] < LONE_P99_TARGET_MS,
        "memory_flat_within_10pct": abs(result["rss_growth"]) <= MEMORY_GROWTH_TARGET,
        "requests_shed_503": shed,  # reported, not a pass/fail figure
    }


def print_table(report: dict[str, Any]) -> None:
    """One row per mode and phase, then the targets."""
    header = f"{'batching':<8} {'phase':<12} {'req':>7} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} " \
             f"{'max ms':>8}  statuses"
    print(header)
    print("-" * len(header))
    for mode in report["modes"]:
        for phase in ("lone_before", "sustained", "burst", "lone_after"):
            row = mode[phase]
            print(f"{mode['batching']:<8} {phase:<12} {row['requests']:>7} {row['throughput_rps']:>7} "
                  f"{row['p50_ms']:>8} {row['p95_ms']:>8} {row['p99_ms']:>8} {row['max_ms']:>8}  {row['statuses']}")
    print()
    for mode in report["modes"]:
        sustained = mode["sustained"]["service"]
        print(f"batching {mode['batching']}: RSS of the service tree {mode['rss_mb_ready']['total']} MB at ready, "
              f"{mode['rss_mb_start']['total']} MB after warm-up, peak {mode['rss_mb_peak_during_sustained']} MB, "
              f"{mode['rss_mb_end']['total']} MB at the end ({100 * mode['rss_growth']:+.1f}%); largest process "
              f"{mode['rss_mb_start']['largest']} -> {mode['rss_mb_end']['largest']} MB; sustained phase: "
              f"{sustained['direct']:.0f} direct, {sustained['batched']:.0f} batched requests, "
              f"{sustained['batch_calls']:.0f} batched model calls (mean {sustained['mean_batch_jobs']} requests)")
        print(f"  targets: {mode['targets']}")
        if mode["burst"]["overload_bodies"]:
            print(f"  burst answers with 5xx, e.g.: {mode['burst']['overload_bodies'][0]}")


def main(argv: list[str] | None = None) -> int:
    """Run the load test; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="production", help="model-store reference (default production)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients in the sustained phase")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of the sustained phase")
    parser.add_argument("--burst", type=int, default=256, help="requests sent at once in the burst")
    parser.add_argument("--settle", type=float, default=5.0, help="seconds of quiet after the burst")
    parser.add_argument("--lone", type=int, default=200, help="lone requests before and after the load")
    parser.add_argument("--warmup", type=int, default=50, help="lone requests before the start measurement")
    parser.add_argument("--warmup-seconds", type=float, default=10.0,
                        help="seconds of concurrent warm-up (then a burst of 64) before the start measurement")
    parser.add_argument("--modes", default="on,off,shed",
                        help="in order: on / off (adaptive batching), shed (on, queue budget --shed-latency-ms)")
    parser.add_argument("--shed-latency-ms", type=int, default=300,
                        help="ORGWATCH_BATCH_MAX_LATENCY_MS of the shed mode")
    parser.add_argument("--items", type=int, default=2000, help="distinct items to sample texts from")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--out", type=Path, default=REPO / "reports" / "load.json", help="JSON report")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    # a SIGTERM (timeout, CI) must still stop the servers, which run in sessions of their own
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    os.environ.setdefault("BENTOML_DO_NOT_TRACK", "true")

    items = sample_items(args.items, args.seed)
    lengths = [len(item.get("text") or item.get("html") or "") for item in items]
    report: dict[str, Any] = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                    else None, "load_avg_before": [round(x, 2) for x in os.getloadavg()], "python": platform.python_version()},
        "settings": {key: (str(value) if isinstance(value, Path) else value) for key, value in vars(args).items()},
        "items": {"count": len(items), "html": sum("html" in item for item in items),
                  "chars_p50": int(statistics.median(lengths)), "chars_p95": int(percentile(lengths, 95)),
                  "chars_max": max(lengths)},
        "modes": [],
    }
    with tempfile.TemporaryDirectory(prefix="orgwatch-load-") as tmp:
        for batching in [mode.strip() for mode in args.modes.split(",") if mode.strip()]:
            result = run_mode(batching, args, items, Path(tmp))
            result["targets"] = check_targets(result)
            report["modes"].append(result)
    report["machine"]["load_avg_after"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"items: {report['items']}; machine: {report['machine']}")
    print_table(report)
    print(f"report: {args.out}")
    missed = [name for mode in report["modes"] for name, ok in mode["targets"].items() if ok is False]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
