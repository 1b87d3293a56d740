"""Retraining on confirmed cases: validate additions, dedupe them against existing data, split them by group, train a
candidate from the production bundle's recorded config and compare it with production on frozen evaluation data.

Where added data lives: `$BENTOML_HOME/orgwatch_data/VERSION/` (beside the model store, never in git, since confirmed
cases are user texts) holds, for each retrained version, the cumulative records added along its lineage, one JSONL
per split: train.jsonl, validation.jsonl, test.jsonl and regression.jsonl. A retrain from production reads
production's folder and writes the candidate's, so a refused candidate's data never reaches a later retrain, and a
rollback restores the data of the version rolled back to.

Confirmed cases (origin "confirmed") go by group (group, else web host, else content; near duplicates joined) either
to train (3 in 4) or to the regression set (1 in 4), and keep that side forever: the regression set is all confirmed
cases so far that no model of the lineage trained on. Other added records are split train/validation/test like the
bootstrap data. Records already present (exact or near duplicates of the training data, earlier additions or the gold
set) are dropped. The bootstrap data keep the split production had, so the frozen generated test split stays frozen.

Speed: the split of the bootstrap data, its normalized texts and MinHash signatures are cached by content under
`generated_dir/splits/` (the first retrain of a corpus pays for them once); new records are matched against the
cached signatures by banding, and the generated test split is scored once per model.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from orgwatch.bundle import (
    BundleMetadata,
    Thresholds,
    load_bundle_metadata,
    load_training_config,
    new_version,
    write_metadata,
)
import numpy as np

from orgwatch.data import (
    DEFAULT_FRACTIONS,
    DEFAULT_NUM_PERM,
    DEFAULT_THRESHOLD,
    ORIGIN_PRIORITY,
    SHINGLE_SIZE,
    DroppedRecord,
    Problem,
    Record,
    near_duplicate_groups,
    _signatures,
    content_digest,
    normalized_texts,
    split_key,
    split_records,
    validate_files,
)
from orgwatch.labels import LABELS
from orgwatch.paths import configure_bentoml_home
from training.config import TrainConfig, config_from_dict
from training.evaluate import targets_of
from training.metrics import all_metrics
from training.train import (
    BUNDLES_DIR,
    _seed_everything,
    finish_bundle,
    load_records,
    load_training_records,
    publish_bundle,
    split_training_records,
)

logger = logging.getLogger(__name__)

DATA_FOLDER = "orgwatch_data"
ADDED_SPLITS = ("train", "validation", "test", "regression")
CONFIRMED_FRACTIONS = {"train": 0.75, "regression": 0.25}
SPLIT_CACHE_VERSION = 3
BANDS, BAND_ROWS = 32, 4  # MinHash banding for new-against-existing matches: a pair at Jaccard 0.8 is missed ~1e-7
# the transformer continuing from production weights trains on every added record plus a replay sample of the
# bootstrap data, for one epoch, and stops early on a validation sample: minutes on two cores instead of an hour
CONTINUE_MAX_TRAIN_DOCS = 1500
CONTINUE_MAX_VALIDATION_DOCS = 400
CONTINUE_EPOCHS = 1.0

ProgressFn = Callable[[str], None]


class RetrainError(ValueError):
    """Retraining cannot start: no production model, bad additions, or an unsupported tier."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


def data_folder(version: str) -> Path:
    """The folder holding the cumulative added data of a version's lineage (may not exist)."""
    return configure_bentoml_home() / DATA_FOLDER / version


def load_added(version: str | None) -> dict[str, list[Record]]:
    """The records added along a version's lineage, per split (empty for a bootstrap model)."""
    folder = data_folder(version) if version else None
    out: dict[str, list[Record]] = {name: [] for name in ADDED_SPLITS}
    if folder is None or not folder.is_dir():
        return out
    for name in ADDED_SPLITS:
        path = folder / f"{name}.jsonl"
        if path.is_file():
            out[name] = load_records(path)
    return out


def save_added(version: str, added: dict[str, list[Record]]) -> Path:
    """Write a version's cumulative added data (one JSONL per split); return the folder."""
    folder = data_folder(version)
    folder.mkdir(parents=True, exist_ok=True)
    for name in ADDED_SPLITS:
        tmp = folder / f"{name}.jsonl.tmp"
        with tmp.open("w", encoding="utf-8") as fh:
            for record in added.get(name, []):
                fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        tmp.replace(folder / f"{name}.jsonl")
    return folder


def regression_set(version: str | None) -> list[Record]:
    """All confirmed cases held out of training along a version's lineage."""
    return load_added(version)["regression"]


def _cache_stem(config: TrainConfig, records: list[Record]) -> Path:
    digest = hashlib.sha256()
    for record in records:
        # the raw text or HTML: extracting the text of HTML records would cost more than everything the cache saves
        digest.update(record.id.encode("utf-8", "surrogatepass") + b"\x00")
        digest.update((record.text or record.html or "").encode("utf-8", "surrogatepass") + b"\x00")
    key = f"{digest.hexdigest()[:16]}-s{config.data.split_seed}-v{SPLIT_CACHE_VERSION}"
    return Path(config.data.generated_dir) / "splits" / f"split-{key}"


def _permutations() -> np.ndarray:
    from datasketch import MinHash

    return MinHash(num_perm=DEFAULT_NUM_PERM, seed=1).permutations


def minhash_signatures(normalized: Sequence[str]) -> np.ndarray:
    """MinHash signatures of normalized texts, the same orgwatch.data's dedupe and splits use."""
    if not normalized:
        return np.empty((0, DEFAULT_NUM_PERM), dtype=np.uint32)
    return _signatures(list(normalized), _permutations(), SHINGLE_SIZE)


@dataclass
class BaseData:
    """The bootstrap (or configured) training data split as `orgwatch train` splits it, with each record's normalized
    text and MinHash signature (same order as the records of each split)."""

    splits: dict[str, list[Record]]
    normalized: dict[str, list[str]]
    signatures: dict[str, np.ndarray]
    text_hashes: dict[str, list[str]]  # sha256 of each classified text, for the data fingerprint


def load_base(config: TrainConfig) -> BaseData:
    """The base data of a config; split, normalized texts and signatures are cached by content under generated_dir."""
    records, _ = load_training_records(config)
    stem = _cache_stem(config, records)
    index_path, signatures_path = stem.with_suffix(".json"), stem.with_suffix(".signatures.npy")
    cached = None
    if index_path.is_file() and signatures_path.is_file():
        try:
            cached = json.loads(index_path.read_text(encoding="utf-8"))
            signatures = np.load(signatures_path, allow_pickle=False)
            if len(cached["split"]) != len(records) or len(signatures) != len(records) or "text_hashes" not in cached:
                cached = None
        except (OSError, ValueError, KeyError) as exc:
            logger.warning("ignoring the unreadable split cache %s: %s", index_path, exc)
            cached = None
    if cached is None:
        splits = split_training_records(records, config)
        where = {id(r): name for name, part in splits.items() for r in part}
        cached = {"split": [where[id(r)] for r in records], "normalized": normalized_texts(records),
                  "text_hashes": text_hashes(records)}
        signatures = minhash_signatures(cached["normalized"])
        try:
            index_path.parent.mkdir(parents=True, exist_ok=True)
            tmp = index_path.with_suffix(".tmp")
            tmp.write_text(json.dumps(cached, ensure_ascii=False), encoding="utf-8")
            with signatures_path.with_suffix(".tmp.npy").open("wb") as fh:
                np.save(fh, signatures, allow_pickle=False)
            signatures_path.with_suffix(".tmp.npy").replace(signatures_path)
            tmp.replace(index_path)
        except OSError as exc:  # a read-only data folder only costs the next retrain the split time
            logger.warning("cannot cache the split in %s: %s", index_path, exc)
    positions: dict[str, list[int]] = {name: [] for name in DEFAULT_FRACTIONS}
    for index, name in enumerate(cached["split"]):
        positions.setdefault(name, []).append(index)
    return BaseData(
        splits={name: [records[i] for i in idx] for name, idx in positions.items()},
        normalized={name: [cached["normalized"][i] for i in idx] for name, idx in positions.items()},
        signatures={name: signatures[np.array(idx, dtype=np.int64)] if idx else signatures[:0] for name, idx in positions.items()},
        text_hashes={name: [cached["text_hashes"][i] for i in idx] for name, idx in positions.items()},
    )


def text_hashes(records: Sequence[Record]) -> list[str]:
    """sha256 of each record's classified text (what orgwatch.bundle.fingerprint_texts hashes)."""
    return [hashlib.sha256(r.classified_text().encode("utf-8", "surrogatepass")).hexdigest() for r in records]


def fingerprint_hashes(hashes: Sequence[str]) -> str:
    """orgwatch.bundle.fingerprint_texts from the texts' sha256 hashes: the same value, without the texts."""
    digest = hashlib.sha256()
    for h in sorted(hashes):
        digest.update(h.encode())
    return digest.hexdigest()[:16]


def base_splits(config: TrainConfig) -> dict[str, list[Record]]:
    """The base training data split as `orgwatch train` splits it (cached; see load_base)."""
    return load_base(config).splits


def _band_keys(signatures: np.ndarray) -> np.ndarray:
    rows = signatures.astype(np.uint64).reshape(len(signatures), BANDS, BAND_ROWS)
    keys = np.zeros((len(signatures), BANDS), dtype=np.uint64)
    for r in range(BAND_ROWS):
        keys = keys * np.uint64(0x100000001B3) + rows[:, :, r]  # wraps modulo 2**64; a collision only adds a candidate
    return keys


def near_matches(new: np.ndarray, old: np.ndarray, threshold: float) -> list[tuple[int, float] | None]:
    """For each new signature, the most similar old one with estimated Jaccard >= threshold (index, similarity)."""
    best: list[tuple[int, float] | None] = [None] * len(new)
    if not len(new) or not len(old):
        return best
    old_keys, new_keys = _band_keys(old), _band_keys(new)
    candidates: list[set[int]] = [set() for _ in range(len(new))]
    for band in range(BANDS):
        order = np.argsort(old_keys[:, band], kind="stable")
        ordered = old_keys[order, band]
        low = np.searchsorted(ordered, new_keys[:, band], "left")
        high = np.searchsorted(ordered, new_keys[:, band], "right")
        for i in np.nonzero(high > low)[0]:
            candidates[i].update(order[low[i]:high[i]].tolist())
    for i, found in enumerate(candidates):
        if found:
            indices = np.fromiter(found, dtype=np.int64)
            similarity = (old[indices] == new[i]).mean(axis=1)
            j = int(np.argmax(similarity))
            if similarity[j] >= threshold:
                best[i] = (int(indices[j]), float(similarity[j]))
    return best


def gold_records(config: TrainConfig) -> list[Record]:
    """The gold calibration and evaluation records (never trained on)."""
    return load_records(Path(config.data.calibration_file)) + load_records(Path(config.data.evaluation_file))


@dataclass
class Additions:
    """What merging new records produced: the cumulative added data and what was dropped and why."""

    added: dict[str, list[Record]]
    new_by_split: dict[str, int]
    dropped: list[DroppedRecord] = field(default_factory=list)


def validate_additions(files: Sequence[Path]) -> list[Record]:
    """Read and check added files with the same rules as `orgwatch data validate`; raise RetrainError with problems."""
    report = validate_files(files)
    if report.problems:
        raise RetrainError(f"{len(report.problems)} problems in the added data (see `orgwatch data validate`)",
                           report.problems)
    return [item.record for item in report.records]


def merge_additions(
    existing: dict[str, list[Record]],
    previous: dict[str, list[Record]],
    gold: list[Record],
    new: list[Record],
    seed: int = 0,
    threshold: float = DEFAULT_THRESHOLD,
    base: BaseData | None = None,
) -> Additions:
    """Dedupe new records against everything existing and each other, then give each a split, keeping groups whole.

    existing: the base data by split (base: the same with cached normalized texts and signatures); previous: the
    lineage's added data by split. A new record that is an exact or near duplicate of an existing record is dropped;
    of duplicates among the new ones the most trusted origin (then the first) is kept. A new record joins the split of
    any existing record sharing its group (or web host, or content); the others are split among themselves.
    """
    old_records: list[Record] = []
    old_split: list[str | None] = []
    old_texts: list[str] = []
    old_signatures: list[np.ndarray] = []
    uncached: list[Record] = []
    for name, part in existing.items():
        old_records.extend(part)
        old_split.extend([name] * len(part))
        if base is not None and name in base.normalized:
            old_texts.extend(base.normalized[name])
            old_signatures.append(base.signatures[name])
        else:
            texts = normalized_texts(part)
            old_texts.extend(texts)
            old_signatures.append(minhash_signatures(texts))
    for name, part in list(previous.items()) + [(None, gold)]:
        uncached.extend(part)
        old_records.extend(part)
        old_split.extend([name] * len(part))
    texts = normalized_texts(uncached)
    old_texts.extend(texts)
    old_signatures.append(minhash_signatures(texts))
    old_sigs = np.vstack(old_signatures) if old_signatures else np.empty((0, DEFAULT_NUM_PERM), dtype=np.uint32)

    new = list(new)
    new_texts = normalized_texts(new)
    new_sigs = minhash_signatures(new_texts)
    old_by_digest: dict[str, int] = {}
    for index, text in enumerate(old_texts):
        old_by_digest.setdefault(content_digest(text), index)
    matches = near_matches(new_sigs, old_sigs, threshold)
    match_of: dict[int, tuple[int, str, float]] = {}  # new index -> (old index, kind, similarity)
    for i, text in enumerate(new_texts):
        exact = old_by_digest.get(content_digest(text))
        if exact is not None:
            match_of[i] = (exact, "exact", 1.0)
        elif matches[i] is not None:
            match_of[i] = (matches[i][0], "near", matches[i][1])

    dropped: list[DroppedRecord] = []
    accepted: list[int] = []
    union, _ = near_duplicate_groups(new_texts, threshold, DEFAULT_NUM_PERM, SHINGLE_SIZE) if new else (None, None)
    for cluster in (union.groups() if union is not None else []):
        in_old = next((match_of[i] for i in cluster if i in match_of), None)
        keep = None if in_old is not None else min(cluster, key=lambda i: (ORIGIN_PRIORITY[new[i].origin], i))
        for i in cluster:
            if i == keep:
                accepted.append(i)
                continue
            if i in match_of:
                other, kind, similarity = match_of[i][0], match_of[i][1], match_of[i][2]
                kept = old_records[other]
            elif in_old is not None:
                kept = old_records[in_old[0]]
                kind, similarity = "near", float((new_sigs[i] == old_sigs[in_old[0]]).mean())
            else:
                kept = new[keep]
                exact = content_digest(new_texts[i]) == content_digest(new_texts[keep])
                kind = "exact" if exact else "near"
                similarity = 1.0 if exact else float((new_sigs[i] == new_sigs[keep]).mean())
            dropped.append(DroppedRecord(record=new[i], kind=kind, kept_id=kept.id, similarity=similarity,
                                         labels_differ=new[i].labels != kept.labels))
    accepted.sort()
    dropped.sort(key=lambda d: new.index(d.record))

    split_of_key: dict[str, str] = {}
    for index, name in enumerate(old_split):
        if name is not None:
            split_of_key.setdefault(split_key(old_records[index], old_texts[index]), name)
    placed: dict[str, list[Record]] = {name: [] for name in ADDED_SPLITS}
    keys = {i: split_key(new[i], new_texts[i]) for i in accepted}
    confirmed_keys = {keys[i] for i in accepted if new[i].origin == "confirmed"}
    confirmed_units: list[Record] = []
    other_units: list[Record] = []
    for i in accepted:
        inherited = split_of_key.get(keys[i])
        if inherited is not None:
            placed[inherited].append(new[i])
        elif keys[i] in confirmed_keys:
            confirmed_units.append(new[i])
        else:
            other_units.append(new[i])
    for records, fractions in ((confirmed_units, CONFIRMED_FRACTIONS), (other_units, DEFAULT_FRACTIONS)):
        if records:
            for name, part in split_records(records, fractions, seed=seed, threshold=threshold).items():
                placed[name].extend(part)
    added = {name: list(previous.get(name, [])) + placed[name] for name in ADDED_SPLITS}
    logger.info("added %d records (%s), dropped %d duplicates", len(accepted),
                {k: len(v) for k, v in placed.items()}, len(dropped))
    return Additions(added=added, new_by_split={k: len(v) for k, v in placed.items()}, dropped=dropped)


@dataclass
class RetrainResult:
    """What a retrain produced."""

    version: str
    bundle_dir: Path
    parent_version: str
    additions: Additions
    comparison: dict[str, Any]
    report_dir: Path | None
    seconds: float
    timings: dict[str, float]


def production_config(production_dir: Path, tier: str | None = None) -> TrainConfig:
    """The production bundle's recorded training config (tier overridable), with parent_version set to production."""
    meta = load_bundle_metadata(production_dir)
    saved = load_training_config(production_dir)
    saved = {k: v for k, v in saved.items() if k in TrainConfig.__dataclass_fields__}
    config = config_from_dict(saved)
    config.tier = tier or meta.kind
    config.parent_version = meta.version
    if config.tier not in ("lexical", "transformer"):
        raise RetrainError(f"retrain supports the lexical and transformer tiers, not {config.tier!r} "
                           "(rebuild a cascade from two retrained bundles with `orgwatch train --tier cascade`)")
    return config


def _fit_candidate(
    config: TrainConfig,
    splits: dict[str, list[Record]],
    normalized: dict[str, list[str]],
    n_added_train: int,
    production_meta: BundleMetadata,
    production_dir: Path,
    work_dir: Path,
) -> dict[str, Any]:
    """Fit the candidate's weights on normalized texts: lexical from scratch; transformer from production's weights
    when the base model matches (every added training record, the last n_added_train of the train split, plus a replay
    sample of the rest, one epoch), else from the base model."""
    train_texts, train_y = normalized["train"], targets_of(splits["train"])
    if config.tier == "lexical":
        from training.lexical import fit_lexical, record_weights

        weights = record_weights([record.origin for record in splits["train"]], config.lexical)
        parts = fit_lexical(train_texts, train_y, config.lexical, config.seed, sample_weight=weights)
        parts.save(work_dir)
        return {"train_docs": len(train_texts)}
    from orgwatch.base_models import resolve_base_model
    from training.transformer import fit_transformer

    val_texts, val_y = normalized["validation"], targets_of(splits["validation"])
    transformer = config.transformer
    info: dict[str, Any] = {}
    if production_meta.kind == "transformer" and production_meta.base_model == transformer.base_model:
        rng = random.Random(config.seed)
        n_base = len(train_texts) - n_added_train
        replay = rng.sample(range(n_base), min(n_base, max(0, CONTINUE_MAX_TRAIN_DOCS - n_added_train)))
        chosen = list(range(n_base, len(train_texts))) + replay
        train_texts, train_y = [train_texts[i] for i in chosen], train_y[chosen]
        val_chosen = rng.sample(range(len(val_texts)), min(len(val_texts), CONTINUE_MAX_VALIDATION_DOCS))
        val_texts, val_y = [val_texts[i] for i in val_chosen], val_y[val_chosen]
        transformer = replace(transformer, base_model=str(production_dir), epochs=CONTINUE_EPOCHS,
                              max_train_docs=len(train_texts))
        info["continued_from"] = production_meta.version
    info = {**fit_transformer(train_texts, train_y, val_texts, val_y, transformer, config.seed, work_dir), **info}
    info.update(base_model=config.transformer.base_model, base_model_path=resolve_base_model(config.transformer.base_model))
    return info


def _noop(_: str) -> None:
    pass


def retrain(
    files: Sequence[Path],
    tier: str | None = None,
    base: str = "production",
    out_dir: Path | None = None,
    register: bool = True,
    report_dir: Path | None = None,
    corpora_root: Path | None = None,
    per_corpus: int | None = None,
    progress: ProgressFn = _noop,
) -> RetrainResult:
    """Validate, dedupe and merge added records, train a candidate from production's config, compare it with production.

    The candidate is registered (not promoted); its comparison is stored in its orgwatch.json (metrics.comparison,
    read by the promotion gate) and, with the texts of the confirmed cases each model gets wrong, in report_dir.
    """
    from orgwatch.scoring import load_classifier
    from orgwatch.store import resolve
    from training.compare import compare_models, write_comparison

    started = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        timings[name] = round(now - since, 2)
        return now

    progress("validate")
    new = validate_additions(files)
    production_dir = resolve(base, allow_paths=True)
    production_meta = load_bundle_metadata(production_dir)
    config = production_config(production_dir, tier)
    _seed_everything(config.seed)
    t = lap("validate", started)

    progress("load data")
    base_data = load_base(config)
    previous = load_added(production_meta.version)
    gold = gold_records(config)
    t = lap("load", t)

    progress("dedupe and split")
    additions = merge_additions(base_data.splits, previous, gold, new, seed=config.data.split_seed, base=base_data)
    added_normalized = {name: normalized_texts(part) for name, part in additions.added.items()}
    train_splits = {name: base_data.splits.get(name, []) + additions.added[name] for name in DEFAULT_FRACTIONS}
    normalized = {name: base_data.normalized.get(name, []) + added_normalized[name] for name in DEFAULT_FRACTIONS}
    t = lap("dedupe_split", t)

    progress(f"train {config.tier}")
    version = new_version(config.tier)
    out_dir = Path(out_dir) if out_dir else BUNDLES_DIR / version
    with tempfile.TemporaryDirectory(prefix="orgwatch-retrain-") as tmp:
        work_dir = Path(tmp) / "bundle"
        work_dir.mkdir()
        tier_info = _fit_candidate(config, train_splits, normalized, len(additions.added["train"]), production_meta,
                                   production_dir, work_dir)
        t = lap("fit", t)
        progress("calibrate")
        meta = BundleMetadata(
            kind=config.tier,
            version=version,
            labels=list(LABELS),
            thresholds={label: Thresholds(review=0.5, block=0.9) for label in LABELS},
            base_model=config.transformer.base_model if config.tier == "transformer" else None,
            data_fingerprint=fingerprint_hashes(base_data.text_hashes.get("train", []) + text_hashes(additions.added["train"])),
            parent_version=production_meta.version,
            extra={
                "split_sizes": {k: len(v) for k, v in train_splits.items()},
                "retrain": {
                    "added_files": [str(f) for f in files],
                    "added": additions.new_by_split,
                    "added_total": {k: len(v) for k, v in additions.added.items()},
                    "dropped_duplicates": len(additions.dropped),
                    "data_folder": str(data_folder(version)),
                },
                **tier_info,
            },
        )
        # the generated test split is scored once below, from cached normalized texts, and shared with the comparison
        finish_bundle(work_dir, meta, config, {k: v for k, v in train_splits.items() if k != "test"})
        candidate = load_classifier(work_dir)
        test_scores = candidate.predict_proba_normalized(normalized["test"]) if train_splits["test"] else None
        if test_scores is not None:
            meta.metrics["generated_test"] = all_metrics(test_scores, targets_of(train_splits["test"]), meta.thresholds,
                                                         [r.source_type for r in train_splits["test"]])
        t = lap("calibrate_evaluate", t)

        progress("compare with production")
        frozen = {
            "gold_evaluation": load_records(Path(config.data.evaluation_file)),
            "generated_test": train_splits["test"],
            "regression": additions.added["regression"],
        }
        comparison = compare_models(
            candidate, load_classifier(production_dir), frozen, corpora_root, per_corpus,
            normalized={"generated_test": normalized["test"], "regression": added_normalized["regression"]},
            candidate_scores={"generated_test": test_scores} if test_scores is not None else None,
        )
        meta.metrics["comparison"] = summary_for_bundle(comparison)
        meta.extra["train_seconds"] = round(time.perf_counter() - started, 1)
        write_metadata(work_dir, meta, config.to_dict())
        t = lap("compare", t)
        save_added(version, additions.added)
        report_dir = Path(report_dir) if report_dir else data_folder(version)
        write_comparison(comparison, report_dir)
        progress("register")
        publish_bundle(work_dir, out_dir, register)
        lap("register", t)
    seconds = time.perf_counter() - started
    logger.info("retrained %s from %s in %.1f s", version, production_meta.version, seconds)
    return RetrainResult(version=version, bundle_dir=out_dir, parent_version=production_meta.version,
                         additions=additions, comparison=comparison, report_dir=report_dir, seconds=seconds,
                         timings=timings)


def summary_for_bundle(comparison: dict[str, Any]) -> dict[str, Any]:
    """The comparison without texts (ids of wrongly handled confirmed cases stay), for the bundle's orgwatch.json."""
    out = json.loads(json.dumps(comparison, default=float))
    for model in out.get("models", {}).values():
        for case in model.get("confirmed_wrong", []):
            case.pop("text", None)
    return out


def frozen_data_for(bundle_dir: Path) -> dict[str, list[Record]]:
    """The frozen evaluation data of a bundle: the gold evaluation part, its generated test split, its regression set."""
    meta = load_bundle_metadata(bundle_dir)
    config = production_config(bundle_dir) if meta.kind in ("lexical", "transformer") else None
    if config is None:
        raise RetrainError(f"{meta.version}: frozen data are known for lexical and transformer bundles only")
    added = load_added(meta.version)
    return {
        "gold_evaluation": load_records(Path(config.data.evaluation_file)),
        "generated_test": base_splits(config).get("test", []) + added["test"],
        "regression": added["regression"],
    }
