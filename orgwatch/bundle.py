"""The model bundle contract: a folder with orgwatch.json, safe weights and the training config.

A bundle is written by training and read by everything else through `load_bundle_metadata` /
`orgwatch.scoring.load_model`. Pickle files are refused: weights are safetensors, ONNX or skops.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from orgwatch.labels import LABELS
from orgwatch.text import NORMALIZER_VERSION

logger = logging.getLogger(__name__)

METADATA_FILE = "orgwatch.json"
CONFIG_FILE = "training_config.json"
TIERS = ("lexical", "transformer", "cascade")
PICKLE_SUFFIXES = (".pkl", ".pickle", ".joblib", ".bin", ".pt", ".pth", ".ckpt", ".npy", ".npz")
SAFE_SUFFIXES = (".json", ".yaml", ".safetensors", ".onnx", ".skops", ".txt", ".md", ".csv", ".model", ".png")


class BundleError(ValueError):
    """A model bundle is missing, corrupt, unsafe or incompatible with this code."""


@dataclass
class Thresholds:
    """Per-label decision thresholds on calibrated scores: block (high precision) and review (high recall)."""

    review: float
    block: float

    def suggestion(self, score: float) -> str:
        """Map a calibrated score to pass / review / block."""
        if score >= self.block:
            return "block"
        if score >= self.review:
            return "review"
        return "pass"


@dataclass
class BundleMetadata:
    """What orgwatch.json holds: enough to say how a model was made and how to use it."""

    kind: str
    version: str
    labels: list[str]
    thresholds: dict[str, Thresholds]
    normalizer_version: str = NORMALIZER_VERSION
    base_model: str | None = None
    data_fingerprint: str | None = None
    metrics: dict[str, Any] = field(default_factory=dict)
    calibration: dict[str, Any] = field(default_factory=dict)
    parent_version: str | None = None
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    components: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Serialize for orgwatch.json."""
        data = asdict(self)
        data["thresholds"] = {label: asdict(t) for label, t in self.thresholds.items()}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "BundleMetadata":
        """Parse orgwatch.json content, raising BundleError on anything missing or malformed."""
        try:
            thresholds = {label: Thresholds(**t) for label, t in data["thresholds"].items()}
            known = {f for f in cls.__dataclass_fields__}  # type: ignore[attr-defined]
            kwargs = {k: v for k, v in data.items() if k in known and k != "thresholds"}
            meta = cls(thresholds=thresholds, **kwargs)
        except (KeyError, TypeError) as exc:
            raise BundleError(f"{METADATA_FILE} is malformed: {exc}") from exc
        if meta.kind not in TIERS:
            raise BundleError(f"{METADATA_FILE}: unknown kind {meta.kind!r} (expected one of {', '.join(TIERS)})")
        if list(meta.labels) != list(LABELS):
            raise BundleError(f"{METADATA_FILE}: labels {meta.labels} do not match this orgwatch's {list(LABELS)}")
        return meta


def new_version(kind: str) -> str:
    """A sortable, unique version string for a new bundle."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    return f"{kind}-{stamp}"


def fingerprint_texts(items: list[str]) -> str:
    """A short stable fingerprint of training data (order-independent)."""
    digest = hashlib.sha256()
    for h in sorted(hashlib.sha256(t.encode("utf-8", "surrogatepass")).hexdigest() for t in items):
        digest.update(h.encode())
    return digest.hexdigest()[:16]


def check_no_pickles(bundle_dir: Path) -> None:
    """Refuse a bundle that holds any pickle-like or unknown file type."""
    for path in bundle_dir.rglob("*"):
        if not path.is_file():
            continue
        if path.suffix.lower() in PICKLE_SUFFIXES:
            raise BundleError(f"{path}: pickle-like files are never loaded from a model bundle")
        if path.suffix.lower() not in SAFE_SUFFIXES and path.name not in ("tokenizer.json", "vocab.txt"):
            raise BundleError(f"{path}: unexpected file type in a model bundle")
        with path.open("rb") as fh:
            head = fh.read(2)
        if head[:1] == b"\x80" and head[1:2] in (b"\x02", b"\x03", b"\x04", b"\x05"):
            raise BundleError(f"{path}: looks like a pickle; refusing to load it")


def write_metadata(bundle_dir: Path, meta: BundleMetadata, config: dict[str, Any]) -> None:
    """Write orgwatch.json and the resolved training config beside the weights."""
    bundle_dir.mkdir(parents=True, exist_ok=True)
    (bundle_dir / METADATA_FILE).write_text(json.dumps(meta.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    (bundle_dir / CONFIG_FILE).write_text(json.dumps(config, ensure_ascii=False, indent=2, default=str), encoding="utf-8")


def load_bundle_metadata(bundle_dir: Path) -> BundleMetadata:
    """Read and check a bundle's orgwatch.json: present, parseable, safe files, same normalizer version."""
    bundle_dir = Path(bundle_dir)
    meta_path = bundle_dir / METADATA_FILE
    if not meta_path.is_file():
        raise BundleError(f"{bundle_dir}: not a model bundle (no {METADATA_FILE})")
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(f"{meta_path}: corrupt ({exc})") from exc
    if not isinstance(data, dict):
        raise BundleError(f"{meta_path}: corrupt (not a JSON object)")
    meta = BundleMetadata.from_json(data)
    if meta.normalizer_version != NORMALIZER_VERSION:
        raise BundleError(
            f"{bundle_dir}: made with normalizer version {meta.normalizer_version}, this orgwatch has "
            f"{NORMALIZER_VERSION}; retrain the model"
        )
    check_no_pickles(bundle_dir)
    return meta


def load_training_config(bundle_dir: Path) -> dict[str, Any]:
    """The resolved training config a bundle was made with."""
    path = Path(bundle_dir) / CONFIG_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
