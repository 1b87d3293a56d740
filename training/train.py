"""The training driver: data -> split -> fit a tier -> calibrate on gold -> metrics -> bundle -> model store."""

from __future__ import annotations

import logging
import random
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from orgwatch.bundle import BundleMetadata, Thresholds, fingerprint_texts, new_version, write_metadata
from orgwatch.data import Record, read_records, split_records
from orgwatch.labels import LABELS
from orgwatch.paths import MODELS_DIR
from orgwatch.scoring import Classifier, load_classifier
from orgwatch.text import normalize_batch
from training.calibration import calibrate_and_threshold
from training.config import TrainConfig
from training.evaluate import targets_of
from training.metrics import all_metrics

logger = logging.getLogger(__name__)

BUNDLES_DIR = MODELS_DIR / "bundles"
SPLIT_NAMES = ("train", "validation", "test")


@dataclass
class TrainResult:
    """What a training run produced."""

    bundle_dir: Path
    version: str
    metrics: dict[str, Any]
    seconds: float


def load_records(path: Path) -> list[Record]:
    """All records of a contract file (raises orgwatch.data.DataError naming the first bad line)."""
    return list(read_records(path))


def _seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    try:
        import torch

        torch.manual_seed(seed)
    except ImportError:  # pragma: no cover - torch is a dependency
        pass


def generated_corpus_path(config: TrainConfig) -> Path:
    """Where the generated corpus for this config and generator round lives (reused when it already exists)."""
    from training.corpus import GENERATOR_VERSION

    d = config.data
    return Path(d.generated_dir) / f"corpus-n{d.generate_n}-s{d.generate_seed}-g{GENERATOR_VERSION}.jsonl"


def load_training_records(config: TrainConfig) -> tuple[list[Record], list[str]]:
    """The training records and the files they came from, generating the bootstrap corpus when none are given."""
    files = [Path(f) for f in config.data.train_files]
    if not files:
        path = generated_corpus_path(config)
        if not path.is_file():
            from training.corpus import write_corpus

            logger.info("generating %d documents (seed %d) into %s", config.data.generate_n, config.data.generate_seed, path)
            path.parent.mkdir(parents=True, exist_ok=True)
            write_corpus(path, config.data.generate_n, config.data.generate_seed)
        files = [path]
    records: list[Record] = []
    for f in files:
        records.extend(load_records(f))
    return records, [str(f) for f in files]


def split_training_records(records: list[Record], config: TrainConfig) -> dict[str, list[Record]]:
    """Group-aware train/validation/test split, saved beside the generated data for later comparisons."""
    return split_records(records, seed=config.data.split_seed)


def _normalized(records: list[Record]) -> list[str]:
    return [n.text for n in normalize_batch([r.classified_text() for r in records])]


def _fit_tier(config: TrainConfig, splits: dict[str, list[Record]], work_dir: Path) -> dict[str, Any]:
    """Fit the configured tier's weights into work_dir; return tier-specific info for the bundle."""
    train_texts = _normalized(splits["train"])
    train_y = targets_of(splits["train"])
    if config.tier == "lexical":
        from training.lexical import fit_lexical, record_weights

        weights = record_weights([record.origin for record in splits["train"]], config.lexical)
        parts = fit_lexical(train_texts, train_y, config.lexical, config.seed, sample_weight=weights)
        parts.save(work_dir)
        return {"train_docs": len(train_texts)}
    if config.tier == "transformer":
        from orgwatch.base_models import resolve_base_model
        from training.transformer import fit_transformer

        info = fit_transformer(
            train_texts, train_y, _normalized(splits["validation"]), targets_of(splits["validation"]),
            config.transformer, config.seed, work_dir,
        )
        info["base_model_path"] = resolve_base_model(config.transformer.base_model)
        return info
    raise ValueError(f"tier {config.tier!r} is trained with `orgwatch train --tier cascade` from two bundles")


def _calibrate(
    classifier: Classifier, config: TrainConfig, calibration: list[Record]
) -> tuple[dict[str, Any], dict[str, Thresholds], dict[str, Any]]:
    raw = classifier.raw_scores_normalized(_normalized(calibration))
    y = targets_of(calibration)
    params, thresholds, achieved = {}, {}, {}
    for j, label in enumerate(LABELS):
        p, t, a = calibrate_and_threshold(
            raw[:, j], y[:, j], config.calibration.method, config.calibration.block_precision, config.calibration.review_recall
        )
        params[label], thresholds[label], achieved[label] = p, t, a
    return params, thresholds, achieved


def finish_bundle(
    work_dir: Path, meta: BundleMetadata, config: TrainConfig, splits: dict[str, list[Record]]
) -> dict[str, Any]:
    """Calibrate and threshold on gold calibration data, measure, and write orgwatch.json into work_dir."""
    calibration = load_records(Path(config.data.calibration_file))
    evaluation = load_records(Path(config.data.evaluation_file))
    write_metadata(work_dir, meta, config.to_dict())
    classifier = load_classifier(work_dir)
    params, thresholds, achieved = _calibrate(classifier, config, calibration)
    meta.calibration, meta.thresholds = params, thresholds
    classifier.meta = meta
    metrics: dict[str, Any] = {"calibration_achieved": achieved}
    for name, records in (("gold_evaluation", evaluation), ("generated_test", splits.get("test", []))):
        if records:
            scores = classifier.predict_proba_normalized(_normalized(records))
            metrics[name] = all_metrics(scores, targets_of(records), thresholds, [r.source_type for r in records])
    meta.metrics = metrics
    meta.extra["calibration_data"] = f"calibrated and thresholded on {Path(config.data.calibration_file).name}"
    write_metadata(work_dir, meta, config.to_dict())
    return metrics


def publish_bundle(work_dir: Path, out_dir: Path, register: bool) -> None:
    """Copy a finished bundle to its folder (replacing an old one) and register it in the model store."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(work_dir, out_dir)
    if register:
        from orgwatch.store import register_bundle

        register_bundle(out_dir)


def train(config: TrainConfig, out_dir: Path | None = None, register: bool = True) -> TrainResult:
    """Run a whole training for config.tier and write a bundle (registered in the model store unless told not to)."""
    started = time.perf_counter()
    _seed_everything(config.seed)
    records, files = load_training_records(config)
    splits = split_training_records(records, config)
    version = new_version(config.tier)
    out_dir = Path(out_dir) if out_dir else BUNDLES_DIR / version
    with tempfile.TemporaryDirectory(prefix="orgwatch-train-") as tmp:
        work_dir = Path(tmp) / "bundle"
        work_dir.mkdir()
        tier_info = _fit_tier(config, splits, work_dir)
        meta = BundleMetadata(
            kind=config.tier,
            version=version,
            labels=list(LABELS),
            thresholds={label: Thresholds(review=0.5, block=0.9) for label in LABELS},
            base_model=config.transformer.base_model if config.tier == "transformer" else None,
            data_fingerprint=fingerprint_texts([r.classified_text() for r in splits["train"]]),
            parent_version=config.parent_version,
            extra={"train_files": files, "split_sizes": {k: len(v) for k, v in splits.items()}, **tier_info},
        )
        metrics = finish_bundle(work_dir, meta, config, splits)
        meta.extra["train_seconds"] = round(time.perf_counter() - started, 1)
        write_metadata(work_dir, meta, config.to_dict())
        publish_bundle(work_dir, out_dir, register)
    seconds = time.perf_counter() - started
    logger.info("trained %s in %.1f s", version, seconds)
    return TrainResult(bundle_dir=out_dir, version=version, metrics=metrics, seconds=seconds)
