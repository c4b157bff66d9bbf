"""A command's start-up, without the cyclic garbage collector walking it.

Start-up imports the pipeline and compiles the profile: a few hundred thousand objects that live
until the process ends. The collector runs every few hundred allocations and walks them again and
again, finding nothing: about a tenth of a one-shot ``check``. So the console script starts with
the collector paused, and once the command has loaded what it needs, :func:`loaded` moves
everything built so far out of the collector's sight (``gc.freeze``) and turns it back on: what
the analysis allocates afterwards is collected as usual, in every command.

Called in-process (the tests, a server), the collector is already on and nothing changes.

At the end, a one-shot command leaves without tearing the interpreter down (:func:`leave`).
"""

from __future__ import annotations

import gc
import os
import sys


def pause() -> None:
    """The console script's first step: no collection while the command loads."""
    gc.disable()


def loaded() -> None:
    """The command's modules and profile are loaded: freeze them and collect as usual from here."""
    if gc.isenabled():
        return
    gc.freeze()
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
