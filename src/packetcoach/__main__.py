"""python -m packetcoach: the same as the packetcoach command."""

from packetcoach.frontends.cli.main import run

run()
