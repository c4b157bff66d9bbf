"""`packetcoach serve` as a real process over real sockets: the SPEC section 6 contract, and the
guard against other origins (DNS rebinding, CSRF, CORS), size limits and hostile input."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

import netguard
from web_server import Server, start

ROOT = Path(__file__).resolve().parents[1]
DRAFT = (ROOT / "examples" / "snippet.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def server():
    running = start()
    yield running
    code, out, err = running.stop()
    assert code == 0, err
    assert "Traceback" not in err


def test_serve_prints_its_address_and_stops_cleanly_on_ctrl_c() -> None:
    running = start()
    assert running.url == f"http://127.0.0.1:{running.port}/"
    code, out, err = running.stop()
    assert code == 0
    assert "Nothing leaves this machine" in out and out.rstrip().endswith("packetcoach stopped.")
    assert "Traceback" not in err and "Error" not in err


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads the kernel's socket table")
def test_it_listens_on_127_0_0_1_only(server: Server) -> None:
    listening = [line.split() for line in Path("/proc/net/tcp").read_text().splitlines()[1:]]
    ours = [fields[1] for fields in listening if fields[3] == "0A" and int(fields[1].split(":")[1], 16) == server.port]
    assert ours == [f"0100007F:{server.port:04X}"]
    v6 = Path("/proc/net/tcp6")
    if v6.exists():
        rows = v6.read_text().splitlines()[1:]
        assert not [row for row in rows if row.split()[1].endswith(f":{server.port:04X}")]


def test_the_port_option_and_a_port_in_use(server: Server) -> None:
    """A port asked for is the port served; the module's running server holds a port that is then in use."""
    first = server
    second = start("--port", str(first.port + 1)) if first.port < 65535 else None
    if second:
        assert second.port == first.port + 1
        second.stop()
    import subprocess
    busy = subprocess.run([sys.executable, "-m", "packetcoach", "serve", "--no-browser", "--port", str(first.port)],
                          capture_output=True, text=True, timeout=30,
                          env=netguard.child_environment(Path(__import__("os").environ["PYTHONPATH"].split(":")[0]),
                                                         Path(__import__("os").environ[netguard.LOG_ENV]),
                                                         loopback=True))
    assert busy.returncode == 2
    assert busy.stderr.strip().count("\n") == 0 and f"port {first.port} is in use" in busy.stderr


def test_without_no_browser_it_opens_the_browser_at_its_address() -> None:
    import os
    import time

    mark = netguard.checkpoint()
    running = start("--port", "0", browser=True, env={**os.environ, "BROWSER": "true"})
    log = Path(os.environ[netguard.LOG_ENV])
    deadline = time.monotonic() + 15
    while "webbrowser.open" not in log.read_text(encoding="utf-8") and time.monotonic() < deadline:
        time.sleep(0.1)
    running.stop()
    found = "\n".join(netguard.take_since(mark))  # the guard refuses the browser: taken here, not failed
    assert "webbrowser.open" in found and running.url in found


def test_the_page_carries_the_token_and_loads_nothing_from_outside(server: Server) -> None:
    status, headers, body = server.request("GET", "/", token=False)
    page = body.decode()
    assert status == 200 and re.search(r'<meta name="packetcoach-token" content="[\w-]{40,}">', page)
    assert "<script>" not in page and " on" not in re.sub(r"<[^>]*>", "", page)[:0]
    assert not re.search(r"""(src|href)=["'](https?:)?//""", page)
    for asset in ("/static/app.css", "/kinds.css"):
        status, _, css = server.request("GET", asset, token=False)
        assert status == 200 and b"url(" not in css and b"@import" not in css
    status, headers, script = server.request("GET", "/static/app.js", token=False)
    assert status == 200 and headers["content-type"].startswith("text/javascript")


def test_a_fresh_token_per_process(server: Server) -> None:
    a, b = server, start()  # the module's server and a second process
    try:
        assert a.token != b.token
        assert b.post_json("/api/check", {"text": DRAFT}, headers={"X-Packetcoach-Token": a.token})[0] == 403
    finally:
        b.stop()


def test_every_response_carries_a_strict_csp_and_no_cors(server: Server) -> None:
    probes = [("GET", "/", None, {}), ("GET", "/static/app.js", None, {}), ("GET", "/nowhere", None, {}),
              ("POST", "/api/check", {"text": DRAFT}, {}), ("POST", "/api/check", {"text": DRAFT}, {"X-Packetcoach-Token": "x"}),
              ("POST", "/api/check", {"text": DRAFT}, {"Origin": "https://evil.example"}),
              ("OPTIONS", "/api/check", None, {"Origin": f"http://{server.host}", "Access-Control-Request-Method": "POST"})]
    for method, path, body, headers in probes:
        status, answer, _ = server.request(method, path, body, headers=headers)
        policy = answer.get("content-security-policy", "")
        assert "default-src 'none'" in policy and "script-src 'self';" in policy, (path, status)
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy and "frame-ancestors 'none'" in policy
        assert not [name for name in answer if name.startswith("access-control-")], (path, answer)
        assert answer["x-content-type-options"] == "nosniff"


def test_check_answers_the_report_json(server: Server, report_validator) -> None:
    status, report = server.post_json("/api/check", {"text": DRAFT, "level": "L6", "profile": "amazon-pm",
                                                     "doc_type": "self-assessment"})
    assert status == 200
    extra = {key: report.pop(key) for key in ("fixes", "skim_spans")}
    for entry in report["findings"]:
        entry.pop("underline")
    for entry in report["items"]:
        entry.pop("missing")
    report_validator.validate(report)
    assert report["words"] > 40 and len(extra["fixes"]) == len(report["findings"])
    assert any(fix["title"].startswith("Replace 'Built'") for fixes in extra["fixes"] for fix in fixes)


@pytest.mark.parametrize("headers", [{}, {"X-Packetcoach-Token": ""}, {"X-Packetcoach-Token": "wrong"}])
def test_a_missing_or_wrong_token_gets_403(server: Server, headers) -> None:
    status, _, body = server.request("POST", "/api/check", {"text": DRAFT}, headers=headers, token=bool(headers))
    if not headers:
        status, _, body = server.request("POST", "/api/check", {"text": DRAFT}, token=False)
    assert status == 403 and b"token" in body


def _raw(server: Server, host: str | None, origin: str | None = None, token: str | None = None, extra: str = "") -> int:
    body = json.dumps({"text": DRAFT}).encode()
    lines = ["POST /api/check HTTP/1.1"]
    if host is not None:
        lines.append(f"Host: {host}")
    if origin is not None:
        lines.append(f"Origin: {origin}")
    lines += [f"X-Packetcoach-Token: {token or server.token}", "Content-Type: application/json",
              f"Content-Length: {len(body)}", "Connection: close"]
    if extra:
        lines.append(extra)
    answer = server.raw(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
    return int(answer.split(b" ", 2)[1])


def test_a_foreign_host_is_refused_with_421(server: Server) -> None:
    """DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1 sends Host: evil.example."""
    assert _raw(server, server.host) == 200
    assert _raw(server, f"localhost:{server.port}") == 200
    for host in ("evil.example", f"evil.example:{server.port}", f"127.0.0.1:{server.port + 1}", "127.0.0.1",
                 f"127.0.0.1.evil.example:{server.port}", f"0.0.0.0:{server.port}", f"[::1]:{server.port}", ""):
        assert _raw(server, host) == 421, host
    assert int(server.raw(b"GET / HTTP/1.0\r\n\r\n").split(b" ", 2)[1]) in (400, 421)


def test_a_foreign_origin_is_refused_with_403(server: Server) -> None:
    assert _raw(server, server.host, origin=f"http://{server.host}") == 200
    for origin in ("https://evil.example", "null", f"http://127.0.0.1:{server.port + 1}", f"https://{server.host}",
                   f"http://{server.host}.evil.example"):
        assert _raw(server, server.host, origin=origin) == 403, origin
    assert _raw(server, server.host, extra="Sec-Fetch-Site: cross-site") == 403
    status, _, _ = server.request("GET", "/", headers={"Origin": "https://evil.example"}, token=False)
    assert status == 403


def test_request_size_limits(server: Server) -> None:
    def declared(length: str) -> int:  # refused on the declared length, before any body is read
        head = (f"POST /api/check HTTP/1.1\r\nHost: {server.host}\r\nX-Packetcoach-Token: {server.token}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n")
        return int(server.raw(head.encode()).split(b" ", 2)[1])

    assert declared("2100000") == 413 and declared("99999999999") == 413
    # a body with no declared length, just over the 2 MB limit (all of it read, so no reset)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in [b"{" + b" " * 1_000_000] * 2) + b"0\r\n\r\n"
    head = (f"POST /api/check HTTP/1.1\r\nHost: {server.host}\r\nX-Packetcoach-Token: {server.token}\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").encode()
    assert int(server.raw(head + chunked).split(b" ", 2)[1]) == 413
    status, answer = server.post_json("/api/check", {"text": "word " * 300_000})
    assert status == 413 and "longer than 1,000,000 characters" in answer["message"]
    status, answer = server.post_json("/api/check", {"text": "word " * 150_000})  # taken, but no draft is this long
    assert status == 422 and "far more than any draft" in answer["message"]


@pytest.mark.parametrize("body, status, words", [
    ({"text": DRAFT, "profile": "/etc/passwd"}, 422, "unknown profile"),
    ({"text": DRAFT, "profile": "../../profile"}, 422, "unknown profile"),
    ({"text": DRAFT, "level": "L99"}, 422, "unknown level"),
    ({"text": DRAFT, "doc_type": "novel"}, 422, "unknown document type"),
    ({"text": 42}, 400, "must be a string"),
    ({}, 400, "'text' is missing"),
    ({"text": "   "}, 422, "empty"),
    ([1, 2], 400, "JSON object"),
])
def test_bad_requests_get_one_clear_line(server: Server, body, status, words) -> None:
    got, answer = server.post_json("/api/check", body)
    assert got == status and words in answer["problem"]


def test_not_json_is_refused(server: Server) -> None:
    assert server.request("POST", "/api/check", "text=hello", headers={"Content-Type": "text/plain"})[0] == 415
    assert server.request("POST", "/api/check", "{not json", headers={"Content-Type": "application/json"})[0] == 400
    assert server.request("GET", "/api/check")[0] == 405


def test_emoji_and_lone_surrogates_keep_offsets_in_code_points(server: Server) -> None:
    text = "# 🚀 Impact\n\n- 🎉 Built a new caching layer for the catalog service, reducing p99 latency by 40ms.\n"
    status, report = server.post_json("/api/check", {"text": text})
    built = next(f for f in report["findings"] if f["name"] == "engineering-verb")
    assert text[built["start"]:built["end"]] == "Built"
    broken = json.dumps({"text": "- Built a cache \ud83d for sellers.\n"})  # half an emoji
    status, _, body = server.request("POST", "/api/check", broken, headers={"Content-Type": "application/json"})
    assert status == 200 and json.loads(body)["words"] > 3


def test_open_reads_every_format_and_names_a_bad_file(server: Server) -> None:
    from cli_matrix import HTML, docx_bytes

    for name, data, expect in [("draft.md", DRAFT.encode(), "caching layer"), ("draft.docx", docx_bytes(), "payments VP"),
                               ("export.html", HTML.encode(), "- **Convinced**"), ("notes.txt", b"Built a cache.\r\n", "Built")]:
        status, _, body = server.request("POST", "/api/open", data, headers={"X-Packetcoach-Filename": name,
                                                                             "Content-Type": "application/octet-stream"})
        assert status == 200 and expect in json.loads(body)["text"], name
    for name, data, words in [("photo.md", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "photo.md"),
                              ("broken.docx", b"PK\x03\x04 not really a zip", "broken.docx"),
                              ("slides.pptx", b"PK", "opens .md, .txt, .docx and .html"),
                              ("empty.md", b"   \n", "holds no text")]:
        status, _, body = server.request("POST", "/api/open", data, headers={"X-Packetcoach-Filename": name,
                                                                             "Content-Type": "application/octet-stream"})
        problem = json.loads(body)["message"]
        assert status == 422 and words in problem and "\n" not in problem, (name, problem)


def test_pasted_rich_text_becomes_markdown(server: Server) -> None:
    word = ('<html><body><h2>Impact</h2><ul><li><b>Convinced</b> the payments VP to drop a step, raising '
            'completion from 71% to 89%.</li><li>Built a cache.<script>alert(1)</script></li></ul></body></html>')
    status, answer = server.post_json("/api/paste", {"html": word})
    assert status == 200
    assert answer["text"].splitlines()[0] == "## Impact" and "- **Convinced** the payments VP" in answer["text"]
    assert "alert" not in answer["text"]


def test_rehearsal_and_drill_grade_like_the_terminal(server: Server) -> None:
    """Each answer gets exactly the grade and follow-up the terminal drill gives it (coach/drill.py)."""
    from functools import partial

    from packetcoach import analyze
    from packetcoach.api import analyze_item
    from packetcoach.coach.drill import follow_up_for, grade
    from packetcoach.coach.rehearse import rehearse

    status, rehearsal = server.post_json("/api/rehearse", {"text": DRAFT})
    questions = rehearse(analyze(DRAFT))
    assert status == 200 and [q["question"] for q in rehearsal["questions"]] == [q.text for q in questions]
    answers = [{"question": 1, "answer": "We worked hard on it."},
               {"question": 2, "answer": "I convinced the payments VP, raising checkout completion for small sellers "
                                         "from 71% to 89%.", "follow_up_answer": None}]
    status, drill = server.post_json("/api/drill", {"text": DRAFT, "answers": answers})
    assert status == 200 and drill["schema"] == "packetcoach.drill/1" and len(drill["answers"]) == 2
    reader = partial(analyze_item, profile="amazon-pm")
    for given, graded in zip(answers, drill["answers"]):
        question = questions[given["question"] - 1]
        expected = grade(question, given["answer"], reader)
        assert (graded["grade"]["score"], graded["grade"]["ready"], graded["grade"]["missing"]) == \
            (expected.score, expected.ready, list(expected.missing))
        assert graded["follow_up"] == follow_up_for(question, expected)
    assert drill["summary"][0].startswith("Summary: ")
    assert drill["answers"][0]["follow_up"]
    answers[0]["follow_up_answer"] = "I cut returns for Prime members by 12%, from 9% to 8%."
    drill = server.post_json("/api/drill", {"text": DRAFT, "answers": answers})[1]
    assert drill["answers"][0]["final"] is not None
    assert server.post_json("/api/drill", {"text": DRAFT, "answers": [{"question": 999, "answer": "x"}]})[0] == 400


HOSTILE = ('# <script>alert("x")</script> Impact\n\n'
           '- <img src=x onerror=alert(1)> Built a cache for [sellers](javascript:alert(2)).\n'
           '- Convinced the VP <a href="javascript:alert(3)">here</a>, raising completion from 71% to 89%.\n'
           '- [click](javascript:alert(4)) ![x](https://evil.example/p.png) <iframe src=//evil.example></iframe>\n')


def test_exports_are_standalone_and_escape_the_draft(server: Server) -> None:
    import docx

    status, headers, body = server.request("POST", "/api/export/docx", {"text": HOSTILE, "name": "my draft.md"})
    assert status == 200 and headers["content-disposition"] == 'attachment; filename="my-draft.docx"'
    document = docx.Document(io.BytesIO(body))
    texts = [p.text for p in document.paragraphs]
    assert any("Built a cache for sellers." in t for t in texts)  # a Markdown link keeps its words only
    assert not [r for r in document.part.rels.values() if r.is_external]  # and no link or remote image
    status, headers, body = server.request("POST", "/api/export/report", {"text": HOSTILE, "name": "<b>x</b>.md"})
    page = body.decode()
    assert status == 200 and headers["content-disposition"].endswith('-report.html"')
    assert "<script" not in page and "<img" not in page and "<iframe" not in page and "<a " not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page and "&lt;b&gt;x&lt;/b&gt;.md" in page
    assert "Content-Security-Policy" in page and "https://" not in page.replace("https://evil.example/p.png", "")


def test_plan_from_the_page(server: Server) -> None:
    status, plan = server.post_json("/api/plan", {"text": DRAFT, "due": "2026-03-02", "today": "2026-02-20",
                                                  "name": "plan-draft.md"})
    assert status == 200 and plan["schema"] == "packetcoach.plan/1"
    assert plan["days_left"] == 10 and plan["phase"] == "narrative" and plan["gap"] in ("evidence", "narrative", "none")
    assert plan["checklist"] and all(task["due"] <= "2026-03-02" for task in plan["checklist"])
    status, answer = server.post_json("/api/plan", {"text": DRAFT, "due": "next friday"})
    assert status == 422 and "YYYY-MM-DD" in answer["message"]
    assert server.post_json("/api/plan", {"text": ""})[0] == 422


def test_history_keep_list_and_diff(server: Server) -> None:
    name = "history-draft.md"
    first = server.post_json("/api/history/keep", {"text": DRAFT, "name": name})[1]
    assert first["kept"] and [v["id"] for v in first["versions"]] == [first["kept"]]
    again = server.post_json("/api/history/keep", {"text": DRAFT, "name": name})[1]
    assert again["kept"] is None  # the same text is not kept twice
    better = DRAFT.replace("Built a new caching layer", "Launched a new caching layer")
    second = server.post_json("/api/history/keep", {"text": better, "name": "../../" + name})[1]  # a name, never a path
    assert len(second["versions"]) == 2
    listed = server.post_json("/api/history", {"name": name})[1]
    assert [v["id"] for v in listed["versions"]] == [first["kept"], second["kept"]]
    status, diff = server.post_json("/api/diff", {"text": better, "version": first["kept"], "name": name})
    assert status == 200 and diff["score"]["before"]["packet"] <= diff["score"]["after"]["packet"]
    assert any(item.get("before_text", "").startswith("Built a new caching layer") for item in diff["items"])
    assert server.post_json("/api/diff", {"text": better, "version": 99999})[0] == 404


STRONG = (ROOT / "examples" / "strong-pm-voice.md").read_text(encoding="utf-8")


def test_calibration_from_the_page_or_a_plain_not_available(server: Server) -> None:
    features = server.post_json("/api/options", {})[1]["features"]
    drafts = [{"name": "weak.md", "text": DRAFT}, {"name": "strong.md", "text": STRONG},
              {"name": "<script>x</script>.md", "text": "- <img src=x onerror=alert(1)> Built a cache.\n"}]
    status, answer = server.post_json("/api/calibrate", {"drafts": drafts, "level": "L6"})
    if not features["calibrate"]:
        assert status == 501 and "not available" in answer["message"]
        return
    assert status == 200 and answer["schema"] == "packetcoach.calibration/1"
    ranked = [entry["source"] for entry in answer["ranking"]]
    assert ranked.index("strong.md") < ranked.index("weak.md")
    status, headers, page = server.request("POST", "/api/calibrate/brief", {"drafts": drafts, "level": "L6"})
    html = page.decode()
    assert status == 200 and headers["content-disposition"].endswith('brief.html"')
    assert "<script>x</script>" not in html and "<img src=x onerror=alert(1)>" not in html
    assert server.post_json("/api/calibrate", {"drafts": drafts[:1]})[0] == 422
