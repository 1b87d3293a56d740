"""Training config: defaults, then a config file, then flags."""

import json

import pytest

from training.config import config_from_dict, load_config


def test_file_then_flags_override_defaults(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('seed = 5\n[lexical]\nmin_df = 3\nregularization_c = 1.5\n', encoding="utf-8")
    config = load_config(path, {"lexical.min_df": 4, "seed": None})
    assert config.seed == 5 and config.lexical.min_df == 4 and config.lexical.regularization_c == 1.5
    assert config.tier == "lexical"


def test_unknown_setting_is_an_error(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"lexical": {"min_dff": 3}}), encoding="utf-8")
    with pytest.raises(ValueError, match="min_dff"):
        load_config(path)


def test_saved_config_round_trips():
    config = load_config(overrides={"tier": "transformer", "transformer.max_length": 64})
    assert config_from_dict(config.to_dict()) == config


def test_every_field_has_help():
    from dataclasses import fields

    config = load_config()
    for part in (config, config.data, config.lexical, config.transformer, config.calibration):
        for f in fields(part):
            if not hasattr(getattr(part, f.name), "__dataclass_fields__"):
                assert f.metadata.get("help"), f"{type(part).__name__}.{f.name} has no help"
