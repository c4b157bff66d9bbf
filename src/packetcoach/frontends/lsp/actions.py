"""Quick fixes: the edits of ``output/fixes.py`` as LSP code actions.

Every edit is computed from the report of the exact text the editor holds, and sent with the
document's version, so an editor that has moved on rejects it rather than misplacing it.
"""

from __future__ import annotations

from lsprotocol import types

from packetcoach.core.report import Report
from packetcoach.frontends.lsp.convert import diagnostic, lsp_range
from packetcoach.output.fixes import edits_for
from packetcoach.output.positions import PositionIndex
from packetcoach.profile.compile import Rubric


def code_actions(report: Report, rubric: Rubric, index: PositionIndex, uri: str, version: int | None,
                 start: int, end: int, versioned: bool = True) -> list[types.CodeAction]:
    """Quick fixes for every finding that overlaps [start, end] (the cursor or the selection)."""
    actions = []
    overlapping = [f for f in report.findings if f.span.end >= start and f.span.start <= end]
    for finding in sorted(overlapping, key=lambda f: f.span.end - f.span.start):  # the narrowest first
        for edit in edits_for(finding, report, rubric):
            text_edit = types.TextEdit(range=lsp_range(index, edit.span.start, edit.span.end), new_text=edit.new_text)
            if versioned:
                workspace_edit = types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
                    text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                    edits=[text_edit])])
            else:
                workspace_edit = types.WorkspaceEdit(changes={uri: [text_edit]})
            actions.append(types.CodeAction(title=edit.title, kind=types.CodeActionKind.QuickFix,
                                            diagnostics=[diagnostic(finding, index)], edit=workspace_edit,
                                            is_preferred=edit.preferred or None))
    return actions
