"""How ``pytest -n auto --dist loadscope`` hands the suite's modules to its workers.

xdist's loadscope keeps each module on one worker (so module fixtures are computed once) and hands
modules out largest first by number of tests. Two refinements, both only about where and when a
module runs, never about what it checks:

- Costly modules first. A few modules take far more processor time than their number of tests
  suggests (a whole hostile-input run in one fixture, Hypothesis properties, a real browser); handed
  out late, one of them ran alone at the end while the other worker sat idle. The costliest module
  left is handed out next; the rest keep xdist's order.
- Modules that share a session fixture's runs go to one worker together: test_privacy.py and
  test_no_writes.py both assert on the ``command_runs`` fixture (tests/command_runs.py), computed
  once per worker.
"""

from __future__ import annotations

import pytest
from xdist.scheduler import LoadScopeScheduling

#: Processor seconds each costly module took in a whole run on a 2-core machine (test_privacy.py
#: with test_no_writes.py, which share its scope), rough: only their order matters. Measure again
#: with ``--durations=30`` when a module grows.
COST = {
    "tests/test_privacy.py": 21, "tests/test_hostile.py": 20, "tests/test_properties.py": 19,
    "tests/test_web_browser.py": 12, "tests/test_scaffold.py": 6, "tests/test_eval.py": 6, "tests/test_lsp.py": 6,
    "tests/test_inert.py": 5, "tests/test_text_linear.py": 5, "tests/test_history_faults.py": 5,
    "tests/test_session.py": 5,
}

#: Modules that run in the same scope as another, because they share its session fixture's work.
SAME_SCOPE_AS = {"tests/test_no_writes.py": "tests/test_privacy.py"}


class CostlyFirstScheduling(LoadScopeScheduling):
    """loadscope, with shared scopes joined and the costliest scope left always handed out next."""

    def _split_scope(self, nodeid: str) -> str:
        scope = super()._split_scope(nodeid)
        return SAME_SCOPE_AS.get(scope, scope)

    def _assign_work_unit(self, node) -> None:
        costliest = max(self.workqueue, key=lambda scope: COST.get(scope, 0))  # the first of equals
        self.workqueue.move_to_end(costliest, last=False)
        super()._assign_work_unit(node)


def make_scheduler(config: pytest.Config, log) -> LoadScopeScheduling | None:
    """The scheduler for ``--dist loadscope``; any other mode keeps xdist's own."""
    if config.getoption("dist") != "loadscope":
        return None
    return CostlyFirstScheduling(config, log)
