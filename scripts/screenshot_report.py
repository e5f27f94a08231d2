"""Screenshot a report page in headless Chromium after clicking one token (for the README).

    .venv/bin/python scripts/screenshot_report.py runs/stories260K-room-report/report.html docs/report.png [--token N]
"""
import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("page", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--token", type=int, default=14, help="which token of the stories to click")
    a = ap.parse_args()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 1000})
        page.goto(a.page.resolve().as_uri())
        token = page.locator(".story .t").nth(a.token)
        token.click()
        token.scroll_into_view_if_needed()
        page.evaluate("() => window.scrollBy(0, -120)")
        page.screenshot(path=str(a.out))
        browser.close()
    print(f"wrote {a.out}")
