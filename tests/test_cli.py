"""The orgwatch console script: help on every level, clear errors."""

import pytest
from typer.testing import CliRunner

from orgwatch.cli import app

runner = CliRunner()


@pytest.mark.parametrize("args", [[], ["data"], ["models"], ["train"], ["evaluate"], ["run"], ["data", "generate"],
                                  ["data", "validate"], ["models", "list"], ["models", "compare"]])
def test_help_on_every_level(args):
    result = runner.invoke(app, [*args, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_models_list_json_on_empty_store(model_store):
    result = runner.invoke(app, ["models", "list", "--json"])
    assert result.exit_code == 0
    assert result.output.strip() == "[]"


def test_promote_unknown_version_fails_clearly(model_store):
    result = runner.invoke(app, ["models", "promote", "lexical-nope"])
    assert result.exit_code == 1
    assert "no model" in result.output


def test_evaluate_with_bad_model_reference_fails_clearly(model_store):
    result = runner.invoke(app, ["evaluate", "--model", "production"])
    assert result.exit_code == 1
    assert "no production model" in result.output


def test_models_compare_two_bundle_folders_writes_the_table_with_intervals(model_store, tmp_path):
    from tests.serving_support import build_tiny_bundle

    first = build_tiny_bundle(tmp_path / "a", "lexical-a")
    second = build_tiny_bundle(tmp_path / "b", "lexical-b")
    result = runner.invoke(app, ["models", "compare", str(first), "--against", str(second),
                                 "--report", str(tmp_path / "report")])
    assert result.exit_code == 0, result.output
    markdown = (tmp_path / "report" / "comparison.md").read_text(encoding="utf-8")
    assert "gold_evaluation" in markdown and "+0.000 [+0.000, +0.000]" in markdown  # same model: no change


def test_models_compare_unknown_version_fails_clearly(model_store):
    result = runner.invoke(app, ["models", "compare", "lexical-nope"])
    assert result.exit_code == 1
    assert "no model" in result.output
