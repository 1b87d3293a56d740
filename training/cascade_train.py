"""`orgwatch train --tier cascade`: combine a lexical and a transformer bundle, choosing the uncertain band on gold.

The band is chosen on the hand-written gold calibration part, not on generated validation data: on generated text the
lexical tier is already near-perfect, so a band chosen there routes almost nothing and the cascade would keep the
lexical tier's quality on real language instead of the transformer's.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

from orgwatch.bundle import BundleMetadata, Thresholds, new_version
from orgwatch.labels import LABELS
from orgwatch.scoring import load_classifier
from orgwatch.text import normalize_batch
from training.cascade import assemble_cascade_dir, choose_band, evaluate_band
from training.config import TrainConfig
from training.evaluate import targets_of
from training.train import BUNDLES_DIR, TrainResult, finish_bundle, load_records, publish_bundle

logger = logging.getLogger(__name__)

BAND_TOLERANCE = 0.01  # the cascade's F1 may trail the transformer's by at most this much on the band data


def train_cascade(
    config: TrainConfig, lexical_dir: Path, transformer_dir: Path, out_dir: Path | None = None, register: bool = True
) -> TrainResult:
    """Build, calibrate and register a cascade bundle from two existing bundles."""
    started = time.perf_counter()
    lexical, transformer = load_classifier(lexical_dir), load_classifier(transformer_dir)
    if lexical.meta.kind != "lexical" or transformer.meta.kind != "transformer":
        raise ValueError("--lexical must be a lexical bundle and --transformer a transformer bundle")
    band_records = load_records(Path(config.data.calibration_file))
    texts = [n.text for n in normalize_batch([r.classified_text() for r in band_records])]
    targets = targets_of(band_records)
    lexical_raw = lexical.raw_scores_normalized(texts)
    transformer_raw = transformer.raw_scores_normalized(texts)
    band = choose_band(lexical_raw, transformer_raw, targets, 0.5, BAND_TOLERANCE)
    band_report = evaluate_band(lexical_raw, transformer_raw, targets, band, 0.5)
    logger.info("cascade band %s routes %.1f%% of the band data", band, 100 * band_report["routed_share"])

    version = new_version("cascade")
    out_dir = Path(out_dir) if out_dir else BUNDLES_DIR / version
    with tempfile.TemporaryDirectory(prefix="orgwatch-cascade-") as tmp:
        work_dir = Path(tmp) / "bundle"
        work_dir.mkdir()
        assemble_cascade_dir(work_dir, lexical.bundle_dir, transformer.bundle_dir)
        meta = BundleMetadata(
            kind="cascade",
            version=version,
            labels=list(LABELS),
            thresholds={label: Thresholds(review=0.5, block=0.9) for label in LABELS},
            base_model=transformer.meta.base_model,
            data_fingerprint=transformer.meta.data_fingerprint,
            parent_version=config.parent_version,
            components={"lexical": lexical.version, "transformer": transformer.version},
            extra={
                "band": {label: list(band[label]) for label in LABELS},
                "band_data": Path(config.data.calibration_file).name,
                "band_report": band_report,
            },
        )
        metrics = finish_bundle(work_dir, meta, config, {})
        publish_bundle(work_dir, out_dir, register)
    return TrainResult(bundle_dir=out_dir, version=version, metrics=metrics, seconds=time.perf_counter() - started)
