"""``check --diff REV``: keep only the findings on lines changed since a git revision.

Runs the local ``git`` (never the network): ``git diff --unified=0 REV -- FILE`` gives the hunks,
and the new side of each hunk is the set of changed lines. A file git does not track yet is new
in its entirety. Outside a git repository, with an unknown revision, or without git, the command
fails with one line naming the file and the problem.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import replace

from packetcoach.core.errors import UsageError
from packetcoach.core.model import LineIndex
from packetcoach.core.report import Report

_HUNK_RE = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)
ALL = None  # every line changed: the file is not tracked yet


def _git(args: list[str], cwd: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=cwd, capture_output=True,
                              text=True, encoding="utf-8", errors="replace", timeout=60, check=False)
    except FileNotFoundError:
        raise UsageError("--diff", "needs git, which is not installed", "install git or drop --diff") from None
    except subprocess.TimeoutExpired:
        raise UsageError("--diff", "git did not answer within 60 s") from None


class ChangedLines:
    """Changed lines per file against one revision; the repository checks run once per directory."""

    def __init__(self, revision: str):
        if not revision or revision.startswith("-"):
            raise UsageError("--diff", f"'{revision}' is not a revision", "e.g. --diff origin/main or --diff HEAD~1")
        self.revision = revision
        self._checked: set[str] = set()

    def _check_directory(self, directory: str, where: str) -> None:
        if directory in self._checked:
            return
        inside = _git(["rev-parse", "--is-inside-work-tree"], directory)
        if inside.returncode != 0 or inside.stdout.strip() != "true":
            raise UsageError(where, "--diff needs a git repository, and this file is not in one",
                             "run without --diff, or from a clone")
        known = _git(["rev-parse", "--verify", "--quiet", f"{self.revision}^{{commit}}"], directory)
        if known.returncode != 0:
            raise UsageError("--diff", f"unknown revision '{self.revision}' in {os.path.abspath(directory)}",
                             "give a commit, branch or tag git knows, e.g. HEAD~1 or origin/main")
        self._checked.add(directory)

    def lines(self, path: str) -> set[int] | None:
        """The 1-based lines of ``path`` that differ from the revision; None when all are new."""
        if path == "-":
            raise UsageError("-", "--diff needs files, not standard input", "give the draft's path")
        directory, name = os.path.split(os.path.abspath(path))
        self._check_directory(directory, path)
        if _git(["ls-files", "--error-unmatch", "--", name], directory).returncode != 0:
            return ALL
        diff = _git(["diff", "--no-color", "--no-ext-diff", "--unified=0", self.revision, "--", name], directory)
        if diff.returncode != 0:
            raise UsageError(path, f"git diff failed: {(diff.stderr.strip().splitlines() or ['no message'])[-1]}")
        changed: set[int] = set()
        for match in _HUNK_RE.finditer(diff.stdout):
            start, count = int(match.group(1)), int(match.group(2) or 1)
            changed.update(range(start, start + count))
        return changed


def only_changed(report: Report, changed: set[int] | None) -> Report:
    """The report with only the findings that touch a changed line (scores are the whole draft's)."""
    if changed is ALL:
        return report
    index = LineIndex(report.document.text)
    kept = []
    for finding in report.findings:
        first = index.line_col(finding.span.start)[0]
        last = index.line_col(max(finding.span.start, finding.span.end - 1))[0]
        if any(line in changed for line in range(first, last + 1)):
            kept.append(finding)
    return replace(report, findings=tuple(kept))
