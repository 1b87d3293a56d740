"""API schemas: the item and feedback contracts and the readable one-line validation errors."""

import pytest
from pydantic import ValidationError

from serving.schemas import ClassifyItem, FeedbackIn, describe_validation_errors, location


def _errors(model, data):
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return describe_validation_errors(caught.value.errors(include_context=False, include_input=False))


@pytest.mark.parametrize(
    "data, field",
    [
        ({}, "text/html"),
        ({"text": "a", "html": "<p>b</p>"}, "text/html"),
        ({"text": " \n"}, "text"),
        ({"html": ""}, "html"),
        ({"text": 3}, "text"),
        ({"text": "a", "id": ""}, "id"),
        ({"text": "a", "source_type": "radio"}, "source_type"),
        ({"text": "a", "lang": "zh"}, "lang"),
    ],
)
def test_item_errors_name_the_field(data, field):
    error = _errors(ClassifyItem, data)
    assert error["field"] == field and error["error"].startswith(field + ": ")


def test_a_good_item_keeps_only_given_fields():
    item = ClassifyItem.model_validate({"id": "1", "html": "<p>x</p>", "source_type": "web"})
    assert item.as_item() == {"id": "1", "html": "<p>x</p>", "source_type": "web"}


@pytest.mark.parametrize(
    "change, field",
    [
        ({"labels": ["illegal_org", "illegal_org"]}, "labels"),
        ({"labels": ["fraud"]}, "labels[0]"),
        ({"verdict": "approve"}, "verdict"),
        ({"moderator": "  "}, "moderator"),
    ],
)
def test_feedback_errors_name_the_field(change, field):
    body = {"text": "x", "labels": ["illegal_org"], "verdict": "confirm", "moderator": "m", **change}
    assert _errors(FeedbackIn, body)["field"] == field


def test_locations_read_like_paths():
    assert location(("items", 3, "text")) == "items[3].text"
    assert location(()) == "body"


def test_invalid_json_and_non_objects_are_named_body():
    assert describe_validation_errors([{"type": "json_invalid", "loc": [], "msg": "Invalid JSON: EOF"}])["field"] == "body"
    assert describe_validation_errors([{"type": "model_type", "loc": [], "msg": "x"}])["error"] == "body: expected a JSON object"
