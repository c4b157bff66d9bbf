"""A command's start-up, without the cyclic garbage collector walking it.

Start-up imports the pipeline and compiles the profile: a few hundred thousand objects that live
until the process ends. The collector runs every few hundred allocations and walks them again and
again, finding nothing: about a tenth of a one-shot ``check``. So the console script starts with
the collector paused, and once the command has loaded what it needs, :func:`loaded` moves
everything built so far out of the collector's sight (``gc.freeze``) and turns it back on: what
the analysis allocates afterwards is collected as usual, in every command; ``check`` collects its
young objects every 50,000 allocations rather than every 700 (:data:`CHECK_YOUNG`).

Called in-process (the tests, a server), the collector is already on and nothing changes.

At the end, a one-shot command leaves without tearing the interpreter down (:func:`leave`).

The standard library's ``dataclasses`` imports ``inspect`` (with ``ast``, ``dis``, ``tokenize`` and
``linecache``: about 5 ms of a check's start-up) for one call, made only for a class without a
docstring; every class of ours has one. The console script puts a stand-in for ``inspect`` in
``sys.modules`` first (:func:`defer`): the real module is imported the first time anything reads
one of its names, and a check never does.
"""

from __future__ import annotations

import gc
import os
import sys

#: Modules a command imports only for what it may never use: a stand-in imports each on first use.
DEFERRED = ("inspect",)


class _OnFirstUse(type(sys)):  # a module
    """Stands in for a module in ``sys.modules`` until one of its names is read, then imports it.

    The real module replaces the stand-in in ``sys.modules``; whoever kept the stand-in (an
    ``import inspect`` made before) reads through it from then on. Its ``__spec__`` is None, as
    a module's made by hand: ``import`` reads it for every name it finds in ``sys.modules``. This
    is why the standard library's ``importlib.util.LazyLoader`` does not serve here: its module
    loads on any attribute read, ``__spec__`` included, so the first ``import inspect`` (the one
    in ``dataclasses``) would load it.
    """

    def __getattr__(self, attr: str):
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        __import__(name)
        return getattr(sys.modules[name], attr)


def defer(names: tuple[str, ...] = DEFERRED) -> None:
    """Put a stand-in for each module not imported yet (the console script only: a server or the
    tests keep Python's own imports)."""
    for name in names:
        if name not in sys.modules:
            sys.modules[name] = _OnFirstUse(name)


def pause() -> None:
    """The console script's first step: no collection while the command loads, and the modules
    it never uses (:data:`DEFERRED`) imported only if it does use them."""
    gc.disable()
    defer()


#: How many new objects a ``check`` allocates between two collections of the young generation.
#: Python's 700 made a 5,000-word check collect 49 times (8-11 ms, about 3% of the command) to
#: free under 300 objects in cycles; at 50,000 it collects about once per large draft, and a
#: batch of drafts in one process is still collected as it goes. Peak memory was the same.
CHECK_YOUNG = 50_000


def loaded(young: int | None = None) -> None:
    """The command's modules and profile are loaded: freeze them and collect from here, the young
    generation every ``young`` allocations when given (Python's own threshold otherwise)."""
    if gc.isenabled():
        return
    gc.freeze()
    if young is not None:
        gc.set_threshold(young, *gc.get_threshold()[1:])
    gc.enable()


def leave(code: int) -> None:
    """End a one-shot command that has written everything, skipping the interpreter's teardown.

    At exit Python takes every module apart and frees each of the objects start-up built, work
    the operating system does at once by dropping the process: about 3% of a ``check``. The
    command's output is flushed first; if that fails (a closed pipe), or the command started
    worker processes (their exit handlers must run), the usual exit takes over.
    """
    if "multiprocessing" in sys.modules:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)
