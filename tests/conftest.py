"""Shared test helpers: the JSON schema validator and a CLI runner."""

from __future__ import annotations

import io
import json
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def report_validator() -> Draft202012Validator:
    schema = json.loads(resources.files("packetcoach").joinpath("schemas/report.schema.json").read_text())
    return Draft202012Validator(schema)


@pytest.fixture(scope="session")
def error_validator() -> Draft202012Validator:
    schema = json.loads(resources.files("packetcoach").joinpath("schemas/error.schema.json").read_text())
    return Draft202012Validator(schema)


class CliResult:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def cli(capsys):
    """Run the CLI in-process through its entry point; returns exit code, stdout and stderr."""
    from packetcoach.cli import main

    def run(*argv: str) -> CliResult:
        out = io.StringIO()
        try:
            code = main(list(argv), out=out)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, out.getvalue() + captured.out, captured.err)

    return run
