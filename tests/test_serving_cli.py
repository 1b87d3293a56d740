"""The serving commands: keys create/list, feedback purge/export, serve refusing to start without a model."""

import json

import pytest
import typer
from typer.testing import CliRunner

from serving.auth import KeyRing
from serving.cli import feedback_app, keys_app, serve_command
from serving.feedback import FeedbackStore

app = typer.Typer()
app.command("serve")(serve_command)
app.add_typer(keys_app, name="keys")
app.add_typer(feedback_app, name="feedback")


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("ORGWATCH_KEYS_FILE", str(tmp_path / "keys.json"))
    monkeypatch.setenv("ORGWATCH_FEEDBACK_DB", str(tmp_path / "fb.sqlite3"))
    monkeypatch.setenv("BENTOML_HOME", str(tmp_path / "bentoml"))
    return tmp_path


def test_keys_create_prints_the_key_once_on_the_last_line(env):
    result = CliRunner().invoke(app, ["keys", "create", "--role", "moderator", "--name", "alice"])
    assert result.exit_code == 0, result.output
    key = result.stdout.strip().splitlines()[-1]
    assert KeyRing(env / "keys.json").lookup(key).role == "moderator"
    listed = CliRunner().invoke(app, ["keys", "list"])
    assert "moderator" in listed.stdout and "alice" in listed.stdout and key not in listed.stdout


def test_keys_create_refuses_an_unknown_role(env):
    result = CliRunner().invoke(app, ["keys", "create", "--role", "root"])
    assert result.exit_code == 1 and "unknown role" in result.stderr


def test_feedback_export_and_purge(env):
    store = FeedbackStore(env / "fb.sqlite3")
    store.add({"id": "p1", "text": "扫码捐款返利", "labels": ["charity_fraud"], "verdict": "confirm", "moderator": "m"})
    out = env / "confirmed.jsonl"
    result = CliRunner().invoke(app, ["feedback", "export", "-o", str(out), "--since", "2020-01-01"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["labels"] == ["charity_fraud"]
    result = CliRunner().invoke(app, ["feedback", "purge", "--older-than", "0"])
    assert result.exit_code == 0 and "deleted 1" in result.stdout
    assert store.count() == 0


def test_feedback_export_refuses_a_bad_date(env):
    FeedbackStore(env / "fb.sqlite3")
    result = CliRunner().invoke(app, ["feedback", "export", "-o", str(env / "x.jsonl"), "--since", "yesterday"])
    assert result.exit_code == 1 and "--since" in result.stderr


def test_serve_refuses_to_start_without_a_production_model(env):
    result = CliRunner().invoke(app, ["serve", "--port", "1"])
    assert result.exit_code == 1 and "no production model" in result.stderr
