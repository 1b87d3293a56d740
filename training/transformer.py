"""Fine-tuning the transformer tier (multi-label BCE over token windows) and exporting it to ONNX int8."""

from __future__ import annotations

import json
import logging
import math
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from orgwatch.base_models import resolve_base_model
from orgwatch.bundle import SAFE_SUFFIXES
from orgwatch.labels import LABELS
from orgwatch.model_transformer import (
    ONNX_FILE,
    ONNX_INT8_FILE,
    WINDOWING_FILE,
    EncodedWindows,
    Windowing,
    available_cores,
    encode_windows,
)
from training.config import TransformerConfig

logger = logging.getLogger(__name__)

EVALS_PER_EPOCH = 2
ONNX_OPSET = 17
QUANTIZED_OP_TYPES = ["MatMul", "Gemm"]
DECISION_THRESHOLD = 0.5
DOCUMENT_LOSS = "document_log_loss"


def _windows_dataset(windows: EncodedWindows, targets: np.ndarray) -> Any:
    """A datasets.Dataset of windows, each carrying its document's labels as floats (BCE targets)."""
    from datasets import Dataset

    columns: dict[str, Any] = dict(windows.features)
    columns["labels"] = targets[windows.doc_index].astype(np.float32).tolist()
    return Dataset.from_dict(columns)


def document_metrics(window_logits: np.ndarray, doc_index: np.ndarray, targets: np.ndarray) -> dict[str, float]:
    """Per-label and macro F1 at 0.5 and the log loss of document scores (max over each document's windows)."""
    from sklearn.metrics import f1_score

    probabilities = 1.0 / (1.0 + np.exp(-np.asarray(window_logits, dtype=np.float64)))
    doc_scores = np.zeros(targets.shape, dtype=np.float64)
    np.maximum.at(doc_scores, doc_index, probabilities)
    predictions = doc_scores >= DECISION_THRESHOLD
    metrics = {
        f"f1_{label}": float(f1_score(targets[:, j], predictions[:, j], zero_division=0.0))
        for j, label in enumerate(LABELS)
    }
    metrics["macro_f1"] = float(np.mean([metrics[f"f1_{label}"] for label in LABELS]))
    clipped = np.clip(doc_scores, 1e-7, 1 - 1e-7)
    metrics[DOCUMENT_LOSS] = float(-np.mean(targets * np.log(clipped) + (1 - targets) * np.log(1 - clipped)))
    return metrics


def _cap_documents(
    texts: list[str], targets: np.ndarray, max_docs: int, seed: int
) -> tuple[list[str], np.ndarray]:
    """A seeded random subset of at most max_docs documents."""
    if len(texts) <= max_docs:
        return list(texts), targets
    keep = np.sort(np.random.default_rng(seed).permutation(len(texts))[:max_docs])
    logger.info("transformer: a seeded sample of %d of %d documents (the cap)", max_docs, len(texts))
    return [texts[i] for i in keep], targets[keep]


def export_onnx(model: Any, tokenizer: Any, out_dir: Path) -> dict[str, float]:
    """Export to model.onnx (fp32, dynamic batch and sequence, no external data) and model.int8.onnx (dynamic int8)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    started = time.perf_counter()
    model = model.to("cpu").float().eval()
    # eager attention traces to plain MatMul/Softmax with an additive mask; the SDPA path adds IsNaN/Where masking
    # ops that ONNX Runtime cannot fuse (the int8 model ran 1.2x faster on CPU without them, same outputs)
    attention = getattr(model.config, "_attn_implementation", None)
    switch_attention = attention not in (None, "eager") and hasattr(model, "set_attn_implementation")
    names = [n for n in tokenizer.model_input_names if n in ("input_ids", "attention_mask", "token_type_ids")]

    class ByName(torch.nn.Module):
        """Positional graph inputs in `names` order, passed to the model by keyword (forward's order differs)."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *inputs: torch.Tensor) -> torch.Tensor:
            return self.model(**dict(zip(names, inputs))).logits

    # an example with padding, so the traced graph keeps the attention-mask path
    example = tokenizer(["样例文本一", "样例"], padding=True, return_tensors="pt")
    axes = {n: {0: "batch", 1: "sequence"} for n in names}
    axes["logits"] = {0: "batch"}
    if switch_attention:
        model.set_attn_implementation("eager")
    try:
        with torch.no_grad(), warnings.catch_warnings():
            # the legacy TorchScript exporter is the one that needs no onnxscript; its tracer warnings are about
            # Python-level shape checks that are constant for BERT encoders (checked by the parity test)
            warnings.simplefilter("ignore", category=(DeprecationWarning, torch.jit.TracerWarning, UserWarning))
            torch.onnx.export(
                ByName().eval(),
                tuple(example[n] for n in names),
                str(out_dir / ONNX_FILE),
                input_names=names,
                output_names=["logits"],
                dynamic_axes=axes,
                opset_version=ONNX_OPSET,
                dynamo=False,
                external_data=False,
            )
    finally:
        if switch_attention:
            model.set_attn_implementation(attention)
    exported = time.perf_counter()
    # per-channel weights keep int8 closest to fp32 (see benchmarks/parity.py); only the weight matrices are
    # quantized: int8 embedding tables gained no speed and moved probabilities more
    quantize_dynamic(
        str(out_dir / ONNX_FILE), str(out_dir / ONNX_INT8_FILE), weight_type=QuantType.QInt8, per_channel=True,
        op_types_to_quantize=QUANTIZED_OP_TYPES,
    )
    for path in out_dir.iterdir():
        if path.is_file() and path.suffix.lower() not in SAFE_SUFFIXES:
            path.unlink()
    return {"export_s": exported - started, "quantize_s": time.perf_counter() - exported}


def fit_transformer(
    train_texts: list[str],
    train_targets: np.ndarray,
    val_texts: list[str],
    val_targets: np.ndarray,
    config: TransformerConfig,
    seed: int,
    out_dir: Path,
    progress: bool = True,
    evals_per_epoch: float = EVALS_PER_EPOCH,
) -> dict[str, Any]:
    """Fine-tune a BERT multi-label on normalized texts, save safetensors + tokenizer (+ ONNX) into out_dir."""
    import torch
    from transformers import (
        AutoModelForSequenceClassification,
        AutoTokenizer,
        DataCollatorWithPadding,
        EarlyStoppingCallback,
        Trainer,
        TrainingArguments,
        set_seed,
    )

    if not len(val_texts) or not len(train_texts):
        raise ValueError("fit_transformer needs training and validation texts (validation drives early stopping)")
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(available_cores())
    set_seed(seed)
    base = resolve_base_model(config.base_model)
    windowing = Windowing(max_length=config.max_length, stride=config.stride, max_windows=config.max_windows)
    tokenizer = AutoTokenizer.from_pretrained(base)
    if not tokenizer.is_fast:
        raise ValueError(f"{config.base_model}: a fast tokenizer is needed for windowing")

    train_texts, train_targets = _cap_documents(train_texts, np.asarray(train_targets), config.max_train_docs, seed)
    val_texts, val_targets = _cap_documents(val_texts, np.asarray(val_targets), config.max_val_docs, seed)
    train_windows = encode_windows(tokenizer, train_texts, windowing, config.train_windows)
    val_windows = encode_windows(tokenizer, val_texts, windowing, config.max_windows)
    train_set = _windows_dataset(train_windows, train_targets)
    val_set = _windows_dataset(val_windows, val_targets)
    logger.info(
        "transformer: %d train docs -> %d windows, %d validation docs -> %d windows",
        len(train_texts), len(train_windows), len(val_texts), len(val_windows),
    )

    model = AutoModelForSequenceClassification.from_pretrained(
        base,
        num_labels=len(LABELS),
        problem_type="multi_label_classification",
        id2label=dict(enumerate(LABELS)),
        label2id={label: j for j, label in enumerate(LABELS)},
        ignore_mismatched_sizes=True,
    )
    steps_per_epoch = math.ceil(len(train_set) / config.batch_size)
    eval_steps = max(1, math.ceil(steps_per_epoch / evals_per_epoch))

    def compute_metrics(prediction: Any) -> dict[str, float]:
        return document_metrics(prediction.predictions, val_windows.doc_index, val_targets)

    with tempfile.TemporaryDirectory(prefix="orgwatch-trainer-") as checkpoints:
        args = TrainingArguments(
            output_dir=checkpoints,
            num_train_epochs=config.epochs,
            per_device_train_batch_size=config.batch_size,
            per_device_eval_batch_size=config.batch_size * 2,
            learning_rate=config.learning_rate,
            weight_decay=config.weight_decay,
            warmup_steps=float(config.warmup_ratio),
            eval_strategy="steps",
            eval_steps=eval_steps,
            save_strategy="steps",
            save_steps=eval_steps,
            save_total_limit=1,
            save_only_model=True,
            load_best_model_at_end=True,
            # the document's log loss: smooth, unlike F1 at an uncalibrated 0.5, and about what is served (the max over
            # windows), unlike the window BCE, which counts every window of a positive page without its evidence as a
            # miss (on 32,000 documents the window loss rose from half an epoch to one while document F1 rose too)
            metric_for_best_model=DOCUMENT_LOSS,
            greater_is_better=False,
            logging_steps=max(1, min(50, eval_steps)),
            report_to="none",
            disable_tqdm=not progress,
            seed=seed,
            data_seed=seed,
            dataloader_num_workers=0,
            dataloader_pin_memory=torch.cuda.is_available(),
        )
        trainer = Trainer(
            model=model,
            args=args,
            train_dataset=train_set,
            eval_dataset=val_set,
            processing_class=tokenizer,
            data_collator=DataCollatorWithPadding(tokenizer),
            compute_metrics=compute_metrics,
            callbacks=[EarlyStoppingCallback(early_stopping_patience=config.early_stopping_patience)],
        )
        train_output = trainer.train()
        trained = time.perf_counter()
        best_metrics = trainer.evaluate()
        history = [
            {"step": e["step"], "loss": round(e["eval_loss"], 4), "macro_f1": round(e["eval_macro_f1"], 4),
             DOCUMENT_LOSS: round(e[f"eval_{DOCUMENT_LOSS}"], 4)}
            for e in trainer.state.log_history
            if "eval_macro_f1" in e
        ]
        best_checkpoint = trainer.state.best_model_checkpoint
        global_step = trainer.state.global_step
    evaluated = time.perf_counter()

    model = trainer.model.to("cpu").eval()
    model.save_pretrained(str(out_dir))
    tokenizer.save_pretrained(str(out_dir))
    (out_dir / WINDOWING_FILE).write_text(json.dumps(windowing.to_json(), indent=2), encoding="utf-8")
    timings = {"train_s": trained - started, "evaluate_s": evaluated - trained}
    if config.export_onnx:
        timings.update(export_onnx(model, tokenizer, out_dir))
    for path in out_dir.iterdir():
        if path.is_file() and path.suffix.lower() not in SAFE_SUFFIXES:
            logger.warning("transformer: removing %s (not an allowed bundle file type)", path.name)
            path.unlink()
    timings["total_s"] = time.perf_counter() - started
    result = {
        "base_model": config.base_model,
        "base_model_path": base,
        "windowing": windowing.to_json(),
        "train_docs": len(train_texts),
        "train_windows": len(train_windows),
        "val_docs": len(val_texts),
        "val_windows": len(val_windows),
        "steps": global_step,
        "epochs_run": global_step / max(1, steps_per_epoch),
        "best_checkpoint_step": int(best_checkpoint.rsplit("-", 1)[-1]) if best_checkpoint else None,
        "best_val": {k.removeprefix("eval_"): float(v) for k, v in best_metrics.items() if k.startswith("eval_")},
        "val_history": history,
        "train_loss": float(train_output.training_loss),
        "timings": timings,
    }
    logger.info("transformer: best validation %s, %.0f s in all", result["best_val"], timings["total_s"])
    return result
