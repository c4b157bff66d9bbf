"""The order in which xdist hands out modules (tests/distribution.py) names real modules and keeps it."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pytest

pytest.importorskip("xdist")

from xdist.scheduler import LoadScopeScheduling  # noqa: E402

from distribution import COST, SAME_SCOPE_AS, CostlyFirstScheduling  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def test_every_module_named_exists() -> None:
    """A module renamed or removed would silently lose its place at the front of the queue."""
    for scope in (*COST, *SAME_SCOPE_AS, *SAME_SCOPE_AS.values()):
        assert (ROOT / scope).is_file(), scope


def test_modules_that_share_runs_are_one_scope() -> None:
    scheduling = object.__new__(CostlyFirstScheduling)  # _split_scope reads no state
    assert scheduling._split_scope("tests/test_no_writes.py::test_no_command_writes_anything[check]") == \
        "tests/test_privacy.py"
    assert scheduling._split_scope("tests/test_cli.py::test_stdin_dash") == "tests/test_cli.py"


def test_the_costliest_module_left_is_handed_out_next(monkeypatch: pytest.MonkeyPatch) -> None:
    scheduling = object.__new__(CostlyFirstScheduling)
    scheduling.workqueue = OrderedDict((scope, {}) for scope in
                                       ("tests/test_many_quick.py", "tests/test_few_quick.py",
                                        "tests/test_properties.py", "tests/test_hostile.py"))
    handed: list[str] = []
    monkeypatch.setattr(LoadScopeScheduling, "_assign_work_unit",
                        lambda self, node: handed.append(self.workqueue.popitem(last=False)[0]))
    for _ in range(4):
        scheduling._assign_work_unit(None)
    assert handed == ["tests/test_hostile.py", "tests/test_properties.py",
                      "tests/test_many_quick.py", "tests/test_few_quick.py"]
