"""The explorer (/ui/) in a real browser: Debian's headless Chromium driven by Playwright,
against the whole stack on one port. Screenshots go to the test's tmp dir."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from playwright.async_api import Browser, Page, async_playwright, expect

from memstream.testing.data import KEY_A, auth
from tests.support import Stack

CHROMIUM = "/usr/bin/chromium"  # Debian's package (make tools), never a downloaded browser
# Root in a container: no sandbox; and nothing that reaches for Google's servers.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'


@asynccontextmanager
async def chromium() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            await browser.close()


async def _sign_in(page: Page, key: str) -> None:
    await page.fill("#api-key", key)
    await page.click("#sign-in-form button[type=submit]")


async def test_explorer_page_is_locked_down(rules_stack: Stack) -> None:
    page = await rules_stack.http.get("/ui/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    assert b"<script>" not in page.content  # no inline script: the policy would block it
    assert (await rules_stack.http.get("/ui/explorer.js")).status_code == 200
    for missing in ("/ui/../routes.py", "/ui/index.html.bak", "/ui/%2e%2e%2fapp.py"):
        assert (await rules_stack.http.get(missing)).status_code == 404


async def test_explorer_signs_in_adds_watches_finds_and_shows_markup_as_text(
    rules_stack: Stack, tmp_path: Path
) -> None:
    user = f"explorer-{uuid.uuid4().hex[:8]}"
    hostile = await rules_stack.add(
        {"messages": [{"role": "user", "content": HOSTILE}], "user_id": user, "infer": False}
    )
    await rules_stack.wait_for_event(hostile["event_id"])

    async with chromium() as browser:
        page = await browser.new_page()
        await page.goto(f"{rules_stack.url}/ui/")

        await _sign_in(page, "not-a-key")
        await expect(page.locator("#sign-in-error")).to_contain_text("Refused")
        await expect(page.locator("#app")).to_be_hidden()
        await page.screenshot(path=tmp_path / "refused.png")

        await _sign_in(page, KEY_A)
        await expect(page.locator("#who")).to_have_text("org-1 / project-a")
        assert KEY_A not in page.url

        await page.click("nav button[data-tab=add]")
        await page.fill("#add-messages", "user: I live in Lisbon and I love grilled sardines.")
        await page.fill("#add-user", user)
        await page.click("#add-form button[type=submit]")
        timeline = page.locator("#add-timeline")
        await expect(timeline).to_contain_text("SUCCEEDED")
        steps = await timeline.locator("li").all_text_contents()
        assert [s.split()[0] for s in steps] == ["PENDING", "RUNNING", "SUCCEEDED"]
        await expect(page.locator("#add-result")).to_contain_text("Lisbon")
        await page.screenshot(path=tmp_path / "added.png")

        await page.click("nav button[data-tab=events]")
        await expect(page.locator("#event-list tbody")).to_contain_text(hostile["event_id"])

        await page.click("nav button[data-tab=memories]")
        await page.click(f"#entity-list li:has-text('{user}')")
        memories = page.locator("#memory-list tbody")
        await expect(memories).to_contain_text("Lisbon")
        await expect(memories).to_contain_text(HOSTILE)  # the markup, as characters
        assert await page.evaluate("window.__pwned") is None
        assert await memories.locator("img, script").count() == 0

        await page.fill("#search-query", "Where does the user live? Lisbon")
        await page.click("#search-form button[type=submit]")
        await expect(memories.locator("tr").first).to_contain_text("Lisbon")
        await page.screenshot(path=tmp_path / "searched.png", full_page=True)

    # the page called the public API only, with the key: what it showed, the API shows too
    found = (
        await rules_stack.http.post(
            "/v3/memories/search/",
            json={"query": "Lisbon", "filters": {"user_id": user}},
            headers=auth(),
        )
    ).json()["results"]
    assert any("Lisbon" in memory["memory"] for memory in found)
