"""Transformer tier at inference: windowed BERT scoring with ONNX Runtime int8 (default) or torch fp32.

Long texts are cut into token windows of `max_length` overlapping by `stride` tokens; the document score of a label
is the maximum over its windows. At most `max_windows` windows (the first ones) are scored; a text with more is
marked truncated. With the int8 model, activations are quantized per batch, so a text's score can move by ~1e-3
with the other texts in its batch.

Fast path: the windows of all texts in a call are sorted by token length and batched in that order (length buckets),
so a batch is padded only to its own longest window, then the scores go back to text order. A batch holds at most
`batch_size` windows and, with ONNX, `max_batch_tokens` padded tokens: small batches keep a layer's activations in
the CPU cache, which measured faster than large ones. Both runtimes use as many threads as the process has cores
(`available_cores`).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from orgwatch.bundle import BundleError, BundleMetadata, load_training_config
from orgwatch.labels import LABELS

logger = logging.getLogger(__name__)

WINDOWING_FILE = "windowing.json"
WEIGHTS_FILE = "model.safetensors"
ONNX_FILE = "model.onnx"
ONNX_INT8_FILE = "model.int8.onnx"
BACKEND_FILES = {"onnx-int8": ONNX_INT8_FILE, "onnx": ONNX_FILE, "torch": WEIGHTS_FILE}
BACKENDS = tuple(BACKEND_FILES)
DEFAULT_BATCH_SIZE = 32
# ONNX backends: 8 full windows of 128 tokens; int8 m3e-small ran 1.14x faster (2 threads) than with 32 full windows
# per batch. torch fp32 measured no gain from it, so its batches are capped by batch_size alone.
DEFAULT_BATCH_TOKENS = 1024
# onnxruntime 1.32's fused SkipLayerNormalization CPU kernel took ~7x the time of the Add + LayerNormalization it
# replaces in int8 m3e-small; without the fusion the model ran 1.15-1.2x faster
ONNX_DISABLED_OPTIMIZERS = ["SkipLayerNormFusion"]
# Upper bound on characters per token when cutting very long texts before tokenization (one BERT token is at
# least one character; Latin words rarely exceed this many per token).
CHARS_PER_TOKEN_BOUND = 10


def available_cores() -> int:
    """CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class Windowing:
    """How texts are cut into token windows."""

    max_length: int = 128
    stride: int = 32
    max_windows: int = 8

    def to_json(self) -> dict[str, int]:
        """Plain dict for JSON."""
        return asdict(self)


@dataclass
class EncodedWindows:
    """Token windows of a batch of texts, in text order, with the text each window came from."""

    features: dict[str, list[list[int]]]
    doc_index: np.ndarray
    spans: list[tuple[int, int]]
    truncated: list[bool]

    def __len__(self) -> int:
        return len(self.doc_index)


def encode_windows(tokenizer: Any, texts: list[str], windowing: Windowing, max_windows: int) -> EncodedWindows:
    """Tokenize texts into overlapping windows, keeping the first `max_windows` per text (training and inference)."""
    specials = tokenizer.num_special_tokens_to_add(pair=False)
    content = windowing.max_length - specials
    if not 0 <= windowing.stride < content:
        raise ValueError(f"stride {windowing.stride} must be below the window's {content} content tokens")
    covered_tokens = content + (max(max_windows, windowing.max_windows) - 1) * (content - windowing.stride)
    char_cap = CHARS_PER_TOKEN_BOUND * covered_tokens
    cut_texts = [t[:char_cap] for t in texts]
    encoded = tokenizer(
        cut_texts,
        max_length=windowing.max_length,
        stride=windowing.stride,
        truncation=True,
        padding=False,
        return_overflowing_tokens=True,
        return_offsets_mapping=True,
    )
    names = [n for n in tokenizer.model_input_names if n in encoded]
    features: dict[str, list[list[int]]] = {n: [] for n in names}
    doc_index: list[int] = []
    spans: list[tuple[int, int]] = []
    truncated = [len(t) > char_cap for t in texts]
    kept_per_doc = [0] * len(texts)
    for w, doc in enumerate(encoded["overflow_to_sample_mapping"]):
        if kept_per_doc[doc] >= max_windows:
            truncated[doc] = True
            continue
        kept_per_doc[doc] += 1
        for n in names:
            features[n].append(encoded[n][w])
        doc_index.append(doc)
        offsets = [(s, e) for s, e in encoded["offset_mapping"][w] if e > s]
        spans.append((offsets[0][0], offsets[-1][1]) if offsets else (0, 0))
    return EncodedWindows(features, np.asarray(doc_index, dtype=np.int64), spans, truncated)


def resolve_windowing(model_dir: Path, meta: BundleMetadata | None) -> Windowing:
    """Windowing from meta.extra, else the model folder's windowing.json, else the saved training config."""
    values: dict[str, Any] = {}
    config_section = load_training_config(model_dir).get("transformer", {})
    values.update({k: config_section[k] for k in ("max_length", "stride", "max_windows") if k in config_section})
    path = Path(model_dir) / WINDOWING_FILE
    if path.is_file():
        values.update(json.loads(path.read_text(encoding="utf-8")))
    if meta is not None:
        extra = meta.extra.get("windowing", meta.extra)
        values.update({k: extra[k] for k in ("max_length", "stride", "max_windows") if k in extra})
    return Windowing(**{k: int(v) for k, v in values.items() if k in Windowing.__dataclass_fields__})


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


class _OnnxRunner:
    """Logits from an ONNX Runtime session."""

    def __init__(self, path: Path, threads: int):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(
            str(path), sess_options=options, providers=["CPUExecutionProvider"],
            disabled_optimizers=ONNX_DISABLED_OPTIMIZERS,
        )
        self.input_names = [i.name for i in self.session.get_inputs()]

    def __call__(self, batch: dict[str, np.ndarray]) -> np.ndarray:
        return self.session.run(None, {n: batch[n] for n in self.input_names})[0]


class _TorchRunner:
    """Logits from the safetensors weights with torch."""

    def __init__(self, model_dir: Path, threads: int):
        import torch
        from transformers import AutoModelForSequenceClassification

        # process-wide in torch; a scorer in a process is the one that does the heavy work there
        torch.set_num_threads(threads)
        self.torch = torch
        self.model = AutoModelForSequenceClassification.from_pretrained(str(model_dir), use_safetensors=True).eval()

    def __call__(self, batch: dict[str, np.ndarray]) -> np.ndarray:
        with self.torch.inference_mode():
            tensors = {n: self.torch.from_numpy(v) for n, v in batch.items()}
            return self.model(**tensors).logits.float().numpy()


@dataclass
class WindowScores:
    """Per-window probabilities of one text, with each window's character span in that text."""

    scores: np.ndarray
    spans: list[tuple[int, int]]
    truncated: bool


class TransformerScorer:
    """Raw per-label probabilities of a fine-tuned BERT over token windows (document score = max over windows)."""

    def __init__(
        self,
        tokenizer: Any,
        runner: Any,
        windowing: Windowing,
        backend: str,
        batch_size: int,
        bucketing: bool = True,
        max_batch_tokens: int | None = None,
    ):
        self.tokenizer = tokenizer
        self.runner = runner
        self.windowing = windowing
        self.backend = backend
        self.batch_size = batch_size
        self.bucketing = bucketing
        self.max_batch_tokens = max_batch_tokens
        self.last_truncated: list[bool] = []

    @classmethod
    def load(
        cls,
        model_dir: Path | str,
        meta: BundleMetadata | None = None,
        backend: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        threads: int | None = None,
        bucketing: bool = True,
        max_batch_tokens: int | None = None,
    ) -> "TransformerScorer":
        """Load tokenizer and weights from a folder; backend None prefers onnx-int8, then onnx, then torch.

        threads defaults to the cores this process may use; bucketing=False batches windows in text order (the
        padded baseline, for benchmarks and checks); a batch holds at most batch_size windows and max_batch_tokens
        padded tokens (default DEFAULT_BATCH_TOKENS for ONNX, no token cap for torch; a longer window goes alone).
        """
        from transformers import AutoTokenizer

        model_dir = Path(model_dir)
        if backend is None:
            backend = next((b for b, f in BACKEND_FILES.items() if (model_dir / f).is_file()), "torch")
        if backend not in BACKEND_FILES:
            raise ValueError(f"unknown backend {backend!r} (expected one of {', '.join(BACKENDS)})")
        if not (model_dir / BACKEND_FILES[backend]).is_file():
            raise BundleError(f"{model_dir}: transformer bundle without {BACKEND_FILES[backend]} (backend {backend})")
        try:
            tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
        except (OSError, ValueError) as exc:
            raise BundleError(f"{model_dir}: tokenizer cannot be loaded ({exc})") from exc
        if not tokenizer.is_fast:
            raise BundleError(f"{model_dir}: needs a fast tokenizer (tokenizer.json) for window offsets")
        threads = threads or available_cores()
        if backend == "torch":
            runner: Any = _TorchRunner(model_dir, threads)
        else:
            runner = _OnnxRunner(model_dir / BACKEND_FILES[backend], threads)
        windowing = resolve_windowing(model_dir, meta)
        if max_batch_tokens is None and backend != "torch":
            max_batch_tokens = DEFAULT_BATCH_TOKENS
        logger.info("transformer scorer: backend %s, %d threads, windowing %s", backend, threads, windowing)
        return cls(tokenizer, runner, windowing, backend, batch_size, bucketing, max_batch_tokens)

    def window_batches(self, lengths: list[int]) -> list[np.ndarray]:
        """Window indices per batch (length order, or text order without bucketing) within both batch limits."""
        order = np.argsort(lengths, kind="stable") if self.bucketing else np.arange(len(lengths))
        out: list[np.ndarray] = []
        start, width = 0, 0
        for end, i in enumerate(order):
            grown = max(width, lengths[i])
            rows = end - start
            too_many_tokens = self.max_batch_tokens is not None and (rows + 1) * grown > self.max_batch_tokens
            if rows and (rows >= self.batch_size or too_many_tokens):
                out.append(order[start:end])
                start, grown = end, lengths[i]
            width = grown
        if len(order):
            out.append(order[start:])
        return out

    def _window_probabilities(self, windows: EncodedWindows) -> np.ndarray:
        """Sigmoid probabilities per window (in window order), batched by similar length to limit padding."""
        out = np.zeros((len(windows), len(LABELS)), dtype=np.float64)
        if not len(windows):
            return out
        ids = windows.features["input_ids"]
        pad_id = self.tokenizer.pad_token_id or 0
        for chunk in self.window_batches([len(x) for x in ids]):
            width = max(len(ids[i]) for i in chunk)
            batch = {}
            for name, rows in windows.features.items():
                fill = pad_id if name == "input_ids" else 0
                array = np.full((len(chunk), width), fill, dtype=np.int64)
                for r, i in enumerate(chunk):
                    array[r, : len(rows[i])] = rows[i]
                batch[name] = array
            if "attention_mask" not in batch:
                batch["attention_mask"] = (batch["input_ids"] != pad_id).astype(np.int64)
            out[chunk] = _sigmoid(self.runner(batch).astype(np.float64))
        return out

    def scores_with_truncation(self, normalized_texts: list[str]) -> tuple[np.ndarray, list[bool]]:
        """Per-label document scores (max over windows) and whether each text had more windows than were scored."""
        if not normalized_texts:
            return np.zeros((0, len(LABELS))), []
        windows = encode_windows(self.tokenizer, normalized_texts, self.windowing, self.windowing.max_windows)
        probabilities = self._window_probabilities(windows)
        scores = np.zeros((len(normalized_texts), len(LABELS)), dtype=np.float64)
        np.maximum.at(scores, windows.doc_index, probabilities)
        return scores, windows.truncated

    def raw_scores(self, normalized_texts: list[str]) -> np.ndarray:
        """Uncalibrated probabilities, shape (n, len(LABELS)); truncation flags of this call go to last_truncated."""
        scores, self.last_truncated = self.scores_with_truncation(normalized_texts)
        return scores

    def window_scores(self, normalized_text: str) -> WindowScores:
        """Per-window probabilities of one text with each window's character span (for evidence)."""
        windows = encode_windows(self.tokenizer, [normalized_text], self.windowing, self.windowing.max_windows)
        return WindowScores(self._window_probabilities(windows), windows.spans, windows.truncated[0])
