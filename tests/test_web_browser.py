"""The web app in a real browser (Debian's Chromium, driven by Playwright): typing and seeing the
underlines, hover, fixes and undo, files opened, dropped and pasted, rehearsal, exports, hostile
drafts, keyboard-only use and an automated accessibility check (axe-core)."""

from __future__ import annotations

from pathlib import Path

import re

import pytest

from browser import CHROMIUM_ARGS, RECORDER, Recorder, chromium_path, run_axe
from web_server import Server, start

ROOT = Path(__file__).resolve().parents[1]
SNIPPET = (ROOT / "examples" / "snippet.md").read_text(encoding="utf-8")
WEAK = (ROOT / "examples" / "weak-engineer-voice.md").read_text(encoding="utf-8")

if chromium_path() is None:  # CI installs it (.ci/run); a developer without it is told, not silently passed
    pytest.fail("Chromium is not installed: apt-get install chromium (or set PACKETCOACH_CHROMIUM)",
                pytrace=False)


@pytest.fixture(scope="module")
def server():
    running = start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def tab(browser):
    """One browser context and one page for the module: a new context and page cost about twice a
    reload of the page, for nothing the tests look at (the app keeps no cookies or storage)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    context.add_init_script(RECORDER)
    opened = context.new_page()
    opened.recorder = Recorder(opened)
    yield opened
    context.close()


@pytest.fixture
def page(tab, server: Server):
    """The app freshly opened for each test: loaded again, so no state of an earlier test remains."""
    tab.recorder.reload(tab, server.url)
    return tab


def settle(page) -> dict:
    """Wait until the report shown is the one for the draft as it is now; return it."""
    page.wait_for_function("() => { const s = window.packetcoach; return s.shown === s.version && !s.inflight; }")
    return page.evaluate("window.packetcoach.lastReport")


def load(page, text: str) -> dict:
    page.evaluate("""(text) => { const v = window.packetcoach.view;
        v.dispatch({changes: {from: 0, to: v.state.doc.length, insert: text}}); }""", text)
    return settle(page)


def doc(page) -> str:
    return page.evaluate("window.packetcoach.view.state.doc.toString()")


def test_typing_shows_underlines_by_kind_with_a_legend(page) -> None:
    page.click(".cm-content")
    page.keyboard.type("- Built a new caching layer for the catalog service, reducing p99 latency by 40ms.")
    report = settle(page)
    assert any(f["name"] == "engineering-verb" for f in report["findings"])
    verb = page.locator(".pc-u-engineer-voice", has_text="Built")
    assert verb.count() >= 1
    style = verb.first.evaluate("e => getComputedStyle(e).textDecorationLine + ' ' + getComputedStyle(e).textDecorationStyle")
    assert style == "underline wavy"
    legend = page.locator("#legend-list li.pc-legend-engineer-voice")
    assert "Engineer's voice" in legend.inner_text() and legend.locator(".pc-legend-count").inner_text() != "0"
    assert "items ready" in page.locator("#summary").inner_text()
    page.recorder.clean(page)


def test_hover_shows_the_message_why_and_suggestion(page) -> None:
    load(page, SNIPPET)
    page.locator(".pc-u-engineer-voice", has_text="Built").first.hover()
    card = page.locator(".cm-tooltip-lint .pc-card").first
    card.wait_for()
    text = page.locator(".cm-tooltip-lint").inner_text()
    assert "'Built' is an engineering verb" in text and "Why it matters" in text and "Suggested" in text
    assert page.locator(".cm-tooltip-lint button", has_text="Replace 'Built' with 'Launched'").count() == 1


def test_one_click_swaps_a_verb_and_undo_reverts_it(page) -> None:
    load(page, SNIPPET)
    page.locator(".pc-u-engineer-voice", has_text="Built").first.hover()
    page.locator(".cm-tooltip-lint button", has_text="Replace 'Built' with 'Launched'").click()
    assert "- Launched a new caching layer" in doc(page)
    report = settle(page)
    assert not any(f["name"] == "engineering-verb" and "Built" in f["message"] for f in report["findings"])
    page.keyboard.press("Control+z")
    assert doc(page) == SNIPPET
    settle(page)


def test_a_not_ready_item_gets_its_stronger_shape_below_it(page) -> None:
    report = load(page, SNIPPET)
    index = next(n for n, f in enumerate(report["findings"])
                 if f["name"] == "item-not-ready" and SNIPPET[f["start"]:f["end"]].startswith("Held 40"))
    fix = report["fixes"][index][0]
    page.locator(".pc-u-not-ready", has_text="Held 40").first.hover()
    page.locator(".cm-tooltip-lint button", has_text="stronger shape").first.click()
    after = doc(page)
    assert after == SNIPPET[:fix["start"]] + fix["text"] + SNIPPET[fix["end"]:]
    assert after.startswith(SNIPPET[:fix["start"]]) and fix["text"].startswith("\n- ")  # a new bullet below it
    page.keyboard.press("Control+z")
    assert doc(page) == SNIPPET


def test_keyboard_only_use(page) -> None:
    """Tab reaches every control in order; the cursor on an underline shows its card; Alt+Enter reaches
    the fix; Enter applies it; Escape returns to the editor; Ctrl+Z undoes."""
    load(page, SNIPPET)
    page.keyboard.press("Control+Home")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # line 3: "- Built a new caching layer ..."
    page.keyboard.press("End")
    page.keyboard.press("Home")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    card = page.locator(".pc-cursor-card")
    card.wait_for()
    assert "engineering verb" in card.inner_text()
    page.keyboard.press("Alt+Enter")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.startswith("Replace 'Built' with")
    page.keyboard.press("Enter")
    assert "- Launched a new caching layer" in doc(page)
    page.keyboard.press("Control+z")
    assert doc(page) == SNIPPET
    page.keyboard.press("Tab")  # Tab leaves the editor rather than inserting a tab
    assert page.evaluate("document.activeElement.classList.contains('cm-content')") is False
    page.keyboard.press("Shift+Tab")
    seen = []
    page.focus("#open-file")
    for _ in range(14):
        seen.append(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim().slice(0, 20)"))
        page.keyboard.press("Tab")
    assert seen[:4] == ["open-file", "opt-profile", "opt-level", "opt-doctype"]
    assert "Draft .docx" in seen and "Report .html" in seen
    page.focus("#tab-review")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == "tab-rehearse"
    assert page.locator("#view-rehearse").is_visible()


def test_the_side_panel(page) -> None:
    report = load(page, WEAK)
    panel = page.locator("#review")
    for title in ("Verdict", "Scores", "Sentences for the room", "Items:", "Principle coverage",
                  "The 90-second view", "Judgment both ways", "Old specialty showing", "About the whole draft"):
        assert panel.locator("h2", has_text=title).count() == 1, title
    assert panel.locator(".pc-score-value").first.inner_text() == str(report["score"]["packet"])
    rows = panel.locator("table.pc-items tbody tr")
    assert rows.count() == len(report["items"])
    assert panel.locator("svg.pc-chart g.pc-bar").count() == len(report["document"]["principles_coverage"])
    assert "backend" in panel.locator("#sec-specialty").inner_text()
    rows.nth(3).locator("button").click()  # click to jump: the editor selects the item
    item = report["items"][3]
    selected = page.evaluate("(() => { const s = window.packetcoach.view.state.selection.main; return [s.from, s.to]; })()")
    assert selected == [item["start"], item["end"]]
    panel.locator("#sec-skim summary").click()
    panel.locator("#sec-skim .pc-seen").first.wait_for()  # drawn when it is opened
    seen = panel.locator("#sec-skim .pc-seen").all_inner_texts()
    assert seen and seen[0] in WEAK and panel.locator("#sec-skim .pc-dim").count() > 0
    page.locator("#editor .cm-content").click()
    page.keyboard.press("Control+End")
    page.keyboard.type("\n\n- Convinced the payments VP to drop a verification step for small sellers, raising "
                       "checkout completion from 71% to 89%.")
    settle(page)
    assert panel.locator("#sec-scores .pc-delta").count() >= 1  # what moved the scores


def test_emoji_before_a_finding_keeps_the_underline_on_the_word(page) -> None:
    load(page, "# 🚀 Impact 🎉🎉\n\n- 👩‍💻 Built a new caching layer for the catalog service, reducing p99 latency by 40ms.\n")
    marked = page.locator(".pc-u-engineer-voice").all_inner_texts()
    assert "Built" in marked
    assert "p99" in " ".join(page.locator(".pc-u-engineer-voice").all_inner_texts())


def test_open_a_file_with_the_picker_and_by_drag_and_drop(page, tmp_path) -> None:
    from cli_matrix import docx_bytes

    draft = tmp_path / "review.docx"
    draft.write_bytes(docx_bytes())
    page.set_input_files("#file-input", str(draft))
    page.wait_for_function("() => window.packetcoach.view.state.doc.toString().includes('payments VP')")
    assert page.locator("#draft-name").inner_text() == "review.docx"
    settle(page)
    page.evaluate("""(text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'dropped.md', {type: 'text/markdown'}));
        const zone = document.querySelector('#editor-pane');
        zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: data, bubbles: true, cancelable: true}));
        zone.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
    }""", SNIPPET)
    page.wait_for_function("() => window.packetcoach.view.state.doc.toString().includes('Held 40 customer')")
    assert page.locator("#draft-name").inner_text() == "dropped.md"
    page.keyboard.press("Control+z")  # opening is one undoable step
    assert "payments VP" in doc(page) and "Held 40" not in doc(page)


def test_a_file_that_cannot_be_read_gets_a_clear_message(page, tmp_path) -> None:
    bad = tmp_path / "scan.md"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    page.set_input_files("#file-input", str(bad))
    message = page.locator("#message .pc-msg-error")
    message.wait_for()
    assert message.inner_text().startswith("scan.md: ") and "PDF" in message.inner_text()
    page.set_input_files("#file-input", files=[{"name": "deck.pptx", "mimeType": "application/octet-stream",
                                                 "buffer": b"PK\x03\x04"}])
    page.wait_for_function("() => document.querySelector('#message').innerText.includes('deck.pptx')")
    assert doc(page) == ""


def test_rich_text_pasted_from_a_word_processor_keeps_its_structure(page) -> None:
    html = ('<meta charset="utf-8"><html xmlns:o="urn:schemas-microsoft-com:office:office"><body>'
            '<h2 style="mso-list:l0">Impact</h2><ul><li><b>Convinced</b> the payments VP to drop a step for small '
            'sellers, raising checkout completion from 71% to 89%.</li><li>Built a cache.</li></ul>'
            '<img src="https://evil.example/p.png" onerror="alert(1)"></body></html>')
    page.click(".cm-content")
    page.evaluate("""(html) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'Impact Convinced the payments VP Built a cache.');
        document.querySelector('.cm-content').dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""", html)
    page.wait_for_function("() => window.packetcoach.view.state.doc.toString().includes('- Built a cache.')")
    assert doc(page).startswith("## Impact\n\n- **Convinced** the payments VP")
    settle(page)
    page.recorder.clean(page)


def test_rehearsal_in_the_page(page) -> None:
    load(page, SNIPPET)
    page.click("#tab-rehearse")
    page.click("#rehearse-start")
    page.locator("#question-text").wait_for()
    assert "Question 1 of" in page.locator("#rehearse-body").inner_text()
    page.fill("#answer", "We worked really hard on it.")
    page.click("text=Score my answer")
    page.locator("#follow-up").wait_for()
    assert "not ready" in page.locator("#feedback").inner_text()
    page.fill("#follow-up", "I convinced the payments VP, raising checkout completion for small sellers from 71% to 89%.")
    page.click("text=Score with the follow-up")
    page.locator("#feedback strong", has_text="With the follow-up").wait_for()
    page.locator("#feedback button:enabled", has_text="Next question").click()
    assert "Question 2 of" in page.locator("#rehearse-body").inner_text()
    page.fill("#answer", "I convinced the payments VP to drop a step for small sellers, raising checkout completion "
                         "from 71% to 89%.")
    page.click("text=Score my answer")
    page.locator("#feedback .pc-grade").wait_for()
    assert "/5" in page.locator("#feedback").inner_text()
    page.locator("#feedback button:enabled").last.click()  # the next question, or the summary after the last
    if page.locator("#drill-summary").count() == 0:
        page.click("text=End and see the summary")
    page.locator("#drill-summary").wait_for()
    body = page.locator("#rehearse-body").inner_text()
    assert re.search(r"Summary: \d of 2 answers", body)


def test_exports(page) -> None:
    import docx

    load(page, SNIPPET)
    with page.expect_download() as markdown:
        page.click("[data-export=md]")
    assert Path(markdown.value.path()).read_text(encoding="utf-8") == SNIPPET
    assert markdown.value.suggested_filename == "draft.md"
    with page.expect_download() as word:
        page.click("[data-export=docx]")
    document = docx.Document(str(word.value.path()))
    assert any("Held 40 customer interviews" in p.text for p in document.paragraphs)
    with page.expect_download() as report:
        page.click("[data-export=html]")
    html = Path(report.value.path()).read_text(encoding="utf-8")
    assert report.value.suggested_filename == "draft-report.html" and "Packet" not in html[:0]
    assert "<script" not in html and "Content-Security-Policy" in html and "Held 40 customer interviews" in html


HOSTILE = [
    "# <script>alert('head')</script>\n\n- <img src=x onerror=alert(1)> Built a cache for sellers.\n",
    "- Built a [dashboard](javascript:alert(2)) and <a href=\"javascript:alert(3)\">this</a> for 40ms p99.\n",
    "- <svg onload=alert(4)></svg> Convinced the VP, raising completion from 71% to 89%.\n"
    "- ![x](https://evil.example/x.png) <iframe src=\"https://evil.example\"></iframe> <style>*{display:none}</style>\n",
    "- Led the `</textarea><script>alert(5)</script>` rollout; [a]: javascript:alert(6)\n\n[b](<javascript:alert(7)>)\n"
    "<form action=https://evil.example><button formaction=javascript:alert(8)>x</button></form>\n",
    "- \"><img src=x onerror=alert(9)> ' onmouseover='alert(10)' {{constructor.constructor('alert(11)')()}}\n",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_drafts_run_nothing_and_show_as_text(page, text) -> None:
    report = load(page, text)
    page.locator("#sec-skim summary").click()
    page.locator("#sec-skim .pc-skim-text").wait_for()
    page.locator("#review").hover()
    for marked in page.locator(".pc-u").all():
        marked.hover()
    page.click("#tab-rehearse")
    page.click("#rehearse-start")
    page.wait_for_timeout(300)
    assert page.evaluate("document.querySelectorAll('script').length") == 1  # the page's own bundle only
    assert page.evaluate("document.querySelectorAll('#editor img, #review img, #review iframe, #review a[href], "
                         "#editor a[href], form, #review svg[onload], [onerror], [onload], [onmouseover]').length") == 0
    assert page.locator(".cm-content").inner_text().replace("\u200b", "") .strip().replace("\n\n", "\n") != ""
    assert report["words"] >= 0
    page.recorder.clean(page)


def test_accessibility_check_passes(page) -> None:
    assert run_axe(page) == []  # the empty page
    load(page, WEAK)
    page.locator("#sec-skim summary").click()
    page.locator("#sec-skim .pc-skim-text").wait_for()
    page.locator(".pc-u-engineer-voice").first.hover()
    page.locator(".cm-tooltip-lint").wait_for()
    assert run_axe(page) == []
    page.click("#tab-rehearse")
    page.click("#rehearse-start")
    page.locator("#question-text").wait_for()
    assert run_axe(page) == []
    for tab in ("#tab-compare", "#tab-plan", "#tab-history"):  # their first state
        page.click(tab)
        assert run_axe(page) == [], tab


MANAGERS_SNIPPET = """# Promotion case: Oskar Lund

- Oskar persuaded the carriers to collect returns from lockers, and missed pickups fell from 12% to 3%.
- He chose not to build a returns chatbot, since only 2% of contacts asked for one.
- He set the returns goals for three teams in January, and he reviews them with their leads.
- Oskar hired two analysts and he trained them on the refund model.
"""


def _plan_in_the_page(page, draft: str) -> str:
    load(page, draft)
    page.click("#tab-plan")
    page.fill("#plan-due", "2031-03-02")
    page.click("#plan-make")
    page.locator("#plan-checklist").wait_for()
    assert page.locator("#plan-checklist tbody tr").count() >= 3
    return page.locator("#plan-out").inner_text()


def test_plan_in_the_page(page) -> None:
    out = _plan_in_the_page(page, SNIPPET)
    assert "Phase: collect" in out and "days left" in out and "Coaching:" in out
    assert "Ask your manager" in out


def test_a_managers_plan_in_the_page_speaks_to_the_manager(page) -> None:
    out = _plan_in_the_page(page, MANAGERS_SNIPPET)
    assert "Before the room" in out and "Ask your manager" not in out
    assert "Which level are you defending for Oskar" in out


def test_history_chart_and_diff_in_the_page(page) -> None:
    page.evaluate("window.packetcoach.name = 'browser-history.md'")
    load(page, SNIPPET)
    page.click("#tab-history")
    page.click("#history-keep")
    page.locator("#history-out table").wait_for()
    page.locator(".pc-u-engineer-voice", has_text="Built").first.hover()
    page.locator(".cm-tooltip-lint button", has_text="Replace 'Built' with 'Launched'").click()
    settle(page)
    page.click("#history-keep")
    page.wait_for_function("() => document.querySelectorAll('#history-out tbody tr').length === 2")
    assert page.locator(".pc-history-chart circle").count() == 2
    page.keyboard.press("Control+End")
    page.locator("#history-out tbody tr").last.locator("button").click()  # the oldest version
    page.locator("#diff-out h3").wait_for()
    assert "Built a new caching layer" in page.locator("#diff-out").inner_text()
    assert run_axe(page) == []


def test_a_fix_about_the_whole_draft_from_the_panel(page) -> None:
    report = load(page, SNIPPET)
    retell = next(f for f in report["findings"] if f["name"] == "no-retell-sentence")
    page.locator("#sec-whole button", has_text="Insert the retell sentence").click()
    assert retell["suggestion"] in doc(page)
    page.keyboard.press("Control+z")
    assert doc(page) == SNIPPET


def test_compare_tab(page, tmp_path) -> None:
    features = page.evaluate("window.packetcoach.options.features")
    page.click("#tab-compare")
    if not features["calibrate"]:
        assert "not available in this version" in page.locator("#compare-body").inner_text()
        return
    weak, strong = tmp_path / "weak.md", tmp_path / "strong.md"
    weak.write_text(SNIPPET, encoding="utf-8")
    strong.write_text((ROOT / "examples" / "strong-pm-voice.md").read_text(encoding="utf-8"), encoding="utf-8")
    page.set_input_files("#compare-input", [str(weak), str(strong)])
    page.wait_for_function("() => document.querySelectorAll('#compare-list li').length === 2")
    page.click("#compare-rank")
    page.locator("#compare-ranking tbody tr").first.wait_for()
    assert page.locator("#compare-ranking tbody tr").count() == 2
    assert page.locator("#compare-ranking tbody tr").first.locator("td").nth(1).inner_text() == "strong.md"
    with page.expect_download() as brief:
        page.click("#compare-brief")
    assert "<script" not in Path(brief.value.path()).read_text(encoding="utf-8").split("</head>", 1)[1]
    assert run_axe(page) == []


def test_a_verdict_in_the_report_is_shown_with_its_top_changes(page) -> None:
    """The verdict of SPEC section 6, as the report will carry it: its reading, gap, summary and top
    changes (click to jump). Drawn from a report given the contract's shape here."""
    report = load(page, SNIPPET)
    target = report["items"][0]
    verdict = {"reading": "below", "gap": "evidence", "summary": "Reads below L6: one ready item of four.",
               "top_changes": [{"what": "Name the customer and the business result of the caching work",
                                "rules": ["item-not-ready"], "items": [target["id"]], "lines": [3], "gain": 9}]}
    page.evaluate("""([verdict, text]) => { const s = window.packetcoach;
        s.panel.render({...s.lastReport, verdict}, text); }""", [verdict, SNIPPET])
    section = page.locator("#sec-verdict")
    assert "Reads below the bar" in section.inner_text() and "the gap is evidence" in section.inner_text()
    assert "Reads below L6: one ready item of four." in section.inner_text() and "+9 points" in section.inner_text()
    assert "Name the customer and the business result" in section.inner_text()
    section.locator("button", has_text="go to line 3").click()
    selected = page.evaluate("(() => { const s = window.packetcoach.view.state.selection.main; return [s.from, s.to]; })()")
    assert selected == [target["start"], target["end"]]


def test_markdown_copied_from_a_code_editor_is_pasted_as_written(page) -> None:
    plain = "## Impact\n- Convinced the VP to drop a step.\n- Built a cache.\n"
    html = "<div><div><span>## Impact</span></div><div><span>- Convinced the VP to drop a step.</span></div></div>"
    page.click(".cm-content")
    page.evaluate("""([html, plain]) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', plain);
        document.querySelector('.cm-content').dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""", [html, plain])
    assert doc(page) == plain


def test_a_fix_after_emoji_replaces_exactly_the_flagged_word(page) -> None:
    text = "# 🚀 Impact\n\n- 👩‍💻🎉 Built a new caching layer for the catalog service, reducing p99 latency by 40ms.\n"
    load(page, text)
    page.locator(".pc-u-engineer-voice", has_text="Built").first.hover()
    page.locator(".cm-tooltip-lint button", has_text="Replace 'Built' with 'Launched'").click()
    assert doc(page) == text.replace("Built", "Launched")


def test_the_sentences_for_the_room(page) -> None:
    report = load(page, WEAK)
    room = page.locator("#sec-room")
    sentences = room.locator("ol.pc-room li")
    assert sentences.count() == len(report["room_sentences"]) >= 1
    assert report["room_sentences"][0]["text"] in room.inner_text()
    assert "The sentence your manager can repeat" in room.inner_text()
    sentences.first.locator("button").click()
    item = next(i for i in report["items"] if i["id"] == report["room_sentences"][0]["items"][0])
    selected = page.evaluate("(() => { const s = window.packetcoach.view.state.selection.main; return [s.from, s.to]; })()")
    assert selected == [item["start"], item["end"]]
