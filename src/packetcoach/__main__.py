"""python -m packetcoach: the same as the packetcoach command."""

from .cli import run

run()
