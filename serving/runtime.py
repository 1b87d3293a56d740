"""What one service worker holds: the loaded model (swapped atomically on reload), the feedback store and the metrics."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pydantic

from orgwatch.labels import LABELS
from orgwatch.scoring import Classifier, load_classifier
from orgwatch.store import MODEL_NAME, PRODUCTION, StoreError, production_version, resolve
from serving.config import ServingConfig
from serving.feedback import FeedbackStore

logger = logging.getLogger(__name__)

ERROR_KEY = "__item_error__"


@dataclass(frozen=True)
class LoadedModel:
    """A classifier with where it came from; replaced as a whole, never changed in place."""

    classifier: Classifier
    ref: str
    loaded_at: str

    @property
    def version(self) -> str:
        """The bundle version."""
        return self.classifier.version

    def info(self) -> dict[str, Any]:
        """What GET /model answers."""
        meta = self.classifier.meta
        return {
            "version": meta.version,
            "tier": meta.kind,
            "labels": list(meta.labels),
            "thresholds": {label: {"review": t.review, "block": t.block} for label, t in meta.thresholds.items()},
            "metrics": meta.metrics,
            "created_at": meta.created_at,
            "parent_version": meta.parent_version,
            "base_model": meta.base_model,
            "normalizer_version": meta.normalizer_version,
            "ref": self.ref,
            "loaded_at": self.loaded_at,
        }


def load_model(ref: str) -> LoadedModel:
    """Resolve a model-store reference (never a filesystem path) and load its bundle."""
    path = resolve(ref, allow_paths=False)
    classifier = load_classifier(path)
    return LoadedModel(classifier, ref, datetime.now(timezone.utc).isoformat(timespec="seconds"))


def production_tag() -> str | None:
    """The production model's tag, declared by the service so that `bentoml build` packages it; None without a store."""
    try:
        version = production_version()
        if version:
            resolve(version)
            return f"{MODEL_NAME}:{version}"
    except Exception:  # inside a built Bento there is no alias file: nothing to declare
        pass
    return None


def packaged_model_ref(service: Any) -> str | None:
    """The model packaged in the Bento this service was loaded from (None when served from source)."""
    bento = getattr(service, "bento", None)
    if bento is None:
        return None
    for info in bento.info.services:
        for model in info.models:
            if model.tag.name == MODEL_NAME:
                return f"{MODEL_NAME}:{model.tag.version}"
    return None


class _QuietClientErrors(logging.Filter):
    """Drops BentoML's ERROR record (with a traceback quoting part of the input) for each invalid request body.

    Those are client errors, already answered 400 and visible in the access log.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, pydantic.ValidationError)


def quiet_client_errors() -> None:
    """Keep user text out of the log: install _QuietClientErrors on BentoML's request logger."""
    logging.getLogger("bentoml._internal.server.http_app").addFilter(_QuietClientErrors())


class ServiceMetrics:
    """Prometheus counters of this service (prometheus_client, in BentoML's multiprocess registry)."""

    _instance: "ServiceMetrics | None" = None

    def __init__(self) -> None:
        # imported here, after BentoML has set PROMETHEUS_MULTIPROC_DIR for this worker
        import prometheus_client as prom

        self.flags = prom.Counter("orgwatch_flags", "Items flagged, per label and suggestion (review or block)",
                                  ["label", "suggestion"])
        self.items = prom.Counter("orgwatch_items_classified", "Items classified, per overall suggestion", ["suggestion"])
        self.truncated = prom.Counter("orgwatch_items_truncated", "Items cut at the character limit")
        self.feedback = prom.Counter("orgwatch_feedback", "Moderator decisions stored, per verdict", ["verdict"])
        self.reloads = prom.Counter("orgwatch_model_reloads", "Model reloads, per outcome", ["outcome"])
        self.paths = prom.Counter("orgwatch_classify_requests", "/classify requests per path: direct (alone), "
                                  "batched, or shed (503: over ORGWATCH_MAX_IN_FLIGHT)", ["path"])

    @classmethod
    def get(cls) -> "ServiceMetrics":
        """The one instance of this process (prometheus refuses to register a metric twice)."""
        if cls._instance is None:
            cls._instance = ServiceMetrics()
        return cls._instance

    def observe_results(self, results: list[dict[str, Any]]) -> None:
        """Count suggestions and flags of classified items."""
        for result in results:
            self.items.labels(suggestion=result.get("suggestion", "pass")).inc()
            for label in LABELS:
                suggestion = (result.get("labels", {}).get(label) or {}).get("suggestion", "pass")
                if suggestion != "pass":
                    self.flags.labels(label=label, suggestion=suggestion).inc()
            if result.get("truncated"):
                self.truncated.inc()


def classify_jobs(classifier: Classifier, jobs: list[dict[str, Any]], max_chars: int) -> list[dict[str, Any]]:
    """Classify a merged batch of {"item", "explain"} jobs from several requests; a bad item fails alone.

    A bad item becomes {ERROR_KEY: {"field", "message"}} instead of failing every request that shares the batch.
    """
    from orgwatch.results import ItemError, classify_items

    out: list[dict[str, Any] | None] = [None] * len(jobs)
    for explain in (True, False):
        indices = [i for i, job in enumerate(jobs) if bool(job.get("explain", True)) is explain]
        if not indices:
            continue
        items = [jobs[i]["item"] for i in indices]
        try:
            results = classify_items(classifier, items, explain=explain, max_chars=max_chars)
        except ItemError:
            results = []
            for item in items:
                try:
                    results.extend(classify_items(classifier, [item], explain=explain, max_chars=max_chars))
                except ItemError as exc:
                    results.append({ERROR_KEY: {"field": getattr(exc, "field", "item"),
                                                "message": getattr(exc, "message", str(exc))}})
        for i, result in zip(indices, results):
            out[i] = result
    return out  # type: ignore[return-value]


@dataclass
class _ReloadMarker:
    """A small file that tells the other workers of this server which version to follow after /admin/reload."""

    path: Path
    seen_mtime: float = 0.0
    checked_at: float = 0.0
    following: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def read(self) -> tuple[float, dict[str, Any]] | None:
        try:
            mtime = self.path.stat().st_mtime
            return mtime, json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def write(self, version: str, ref: str) -> None:
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"version": version, "ref": ref, "at": time.time()}), encoding="utf-8")
        os.replace(tmp, self.path)
        found = self.read()
        if found:
            self.seen_mtime = found[0]


class ServingRuntime:
    """The model (atomic swap on reload; in-flight batches keep the model they started with), store and metrics."""

    FOLLOW_CHECK_EVERY_S = 1.0

    def __init__(self, config: ServingConfig, marker_dir: Path | None = None, bento_model: str | None = None):
        self.config = config
        self.bento_model = bento_model
        self.model: LoadedModel | None = None
        self.load_error: str | None = None
        self.feedback = FeedbackStore(config.feedback_db)
        self.metrics = ServiceMetrics.get()
        self._reload_lock = threading.Lock()
        self._model_lock = threading.Lock()  # one model call at a time per worker, batched or direct
        # workers of one `bentoml serve` are children of one process: the marker is scoped to that parent
        marker_dir = marker_dir or Path(tempfile.gettempdir())
        self._marker = _ReloadMarker(marker_dir / f"orgwatch-serving-{os.getppid()}-reload.json")
        found = self._marker.read()
        self._marker.seen_mtime = found[0] if found else 0.0
        try:
            self.model = self._load(config.model)
            logger.info("serving model %s (%s)", self.model.version, config.model)
        except Exception as exc:  # keep the server up, not ready, and say why
            self.load_error = f"{type(exc).__name__}: {exc}"
            logger.error("no model loaded (%s): %s", config.model, self.load_error)
        try:
            purged = self.feedback.purge(config.retention_days)
            if purged:
                logger.info("feedback retention: purged %d decisions older than %d days", purged, config.retention_days)
        except Exception:  # retention must never stop the service from starting
            logger.exception("feedback retention purge failed")

    def _load(self, ref: str) -> LoadedModel:
        try:
            return load_model(ref)
        except StoreError:
            if ref != PRODUCTION or not self.bento_model:
                raise
            logger.info("no production alias here: serving the model packaged in this Bento, %s", self.bento_model)
            return load_model(self.bento_model)

    def classify(self, jobs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Classify jobs with the current model (see classify_jobs); the model is fixed for the whole call."""
        model = self.model
        if model is None:
            raise RuntimeError("no model loaded")
        with self._model_lock:
            return classify_jobs(model.classifier, jobs, self.config.max_chars)

    @property
    def ready(self) -> bool:
        """True once a model is loaded."""
        return self.model is not None

    def reload(self, ref: str | None = None, announce: bool = True) -> LoadedModel:
        """Load ref (default: the configured reference, e.g. the current production) and swap it in.

        On failure the old model keeps serving and the exception propagates to the caller.
        """
        ref = ref or self.config.model
        with self._reload_lock:
            try:
                loaded = self._load(ref)
            except Exception:
                self.metrics.reloads.labels(outcome="failed").inc()
                raise
            previous = self.model.version if self.model else None
            self.model = loaded  # one reference assignment: requests see the old or the new model, never half
            self.load_error = None
            self.metrics.reloads.labels(outcome="ok").inc()
            logger.info("model reloaded: %s -> %s (%s)", previous, loaded.version, ref)
        if not announce:
            return loaded
        try:
            self._marker.write(loaded.version, ref)
        except OSError:
            logger.exception("could not tell the other workers about the reload")
        return loaded

    def follow_other_workers(self) -> None:
        """If another worker reloaded, load the same version in the background (cheap check, at most once a second)."""
        now = time.monotonic()
        if now - self._marker.checked_at < self.FOLLOW_CHECK_EVERY_S:
            return
        self._marker.checked_at = now
        found = self._marker.read()
        if not found or found[0] <= self._marker.seen_mtime:
            return
        mtime, marker = found
        self._marker.seen_mtime = mtime
        version = marker.get("version")
        if not isinstance(version, str) or (self.model and self.model.version == version):
            return
        with self._marker.lock:
            if self._marker.following:
                return
            self._marker.following = True

        def follow() -> None:
            try:
                self.reload(version, announce=False)
            except Exception as exc:
                logger.error("could not follow the reload to %s, still serving the old model: %s", version, exc)
            finally:
                self._marker.following = False

        threading.Thread(target=follow, name="orgwatch-follow-reload", daemon=True).start()
