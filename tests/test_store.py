"""Model store: register, resolve, promote, roll back, refuse references outside the store."""

import pytest

from orgwatch.store import StoreError, list_versions, production_version, promote, register_bundle, resolve, rollback


def _register_copy(bundle, tmp_path, version):
    import json
    import shutil

    target = tmp_path / version
    shutil.copytree(bundle, target)
    meta_path = target / "orgwatch.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["version"] = version
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    return register_bundle(target)


def test_promote_and_rollback(model_store, tiny_lexical_bundle, tmp_path):
    assert production_version() is None
    with pytest.raises(StoreError, match="no production model"):
        resolve("production")
    a = _register_copy(tiny_lexical_bundle, tmp_path, "lexical-a")
    b = _register_copy(tiny_lexical_bundle, tmp_path, "lexical-b")
    promote(a)
    promote(b)
    assert production_version() == b
    assert resolve("production").is_dir()
    assert rollback() == a
    assert production_version() == a
    with pytest.raises(StoreError, match="nothing to roll back"):
        rollback()
    rows = {r["version"]: r for r in list_versions()}
    assert rows[a]["production"] and not rows[b]["production"]


@pytest.mark.parametrize("ref", ["../../etc", "/etc/passwd", "..", "orgwatch:../x", "a/b", "lexical-a/../../x"])
def test_user_references_cannot_escape_the_store(model_store, ref):
    with pytest.raises(StoreError):
        resolve(ref)


def test_unknown_version_is_a_clear_error(model_store):
    with pytest.raises(StoreError, match="no model"):
        resolve("lexical-missing")
