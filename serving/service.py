"""The BentoML service `serving.service:OrgWatch`: classify, feedback, model info, reload, review page.

Batching (ORGWATCH_ADAPTIVE_BATCHING=on; off by default, see serving/config.py): POST /classify is a plain endpoint
that validates each request on its own (so one bad item answers 400 to its sender only) and carries the per-request
`explain` flag. When other /classify requests are in progress in the worker it calls the internal batchable endpoint
/internal/classify_batch through BentoML's in-process self-proxy, where adaptive batching merges the items of
concurrent requests into one model call. A batchable endpoint cannot do this itself: BentoML batches exactly one
argument (no `explain`), and a bad item inside a merged batch would fail every request in it. A request that is alone
goes straight to the model: BentoML's batcher makes a lone request wait as long as requests waited during the last
burst (its learned wait decays by about 5% per 50 calls), which for interactive use costs more than batching can win.
The internal route answers only in-process calls (serving.auth.GuardMiddleware).
"""
from __future__ import annotations

import logging
import os
from typing import Any, Optional

from orgwatch.paths import configure_bentoml_home

configure_bentoml_home()
# BentoML 1.4.40 traces every request with the OpenTelemetry SDK and, with no exporter configured, its spans are never
# freed: worker memory grew 5 KB per request (24 KB on the batched path) under `make load`. Off unless asked for.
os.environ.setdefault("OTEL_SDK_DISABLED", "true")

import anyio.to_thread  # noqa: E402
import bentoml  # noqa: E402
from bentoml.exceptions import BentoMLException, ServiceUnavailable  # noqa: E402
from pydantic import StrictBool  # noqa: E402
from starlette.responses import JSONResponse  # noqa: E402

from orgwatch.store import StoreError  # noqa: E402
from serving.auth import GuardMiddleware, internal_call  # noqa: E402
from serving.config import ServingConfig  # noqa: E402
from serving.runtime import ERROR_KEY, ServingRuntime, packaged_model_ref, production_tag, quiet_client_errors  # noqa: E402
from serving.schemas import (  # noqa: E402
    RETRY_AFTER_NO_MODEL_S,
    RETRY_AFTER_OVERLOADED_S,
    ClassifyItems,
    FeedbackIn,
    FeedbackStored,
    error_body,
    unavailable_headers,
)
from serving.web import create_web_app  # noqa: E402

logger = logging.getLogger(__name__)

CONFIG = ServingConfig.from_env()
PRODUCTION_TAG = production_tag()
quiet_client_errors()


@bentoml.asgi_app(create_web_app(), path="/", name="orgwatch-web")
@bentoml.service(
    name="orgwatch",
    workers=CONFIG.workers,
    traffic={"timeout": CONFIG.request_timeout_s},
    # The in-process self-proxy of BentoML 1.4.40 closes its session every max_requests / max_age and so breaks the
    # calls still in flight (BentoML issue #5540): never refresh it.
    runner_connection={"max_requests": 2**62, "max_age": 1e12},
    http={"host": "127.0.0.1"},
)
class OrgWatch:
    """Flags Chinese pages and posts likely run by illegal social organizations or soliciting charity fraud."""

    if PRODUCTION_TAG:
        # declared so that `bentoml build` packages the production model into the Bento
        packaged_model = bentoml.models.BentoModel(PRODUCTION_TAG)

    def __init__(self) -> None:
        if logging.getLogger("serving").level == logging.NOTSET:
            # BentoML's worker logging shows only WARNING outside its own loggers; model loads and reloads matter
            logging.getLogger("serving").setLevel(logging.INFO)
        self.runtime = ServingRuntime(CONFIG, bento_model=packaged_model_ref(OrgWatch))
        self._in_flight = 0  # /classify requests being answered by this worker (event-loop thread only)

    def __is_ready__(self) -> bool:
        return self.runtime.ready

    @bentoml.api(route="/classify")
    async def classify(self, items: ClassifyItems, explain: StrictBool = True) -> list[dict[str, Any]]:
        """Classify items (each: exactly one of text or html; optional id, url, source_type); one result each, in order."""
        runtime = self.runtime
        runtime.follow_other_workers()
        if runtime.model is None:
            return JSONResponse(error_body(f"no model loaded: {runtime.load_error}", "model"), status_code=503,
                                headers=unavailable_headers(RETRY_AFTER_NO_MODEL_S))
        if self._in_flight >= CONFIG.max_in_flight:
            runtime.metrics.paths.labels(path="shed").inc()
            return self._overloaded()
        jobs = [{"item": item.as_item(), "explain": explain} for item in items]
        self._in_flight += 1
        try:
            if self._in_flight == 1 or not CONFIG.adaptive_batching:
                # alone in this worker (or batching turned off): skip the batcher and its learned wait
                runtime.metrics.paths.labels(path="direct").inc()
                results = await anyio.to_thread.run_sync(runtime.classify, jobs)
            else:
                runtime.metrics.paths.labels(path="batched").inc()
                results = await self._batched(jobs)
        except ServiceUnavailable:
            return self._overloaded()
        except BentoMLException as exc:
            logger.error("internal batch call failed: %s", type(exc).__name__)
            return JSONResponse(error_body("classification failed; see the server log", "service"), status_code=500)
        finally:
            self._in_flight -= 1
        for i, result in enumerate(results):
            if ERROR_KEY in result:
                field, message = result[ERROR_KEY]["field"], result[ERROR_KEY]["message"]
                return JSONResponse(error_body(f"items[{i}].{field}: {message}", f"items[{i}].{field}"), status_code=400)
        runtime.metrics.observe_results(results)
        return results

    @staticmethod
    def _overloaded() -> JSONResponse:
        return JSONResponse(error_body("the service is overloaded: retry later", "service"), status_code=503,
                            headers=unavailable_headers(RETRY_AFTER_OVERLOADED_S))

    async def _batched(self, jobs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Send jobs through BentoML's adaptive batcher (the internal endpoint, called in-process)."""
        token = internal_call.set(True)
        try:
            return await self.to_async.classify_batch(jobs)
        finally:
            internal_call.reset(token)

    @bentoml.api(
        route="/internal/classify_batch",
        batchable=True,
        max_batch_size=CONFIG.batch_max_items,
        max_latency_ms=CONFIG.batch_max_latency_ms,
    )
    def classify_batch(self, jobs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Internal: items of several /classify requests merged by adaptive batching (in-process calls only)."""
        if self.runtime.model is None:
            raise ServiceUnavailable("no model loaded")
        return self.runtime.classify(jobs)  # keeps the model it started with even if a reload swaps it meanwhile

    @bentoml.api(route="/feedback", input_spec=FeedbackIn, output_spec=FeedbackStored)
    def feedback(self, **fields: Any) -> FeedbackStored:
        """Store a moderator's decision (confirm, reject or relabel) on an item; answers the stored record's id."""
        stored = self.runtime.feedback.add(fields)
        self.runtime.metrics.feedback.labels(verdict=fields["verdict"]).inc()
        return FeedbackStored(**stored)

    @bentoml.api(route="/admin/reload")
    async def reload(self, model: Optional[str] = None) -> dict[str, Any]:
        """Load the current production model (or the given model-store version) and swap it in atomically."""
        runtime = self.runtime
        try:
            loaded = await anyio.to_thread.run_sync(runtime.reload, model)
        except Exception as exc:
            serving = runtime.model.version if runtime.model else None
            logger.error("reload failed, still serving %s: %s", serving, exc)
            # not in the store: 404 for a named version, 409 when production points nowhere; a broken bundle: 500
            status = (404 if model else 409) if isinstance(exc, StoreError) else 500
            return JSONResponse(
                error_body(f"reload failed, still serving {serving}: {type(exc).__name__}: {exc}", "model",
                           serving=serving),
                status_code=status,
            )
        return {"reloaded": True, "model": loaded.info()}


OrgWatch.add_asgi_middleware(GuardMiddleware, keys_file=str(CONFIG.keys_file), max_body_bytes=CONFIG.max_body_bytes)
