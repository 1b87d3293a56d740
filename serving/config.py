"""Serving settings: defaults, overridden by ORGWATCH_* environment variables, read in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from orgwatch.paths import MODELS_DIR

# Environment variable -> field of ServingConfig.
ENV_VARS: dict[str, str] = {
    "ORGWATCH_MODEL": "model",
    "ORGWATCH_FEEDBACK_DB": "feedback_db",
    "ORGWATCH_FEEDBACK_RETENTION_DAYS": "retention_days",
    "ORGWATCH_KEYS_FILE": "keys_file",
    "ORGWATCH_MAX_ITEMS": "max_items",
    "ORGWATCH_MAX_CHARS": "max_chars",
    "ORGWATCH_MAX_BODY_BYTES": "max_body_bytes",
    "ORGWATCH_WORKERS": "workers",
    "ORGWATCH_BATCH_MAX_ITEMS": "batch_max_items",
    "ORGWATCH_BATCH_MAX_LATENCY_MS": "batch_max_latency_ms",
    "ORGWATCH_ADAPTIVE_BATCHING": "adaptive_batching",
    "ORGWATCH_REQUEST_TIMEOUT_S": "request_timeout_s",
    "ORGWATCH_MAX_IN_FLIGHT": "max_in_flight",
}
_BOOLEANS = {"1": True, "on": True, "true": True, "yes": True, "0": False, "off": False, "false": False, "no": False}


class ConfigError(ValueError):
    """An ORGWATCH_* variable holds a value of the wrong kind."""


@dataclass(frozen=True)
class ServingConfig:
    """Everything the service and its commands can be told, with safe defaults."""

    model: str = "production"  # a model-store reference only: "production", a version or orgwatch:VERSION
    feedback_db: Path = MODELS_DIR / "feedback.sqlite3"
    retention_days: int = 365
    keys_file: Path = MODELS_DIR / "api_keys.json"
    max_items: int = 256  # items per /classify request
    max_chars: int = 200_000  # characters classified per item; longer ones are cut and marked truncated
    max_body_bytes: int = 20 * 1024 * 1024  # larger request bodies get 413
    workers: int = 1
    # Adaptive batching of the internal batch endpoint (items, not requests; see serving/service.py).
    batch_max_items: int = 64
    batch_max_latency_ms: int = 30_000
    # off by default: with the lexical tier it bought ~10% throughput for 2x the p99, and BentoML's batched path grows
    # worker memory ~14 KB per request (make load, RELIABILITY.md); on for models with a large per-call cost
    adaptive_batching: bool = False
    request_timeout_s: int = 120
    # /classify requests one worker holds at once (answered or waiting for a thread); more get 503 with Retry-After
    # instead of queueing until the timeout. 256 requests of the lexical tier take about 2 s (make load).
    max_in_flight: int = 256

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "ServingConfig":
        """Defaults overridden by the ORGWATCH_* variables that are set; raises ConfigError on bad values."""
        environ = os.environ if environ is None else environ
        types = {f.name: f.type for f in fields(cls)}
        values: dict[str, object] = {}
        for var, name in ENV_VARS.items():
            raw = environ.get(var)
            if raw is None or raw.strip() == "":
                continue
            kind = types[name]
            if kind in ("int", int):
                try:
                    number = int(raw)
                except ValueError:
                    raise ConfigError(f"{var}={raw!r}: expected a whole number") from None
                if number < 1:
                    raise ConfigError(f"{var}={raw!r}: must be at least 1")
                values[name] = number
            elif kind in ("bool", bool):
                flag = raw.strip().lower()
                if flag not in _BOOLEANS:
                    raise ConfigError(f"{var}={raw!r}: expected on or off (also 1/0, true/false, yes/no)")
                values[name] = _BOOLEANS[flag]
            elif kind in ("Path", Path):
                values[name] = Path(raw).expanduser()
            else:
                values[name] = raw.strip()
        return cls(**values)  # type: ignore[arg-type]
