"""`orgwatch train --tier cascade`: a cascade bundle built from two bundles, band chosen on gold, calibrated."""

import numpy as np

from orgwatch.bundle import BundleMetadata, Thresholds, new_version, write_metadata
from orgwatch.labels import LABELS
from orgwatch.scoring import load_classifier
from training.cascade_train import train_cascade
from training.config import load_config

from .test_cascade import _tiny_transformer


def test_cascade_bundle_is_built_calibrated_and_loadable(tmp_path, tiny_lexical_bundle):
    transformer_dir = _tiny_transformer(tmp_path / "transformer")
    meta = BundleMetadata(kind="transformer", version=new_version("transformer"), labels=list(LABELS),
                          thresholds={label: Thresholds(review=0.5, block=0.9) for label in LABELS})
    write_metadata(transformer_dir, meta, {"tier": "transformer"})
    result = train_cascade(load_config(overrides={"tier": "cascade"}), tiny_lexical_bundle, transformer_dir,
                           tmp_path / "cascade", register=False)
    classifier = load_classifier(result.bundle_dir)
    assert classifier.meta.kind == "cascade"
    assert set(classifier.meta.extra["band"]) == set(LABELS)
    assert classifier.meta.components["transformer"] == meta.version
    assert "gold_evaluation" in result.metrics
    scores = classifier.predict_proba(["中国国际协会招募理事", "酒店很好"])
    assert scores.shape == (2, len(LABELS)) and np.isfinite(scores).all()
