"""The one library call every front end uses: text in, :class:`Report` out."""

from __future__ import annotations

from dataclasses import replace

from packetcoach.analysis.annotate import annotate_item
from packetcoach.analysis.packet import read_packet, reading_json
from packetcoach.core.errors import UsageError
from packetcoach.core.model import LineIndex
from packetcoach.text.items import read_document, read_single_item
from packetcoach.core.report import Report
from packetcoach.profile.compile import Rubric, rubric_for
from packetcoach.rules.item import Context, run_rules
from packetcoach.coach.scaffold import item_scaffold
from packetcoach.analysis.scoring import score_packet
from packetcoach.text.limits import check_size
from packetcoach.text.structure import markup_view

DEFAULT_LEVEL = "L6"
DEFAULT_DOC_TYPE = "self-assessment"


_check_size = check_size  # refuse text far larger than any draft before spending seconds on it


def check_options(profile: str, level: str, doc_type: str) -> Rubric:
    """Load the profile and check the level and document type against it; fail fast."""
    rubric = rubric_for(profile)
    _check_options(rubric, level, doc_type)
    return rubric


def _check_options(rubric: Rubric, level: str, doc_type: str) -> None:
    ladder = rubric.profile.table("ladder")
    if ladder and level not in ladder:
        raise UsageError("--level", f"unknown level '{level}'", f"the profile knows {', '.join(sorted(ladder))}")
    doc_types = rubric.profile.table("doc_types")
    if doc_types and doc_type not in doc_types:
        raise UsageError("--doc-type", f"unknown document type '{doc_type}'",
                         f"the profile knows {', '.join(sorted(doc_types))}")


def analyze(text: str, profile: str = "amazon-pm", level: str = DEFAULT_LEVEL,
            doc_type: str = DEFAULT_DOC_TYPE, source: str = "-", notes: tuple[str, ...] = (),
            single_item: bool = False, rule_settings: dict | None = None) -> Report:
    """Analyse a draft (or, with ``single_item``, one evidence item) against a profile.

    ``profile`` is a built-in name or the path of a profile file. The result is a
    frozen :class:`Report` the renderers, the web app and the language server use.
    """
    rubric = check_options(profile, level, doc_type)
    _check_size(text, source)
    view = markup_view(text)
    document = read_single_item(text) if single_item else read_document(text, rubric, notes, view)
    items = tuple(annotate_item(item, view, rubric) for item in document.items)
    items = tuple(replace(item, rewrite=item_scaffold(item, text, rubric)) for item in items)
    document = replace(document, items=items)
    reading = read_packet(document, view, items, rubric, level)
    settings = dict(rubric.profile.table("rules"))
    settings.update(rule_settings or {})
    findings = run_rules(Context(document, view, rubric), settings)
    from packetcoach.rules.document import document_findings  # noqa: PLC0415 - keeps the module graph acyclic

    if not single_item:
        findings = sorted(findings + document_findings(document, view, reading, rubric, level, doc_type, settings),
                          key=lambda f: (f.span.start, f.rule))
    score = score_packet(items, reading, document.words, rubric, level, doc_type)
    return Report(source=source, profile=rubric.profile.name, level=level, doc_type=doc_type,
                  document=document, items=items, findings=tuple(findings), score=score,
                  reading=reading_json(reading, LineIndex(text)), notes=notes)


def analyze_item(text: str, profile: str = "amazon-pm", level: str = DEFAULT_LEVEL):
    """One evidence item on its own (the corpus, the drill): its annotated :class:`Item`."""
    report = analyze(text, profile=profile, level=level, single_item=True)
    return report.items[0] if report.items else None
