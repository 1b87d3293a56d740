"""Latency of /classify on a real server: sequential singles, concurrent bursts, then lone requests after the burst.

Usage: python benchmarks/serve_latency.py MODEL_VERSION [ENV=VALUE ...]   (a model already in models/bentoml)
Prints p50/p99 of single-item requests, throughput and batch sizes under 16 and 64 concurrent clients, and what a lone
request costs right after the burst. Not a test: figures go to serving/README.md with the machine they came from.
"""
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.serving_support import Server, server_env  # noqa: E402
from training.corpus import generate_records  # noqa: E402

tmp = Path(tempfile.mkdtemp(prefix="owbench-"))
env = server_env(tmp, Path(__file__).resolve().parent.parent / "models" / "bentoml", ORGWATCH_MODEL=sys.argv[1])
for kv in sys.argv[2:]:
    k, v = kv.split("=", 1)
    env[k] = v
texts = [r["text"] for r in generate_records(3000, 5) if r.get("text")][:2000]
s = Server(env)
def pct(xs, p): xs = sorted(xs); return xs[min(len(xs)-1, int(p/100*len(xs)))]
def singles(client, n, off=0):
    lat = []
    for i in range(n):
        t = time.perf_counter()
        r = client.post(s.url + "/classify", json={"items": [{"text": texts[(i+off) % len(texts)]}]})
        assert r.status_code == 200, r.text
        lat.append(1000 * (time.perf_counter() - t))
    return lat
async def burst(conc, seconds, items_per_req):
    lat, codes = [], {}
    async with httpx.AsyncClient(timeout=120) as c:
        stop = time.perf_counter() + seconds
        async def worker(w):
            i = w
            while time.perf_counter() < stop:
                t = time.perf_counter()
                r = await c.post(s.url + "/classify", json={"items": [{"text": texts[(i*7+j) % len(texts)]} for j in range(items_per_req)]})
                codes[r.status_code] = codes.get(r.status_code, 0) + 1
                lat.append(1000 * (time.perf_counter() - t)); i += conc
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(w) for w in range(conc)))
        return lat, codes, time.perf_counter() - t0
def batch_hist():
    m = httpx.get(s.url + "/metrics").text
    out = {}
    for line in m.splitlines():
        if line.startswith("bentoml_service_adaptive_batch_size_sum") or line.startswith("bentoml_service_adaptive_batch_size_count"):
            out[line.split("{")[0].rsplit("_", 1)[1]] = float(line.rsplit(" ", 1)[1])
        if line.startswith("orgwatch_classify_requests_total"):
            out[line.split('"')[1]] = float(line.rsplit(" ", 1)[1])
    return out
try:
    s.start(timeout=180)
    with httpx.Client(timeout=60) as c:
        singles(c, 30)  # warm-up (also trains BentoML's batching optimizer)
        lat = singles(c, 300)
        print(f"sequential single-item: p50 {pct(lat,50):.1f} ms, p99 {pct(lat,99):.1f} ms, mean {statistics.mean(lat):.1f}")
        h0 = batch_hist()
        for conc, ipr in ((16, 1), (64, 1), (16, 8)):
            lat, codes, dt = asyncio.run(burst(conc, 10, ipr))
            h1 = batch_hist()
            calls = h1.get("count",0) - h0.get("count",0); reqs = h1.get("sum",0) - h0.get("sum",0)
            direct = h1.get("direct",0) - h0.get("direct",0); batched = h1.get("batched",0) - h0.get("batched",0); h0 = h1
            print(f"   direct {direct:.0f} batched {batched:.0f}")
            print(f"burst {conc} clients x {ipr} items: {len(lat)} req in {dt:.1f}s = {len(lat)/dt:.0f} req/s, {len(lat)*ipr/dt:.0f} items/s; p50 {pct(lat,50):.0f} ms p99 {pct(lat,99):.0f} ms; codes {codes}; model calls {calls:.0f}, mean batch {reqs/max(calls,1):.1f} requests (jobs)")
        lat = singles(c, 100, 500)
        print(f"lone requests right after the burst: p50 {pct(lat,50):.1f} ms, p99 {pct(lat,99):.1f} ms, first {lat[0]:.1f} ms")
finally:
    s.stop()
