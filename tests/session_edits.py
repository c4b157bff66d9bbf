"""Random edits for the Session's property tests: each changes a draft's list of paragraphs in place
the way a writer would (typing, a new line, a heading, a deletion), so a test can compare a Session's
report of every step with a fresh analysis."""

from __future__ import annotations


def apply_edit(lines: list[str], at: int, action: str, line: str) -> str:
    """Apply one edit at paragraph ``at`` (taken modulo the draft's length) and return the new text."""
    where = at % len(lines)
    if action == "type":
        lines[where] += "s"
    elif action == "first":
        lines[0] = "x" + lines[0]
    elif action == "last":
        lines[-1] += " more"
    elif action in ("insert", "line"):
        lines.insert(where, line)
    elif action == "heading":
        lines.insert(where, "## Added")
    elif action == "delete" and len(lines) > 1:
        del lines[where]
    return "\n\n".join(lines) + "\n"
