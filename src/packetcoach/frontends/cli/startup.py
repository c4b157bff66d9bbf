"""A command's start-up, without the cyclic garbage collector walking it.

Start-up imports the pipeline and compiles the profile: a few hundred thousand objects that live
until the process ends. The collector runs every few hundred allocations and walks them again and
again, finding nothing: about a tenth of a one-shot ``check``. So the console script starts with
the collector paused, and once the command has loaded what it needs, :func:`loaded` moves
everything built so far out of the collector's sight (``gc.freeze``) and turns it back on: what
the analysis allocates afterwards is collected as usual, in every command.

Called in-process (the tests, a server), the collector is already on and nothing changes.
"""

from __future__ import annotations

import gc


def pause() -> None:
    """The console script's first step: no collection while the command loads."""
    gc.disable()


def loaded() -> None:
    """The command's modules and profile are loaded: freeze them and collect as usual from here."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()
