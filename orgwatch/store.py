"""The model store: bundles registered in BentoML's store under models/, plus the `production` alias and its history."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from orgwatch.bundle import METADATA_FILE, BundleError, load_bundle_metadata
from orgwatch.paths import configure_bentoml_home

logger = logging.getLogger(__name__)

MODEL_NAME = "orgwatch"
ALIASES_FILE = "orgwatch_aliases.json"
PRODUCTION = "production"
_VERSION_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,127}$")


class StoreError(ValueError):
    """A model reference cannot be resolved or an alias cannot be moved."""


def _bentoml():
    configure_bentoml_home()
    import bentoml

    return bentoml


def _model_store():
    """The store under the current BENTOML_HOME (read at call time, so tests and tools can point it elsewhere)."""
    from bentoml._internal.models import ModelStore  # public API has no constructor; the path is BentoML's layout

    folder = configure_bentoml_home() / "models"
    folder.mkdir(parents=True, exist_ok=True)
    return ModelStore(folder)


def _aliases_path() -> Path:
    return configure_bentoml_home() / ALIASES_FILE


def _read_aliases() -> dict[str, Any]:
    path = _aliases_path()
    if not path.is_file():
        return {"production": None, "history": []}
    return json.loads(path.read_text(encoding="utf-8"))


def _write_aliases(aliases: dict[str, Any]) -> None:
    path = _aliases_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(aliases, indent=2), encoding="utf-8")
    os.replace(tmp, path)  # atomic: a crash never leaves a half-written alias file


def register_bundle(bundle_dir: Path) -> str:
    """Copy a checked bundle into the BentoML model store; return its version."""
    meta = load_bundle_metadata(bundle_dir)
    bentoml = _bentoml()
    tag = f"{MODEL_NAME}:{meta.version}"
    labels = {"tier": meta.kind, "parent": meta.parent_version or ""}
    with bentoml.models.create(tag, labels=labels, metadata=_flat_metadata(meta.to_json()), _model_store=_model_store()) as model:
        for item in Path(bundle_dir).iterdir():
            target = Path(model.path) / item.name
            if item.is_dir():
                shutil.copytree(item, target)
            else:
                shutil.copy2(item, target)
    logger.info("registered %s", tag)
    return meta.version


def _flat_metadata(meta: dict[str, Any]) -> dict[str, Any]:
    """BentoML metadata must be simple values: keep the headline fields and JSON-encode the rest."""
    return {
        "kind": meta["kind"],
        "version": meta["version"],
        "parent_version": meta.get("parent_version") or "",
        "created_at": meta["created_at"],
        "normalizer_version": meta["normalizer_version"],
        "metrics_json": json.dumps(meta.get("metrics", {}), ensure_ascii=False),
    }


def list_versions() -> list[dict[str, Any]]:
    """Every registered bundle's orgwatch.json, oldest first, with `production` marked."""
    bentoml = _bentoml()
    production = _read_aliases().get("production")
    rows = []
    try:
        models = bentoml.models.list(MODEL_NAME, _model_store=_model_store())
    except bentoml.exceptions.NotFound:
        models = []
    for model in models:
        path = Path(model.path) / METADATA_FILE
        if not path.is_file():
            continue
        meta = json.loads(path.read_text(encoding="utf-8"))
        meta["production"] = meta["version"] == production
        meta["path"] = str(model.path)
        rows.append(meta)
    return sorted(rows, key=lambda m: m["created_at"])


def resolve(ref: str | None = None, allow_paths: bool = False) -> Path:
    """Resolve 'production', a version or 'orgwatch:VERSION' to a bundle folder inside the store.

    A filesystem path is accepted only with allow_paths (the CLI of ML staff); references from API users never
    reach outside the store.
    """
    ref = ref or PRODUCTION
    if allow_paths and (os.sep in ref or ref.startswith(".")) and Path(ref).is_dir():
        return Path(ref)
    if ref == PRODUCTION:
        version = _read_aliases().get("production")
        if not version:
            raise StoreError("no production model yet: train one (make run) or promote a version")
    else:
        version = ref.split(":", 1)[1] if ref.startswith(f"{MODEL_NAME}:") else ref
    if not _VERSION_RE.match(version):
        raise StoreError(f"not a model version: {ref!r}")
    bentoml = _bentoml()
    try:
        model = bentoml.models.get(f"{MODEL_NAME}:{version}", _model_store=_model_store())
    except Exception as exc:  # bentoml raises NotFound
        raise StoreError(f"no model {version!r} in the store") from exc
    return Path(model.path)


def production_version() -> str | None:
    """The version the production alias points at, or None."""
    return _read_aliases().get("production")


def promote(version: str, reason: str = "") -> None:
    """Point production at version (which must be in the store), remembering the previous one for rollback."""
    path = resolve(version)
    load_bundle_metadata(path)  # refuse broken bundles before they become production
    aliases = _read_aliases()
    meta = json.loads((path / METADATA_FILE).read_text(encoding="utf-8"))
    version = meta["version"]
    if aliases.get("production") == version:
        return
    aliases["history"].append(
        {"version": version, "previous": aliases.get("production"), "at": datetime.now(timezone.utc).isoformat(), "reason": reason}
    )
    aliases["production"] = version
    _write_aliases(aliases)
    logger.info("production -> %s", version)


def rollback() -> str:
    """Move production back to the version it replaced; return that version."""
    aliases = _read_aliases()
    current = aliases.get("production")
    # follow promotions only: after rolling back B -> A, a second rollback goes to what A replaced, not to B
    for entry in reversed(aliases["history"]):
        if entry["version"] == current and entry.get("reason") != "rollback" and entry.get("previous"):
            previous = entry["previous"]
            resolve(previous)
            aliases["history"].append(
                {"version": previous, "previous": current, "at": datetime.now(timezone.utc).isoformat(), "reason": "rollback"}
            )
            aliases["production"] = previous
            _write_aliases(aliases)
            return previous
    raise StoreError("nothing to roll back to: production has no earlier version")


__all__ = ["BundleError", "StoreError", "register_bundle", "list_versions", "resolve", "promote", "rollback", "production_version"]
