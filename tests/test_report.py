"""The report page: written from a measured room, opened in a real headless Chromium."""
import json
import os
import shutil
from pathlib import Path

import pytest

from englishroom.cli import main

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report(subject, shared, small_room, tmp_path_factory):
    """The small room measured on four real stories (with evidence), and its report: the passes after
    the mechanisms run again on a copy of the small room's IR (the same settings but evidence_stories, and
    four stories told for the talk ratio)."""
    import copy
    from englishroom.corpora.stories import load_stories
    from englishroom.decompiler.emit import emit
    from englishroom.decompiler.evidence import evidence_pass
    from englishroom.measure.metrics import measure_pass
    tmp = tmp_path_factory.mktemp("report")
    texts = load_stories(shared / "data/tinystories/valid-dev.txt", limit=4)
    (tmp / "four.txt").write_text("\n<|endoftext|>\n".join(texts) + "\n")
    program = copy.deepcopy(small_room[1])
    program.settings = program.settings.replace(evidence_stories=4, talk_stories=4)
    data = str(tmp / "four.txt")
    emit(measure_pass(evidence_pass(program, subject, data, False), subject, data, False), tmp / "room")
    (tmp / "atlas").mkdir()
    (tmp / "atlas" / "atlas.html").write_text("<!doctype html><title>atlas</title>")
    main(["report", str(tmp / "room"), "--out", str(tmp / "out"), "--stories", "6", "--quiet",
          "--atlas", str(tmp / "atlas" / "atlas.html")])
    return tmp


def test_report_page_is_self_contained(report):
    html = (report / "out" / "report.html").read_text()
    assert (report / "out" / "pareto.png").read_bytes()[:4] == b"\x89PNG"
    assert 'src="data:image/png;base64,' in html
    assert "http://" not in html and "https://" not in html          # nothing fetched from the network
    assert 'href="../atlas/atlas.html"' in html
    for section in ("How close it comes", "What each mechanism contributes", "Size against fidelity", "How it talks",
                    "Where it loses nats to the subject (gap map)", "by beyond reach"):
        assert section in html
    readme = (report / "room" / "README.md").read_text()          # the room says what it was probed on
    assert "stories (20,0" in readme and "at temperature 0.5, its likeliest paths" in readme
    held = json.loads((report / "room" / "provenance.json").read_text())["probe_corpus"]["held_out"]
    assert held["stories"] > 0 and held["counted_by_the_final_rules"]
    assert f"The mechanisms were measured on {held['stories']:,} of those stories ({held['tokens']:,} tokens)" in readme
    assert "counted again over every story, those too (cross-fitting)" in readme
    # the readers and the heads behind them, with their evidence, in words and in tables/readers.txt
    assert "## Readers: what the room looks back for" in readme and "- **NAME1** looks back for" in readme
    assert " nats on average (random pairs: " in readme          # the interchange's effect size beside its share
    assert "NAME1\tthe name mentioned most recently" in (report / "room" / "tables" / "readers.txt").read_text()
    # how well it talks: the subject scored the stories the room, its context rules and the best KN told
    talk = json.loads((report / "room" / "provenance.json").read_text())["metrics"]["talk"]
    assert {"subject", "room", "context rules only"} <= set(talk) and any(k.startswith("kn") for k in talk)
    assert talk["room"]["ratio"] > 1 and "## How well it talks on its own" in readme and 'id="talk"' in html


def test_report_errors(report, capsys):
    for args, message in ((["report", str(report / "nope"), "--out", str(report / "x")], "not a room"),
                          (["report", str(report / "room"), "--out", str(report / "x"), "--atlas", "missing.html"],
                           "no such atlas")):
        with pytest.raises(SystemExit) as e:
            main(args)
        assert e.value.code == 2 and message in capsys.readouterr().err
    assert not (report / "x" / "report.html").exists()


def chromium():
    """Debian's Chromium driven by Playwright, or a skip (a failure where CI requires the browser test)."""
    exe = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or not Path(exe).exists():
        if os.environ.get("ENGLISHROOM_BROWSER_TESTS") == "required":
            pytest.fail("the browser test needs playwright and Debian's chromium (see .ci/run)")
        pytest.skip("no chromium or playwright here")
    return sync_playwright, exe


def test_report_in_a_real_browser(report, tmp_path):
    sync_playwright, exe = chromium()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            errors = []
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto((report / "out" / "report.html").as_uri())
            page.wait_for_load_state("load")
            plot = page.locator("#plot")
            assert plot.is_visible()
            assert page.evaluate("() => document.getElementById('plot').naturalWidth") > 300
            assert plot.bounding_box()["height"] > 200
            panel = page.locator("#panel")
            assert "row that fired" not in panel.inner_text()
            token = page.locator(".story .t").nth(5)
            token.click()
            text = panel.inner_text()
            assert "row that fired" in text and "context_rules" in text and "room" in text
            assert "sel" in token.get_attribute("class")
            assert errors == []
        finally:
            browser.close()
