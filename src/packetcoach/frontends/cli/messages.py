"""How the command line speaks to the user on stderr: one line, prefixed, inert.

Every message may quote a file name or a draft; a terminal must show what they contain as text,
never act on it (core/inert.py).
"""

from __future__ import annotations

import sys

from packetcoach.core.inert import terminal_line


def say(message: str) -> None:
    """One line on stderr; whatever the message quotes (a file name, a draft) shows as text."""
    sys.stderr.write(f"packetcoach: {terminal_line(message)}\n")
