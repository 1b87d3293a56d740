"""Serving settings: defaults, ORGWATCH_* overrides and refusal of bad values."""

from pathlib import Path

import pytest

from serving.config import ConfigError, ServingConfig


def test_defaults_are_safe_limits():
    config = ServingConfig.from_env({})
    assert (config.model, config.max_items, config.max_chars, config.retention_days) == ("production", 256, 200_000, 365)
    assert config.feedback_db.name == "feedback.sqlite3" and config.feedback_db.parent.name == "models"
    assert config.keys_file.name == "api_keys.json"


def test_environment_overrides():
    config = ServingConfig.from_env({
        "ORGWATCH_MODEL": "lexical-1", "ORGWATCH_MAX_ITEMS": "10", "ORGWATCH_FEEDBACK_DB": "/tmp/x.sqlite3",
        "ORGWATCH_FEEDBACK_RETENTION_DAYS": "30", "ORGWATCH_MAX_BODY_BYTES": " ",
    })
    assert (config.model, config.max_items, config.retention_days) == ("lexical-1", 10, 30)
    assert config.feedback_db == Path("/tmp/x.sqlite3")
    assert config.max_body_bytes == ServingConfig().max_body_bytes  # blank means default


@pytest.mark.parametrize("value", ["ten", "0", "-5", "1.5"])
def test_bad_numbers_are_refused_with_the_variable_name(value):
    with pytest.raises(ConfigError, match="ORGWATCH_MAX_ITEMS"):
        ServingConfig.from_env({"ORGWATCH_MAX_ITEMS": value})


def test_adaptive_batching_is_off_by_default_and_can_be_turned_on():
    assert ServingConfig.from_env({}).adaptive_batching is False
    assert ServingConfig.from_env({"ORGWATCH_ADAPTIVE_BATCHING": "on"}).adaptive_batching is True
    assert ServingConfig.from_env({"ORGWATCH_ADAPTIVE_BATCHING": "off"}).adaptive_batching is False
    assert ServingConfig.from_env({"ORGWATCH_ADAPTIVE_BATCHING": "1"}).adaptive_batching is True
    with pytest.raises(ConfigError, match="ORGWATCH_ADAPTIVE_BATCHING"):
        ServingConfig.from_env({"ORGWATCH_ADAPTIVE_BATCHING": "sometimes"})
