"""The review page in headless Chromium: classify a text, check the highlights, send feedback and find it stored."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

from serving.auth import create_key
from serving.feedback import FeedbackStore
from tests.serving_support import Server, prepare_store, server_env

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="needs Debian packages chromium and chromium-driver (apt-get install -y chromium chromium-driver)",
)
webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (pip install selenium)")

# An emoji first (two UTF-16 units, one code point), markup that must stay text, an organization and cue words.
TEXT = "😀 中华名人协会招募理事，缴纳会费三万元即可授牌颁发证书。<b>&amp;</b> 爱心捐款请扫码转账到个人账户，捐一千返利两千"
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")

# Code points covered by each mark class, read from the page (JS strings count UTF-16 units, so use Array.from).
COVERAGE_JS = """
const out = {text: "", classes: {}};
let pos = 0;
for (const node of document.getElementById("highlighted").childNodes) {
  const n = Array.from(node.textContent).length;
  if (node.nodeType === 1) {
    for (const cls of node.classList) {
      (out.classes[cls] = out.classes[cls] || []);
      for (let i = pos; i < pos + n; i++) out.classes[cls].push(i);
    }
  }
  out.text += node.textContent;
  pos += n;
}
out.elements = document.getElementById("highlighted").querySelectorAll("b").length;
return out;
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ui")
    home = tmp / "bentoml"
    prepare_store(tmp, home, ["lexical-ui"], "lexical-ui")
    env = server_env(tmp, home)
    key, _ = create_key(Path(env["ORGWATCH_KEYS_FILE"]), "moderator", "ui test")
    server = Server(env).start()
    try:
        yield server, key, env
    finally:
        server.stop()


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _positions(spans):
    return sorted({i for span in spans for i in range(span["start"], span["end"])})


def test_review_page_highlights_and_sends_feedback(served, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    server, key, env = served
    expected = httpx.post(server.url + "/classify", json={"items": [{"text": TEXT}]},
                          headers={"Authorization": f"Bearer {key}"}, timeout=60).json()[0]
    assert expected["evidence"] and expected["organizations"], "the test text must produce evidence and an organization"

    browser.get(server.url + "/ui")
    browser.find_element(By.ID, "key").send_keys(key)
    browser.find_element(By.ID, "moderator").send_keys("ui-moderator")
    # set the text through JS: chromedriver cannot type characters outside the BMP (the emoji)
    browser.execute_script("document.getElementById('input').value = arguments[0];", TEXT)
    browser.find_element(By.ID, "classify").click()
    wait = WebDriverWait(browser, 30)
    wait.until(ec.visibility_of_element_located((By.ID, "result")))

    assert browser.find_element(By.ID, "suggestion").text == expected["suggestion"]
    assert browser.execute_script("return sessionStorage.getItem('orgwatch.key')") == key
    page = browser.execute_script(COVERAGE_JS)
    assert page["text"] == TEXT and page["elements"] == 0  # shown as text, never as markup
    for label in ("illegal_org", "charity_fraud"):
        spans = [e for e in expected["evidence"] if e["label"] == label]
        assert page["classes"].get(f"ev-{label}", []) == _positions(spans), label
    assert page["classes"].get("org", []) == _positions(expected["organizations"])

    browser.find_element(By.ID, "note").send_keys("seen in browser test")
    browser.find_element(By.ID, "confirm").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "feedback-status"), "stored as feedback"))
    for label in ("illegal_org", "charity_fraud"):
        box = browser.find_element(By.ID, f"relabel-{label}")
        if box.is_selected() != (label == "charity_fraud"):
            box.click()
    browser.find_element(By.ID, "relabel").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "feedback-status"), "(relabel)"))

    rows = FeedbackStore(env["ORGWATCH_FEEDBACK_DB"]).rows()
    flagged = [label for label, value in expected["labels"].items() if value["suggestion"] != "pass"]
    assert [(r["verdict"], r["labels"], r["text"], r["moderator"]) for r in rows] == [
        ("confirm", flagged, TEXT, "ui-moderator"),
        ("relabel", ["charity_fraud"], TEXT, "ui-moderator"),
    ]
    assert rows[0]["note"] == "seen in browser test" and rows[0]["item_id"].startswith("ui-")
