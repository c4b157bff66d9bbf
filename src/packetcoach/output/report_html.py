"""A standalone HTML report: one file that opens anywhere, with nothing loaded from outside.

Everything from the draft is escaped (``html.escape``): a draft full of ``<script>`` tags, event
handlers or ``javascript:`` links renders as the text it is. The file carries its own
Content-Security-Policy (no script at all, no outside request) and its CSS inline.
"""

from __future__ import annotations

from html import escape
from typing import Iterable

from packetcoach.core.labels import readiness_gaps
from packetcoach.core.model import Finding, LineIndex
from packetcoach.core.report import Report
from packetcoach.output.json import Rewrite, suggestion
from packetcoach.coach.shapes import item_scaffold
from packetcoach.output.labels import reading_rows, score_reasons

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
STYLE = """
body{font:15px/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:62rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;
vertical-align:top}th{background:#f4f4f4}.draft{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;
background:#fcfcfc}mark{background:#fff3c4;border-bottom:2px solid #b8420a}.sev-info{color:#555}
.sev-warning{color:#8a5a00}.sev-error{color:#b00020}.ready{color:#00755a}.not-ready{color:#b8420a}
.scores td{font-size:1.3rem;text-align:center}
"""


def _marked(text: str, findings: Iterable[Finding]) -> str:
    """The draft, escaped, with every span some finding points at wrapped in <mark>."""
    edges = sorted({0, len(text), *(p for f in findings if f.span.end > f.span.start
                                      for p in (f.span.start, f.span.end))})
    covered = [(f.span.start, f.span.end, f.message) for f in findings if f.span.end > f.span.start]
    out = []
    for start, end in zip(edges, edges[1:]):
        piece = escape(text[start:end])
        notes = [m for s, e, m in covered if s <= start and end <= e]
        out.append(f'<mark title="{escape(" · ".join(notes))}">{piece}</mark>' if notes else piece)
    return "".join(out)


def _table(head: Iterable[str], rows: Iterable[Iterable[str]], classes: Iterable[str] = ()) -> str:
    """A table of already-escaped cells."""
    header = "".join(f"<th>{cell}</th>" for cell in head)
    body = "".join(f"<tr>{''.join(f'<td>{cell}</td>' for cell in row)}</tr>" for row in rows)
    return f'<table class="{" ".join(classes)}"><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>'


def render(report: Report, verdict: dict | None = None, rewrite: Rewrite = item_scaffold) -> str:
    """The whole report as one HTML document."""
    s, lines = report.score, LineIndex(report.text)
    parts = [f"<h1>packetcoach report: {escape(report.source)}</h1>",
             f"<p>Profile {escape(report.profile)} · level {escape(report.level)} · {escape(report.doc_type)}"
             f" · {report.words} words</p>"]
    if verdict:
        parts.append(f"<h2>Verdict</h2><p><strong>{escape(str(verdict.get('reading', '')))}</strong>: "
                     f"{escape(str(verdict.get('summary', '')))}</p>")
        changes = [escape(str(c.get("what", ""))) for c in verdict.get("top_changes", [])]
        if changes:
            parts.append("<ol>" + "".join(f"<li>{c}</li>" for c in changes) + "</ol>")
    parts.append("<h2>Scores</h2>" + _table(["packet", "evidence", "narrative", "re-role", "level signal"],
                                            [[str(s.packet), str(s.evidence), str(s.narrative), str(s.re_role),
                                              str(s.level_signal)]], ["scores"]))
    reasons = score_reasons(report)
    if reasons:
        parts.append(_table(["score", "what moved it"], [[escape(a), escape(b)] for a, b in reasons]))
    items = [[escape(item.id), str(lines.line_col(item.start)[0]),
              '<span class="ready">ready</span>' if item.ready else
              ('<span class="not-ready">not ready</span>' if item.kind == "claim" else escape(item.kind)),
              escape(", ".join(readiness_gaps(item, short=True))), escape(item.text)] for item in report.items]
    ready = sum(item.ready for item in report.items)
    parts.append(f"<h2>Items ({ready} of {len(report.items)} ready)</h2>"
                 + _table(["id", "line", "ready", "missing", "item"], items))
    findings = []
    for f in report.findings:
        line, column = lines.line_col(f.span.start)
        findings.append([f"{line}:{column}", f'<span class="sev-{escape(f.severity)}">{escape(f.severity)}</span>',
                         escape(f.name), escape(f.message), escape(suggestion(f, report, rewrite) or "")])
    parts.append(f"<h2>Findings ({len(report.findings)})</h2>"
                 + _table(["where", "severity", "rule", "message", "suggestion"], findings))
    parts.append("<h2>The room's reading</h2>"
                 + _table(["", ""], [[escape(a), escape(b)] for a, b in reading_rows(report)]))
    parts.append(f'<h2>The draft</h2><div class="draft">{_marked(report.text, report.findings)}</div>')
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>packetcoach report: {escape(report.source)}</title><style>{STYLE}</style></head>"
            f"<body>{''.join(parts)}</body></html>\n")
