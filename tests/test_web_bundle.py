"""The editor bundle shipped in the package is the one its sources build: scripts/build_web.mjs
records the hash of every source it read (bundle.json); this recomputes it the same way, so a
source changed without a rebuild (or a bundle edited by hand) fails here."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "src" / "packetcoach" / "frontends" / "web" / "static"
REBUILD = "rebuild it: cd web && npm ci && node ../scripts/build_web.mjs"


def source_files() -> list[str]:
    files = [p for p in (ROOT / "web" / "src").rglob("*.js")]
    files += [ROOT / "web" / "package.json", ROOT / "web" / "package-lock.json", ROOT / "scripts" / "build_web.mjs"]
    return sorted(p.relative_to(ROOT).as_posix() for p in files)


def source_hash(names: list[str]) -> str:
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode() + b"\0")
        digest.update((ROOT / name).read_text(encoding="utf-8").replace("\r\n", "\n").encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def test_the_bundle_is_built_from_the_current_sources() -> None:
    record = json.loads((STATIC / "bundle.json").read_text(encoding="utf-8"))
    assert record["files"] == source_files(), f"the sources changed; {REBUILD}"
    assert record["sources"] == source_hash(record["files"]), f"the bundle is older than its sources; {REBUILD}"
    bundle = (STATIC / "app.js").read_bytes()
    assert record["bundle"] == hashlib.sha256(bundle).hexdigest(), f"app.js was changed by hand; {REBUILD}"


def test_the_bundle_ships_its_licences_and_loads_nothing_from_outside() -> None:
    bundle = (STATIC / "app.js").read_text(encoding="utf-8")
    licences = (STATIC / "LICENSES.txt").read_text(encoding="utf-8")
    for package in ("@codemirror/view", "@codemirror/state", "@lezer/markdown", "style-mod"):
        assert f"{package}@" in licences
    assert "MIT" in licences
    for forbidden in ("fetch(\"http", "fetch('http", "import(", "new WebSocket", "eval(", "new Function(",
                      "innerHTML=", "outerHTML=", "insertAdjacentHTML", "document.write("):
        assert forbidden not in bundle, forbidden


def test_axe_core_is_vendored_with_its_licence_header() -> None:
    axe = (ROOT / "tests" / "vendor" / "axe.min.js").read_text(encoding="utf-8")
    assert axe.startswith("/*! axe v") and "Mozilla Public\n * License, v. 2.0" in axe[:600]
    assert (ROOT / "tests" / "vendor" / "axe-core.LICENSE").is_file()
