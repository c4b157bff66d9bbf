"""The thirty-fifth speed round: the cache keys hash the files' bytes as they were read.

A check trusts its cached profile, lexicon and rule files only when every file they were built
from hashes as it did (core/cache.py). The files were read as text and the text encoded back to
UTF-8 to be hashed: the built-in profile's 340 KB with its curly quotes, and the filing code,
decoded and encoded again on every run. ``digest`` now takes the bytes themselves; bytes and the
text they decode to have one digest, so every key, and every entry already in a user's cache, is
what it was.
"""

from __future__ import annotations

import os

import pytest

from packetcoach.core import cache, resources
from packetcoach.profile import lexicon_store, load


@pytest.mark.parametrize("text", ["", "plain", "a curly ’quote’ and an em dash —", "𝐁old", "line\r\nend"])
def test_bytes_and_their_text_have_one_digest(text):
    raw = text.encode("utf-8")
    assert cache.digest(raw) == cache.digest(text)
    assert cache.digest("v", raw, "tail") == cache.digest("v", text, "tail")


def test_different_bytes_have_different_digests():
    assert cache.digest(b"a") != cache.digest(b"b")
    assert cache.digest(b"ab") != cache.digest(b"a", b"b")  # each text is set apart


@pytest.mark.parametrize("parts", [("profile", "builtin", "amazon-pm.toml"), ("profile", "compile.py"),
                                   ("profile", "lexicon.py"), ("profile", "data", "inflections.tsv"),
                                   ("rules", "rules.toml"), ("analysis", "verdict.toml")])
def test_a_shipped_file_keys_as_its_text_did(parts):
    assert resources.read_package_bytes(*parts).decode("utf-8") == resources.read_package_text(*parts)
    assert cache.digest(resources.read_package_bytes(*parts)) == cache.digest(resources.read_package_text(*parts))


def test_the_lexicon_key_is_the_key_of_the_filing_code_text():
    sources = (("<builtin>/amazon-pm.toml", "d" * 40),)
    code = [resources.read_package_text(*parts) for parts in lexicon_store.FILING_CODE]
    expected = cache.digest(lexicon_store.FORMAT, *(f"{path}\0{digest}" for path, digest in sources), *code)
    assert lexicon_store.key_for(sources) == expected


def test_a_profile_entry_stays_trusted_while_its_file_is_unchanged(tmp_path):
    path = tmp_path / "team.toml"
    path.write_text('[profile]\nname = "team"\nextends = "amazon-pm"\n# a note ’quoted’\n', encoding="utf-8")
    sources = [(os.path.abspath(path), cache.digest(load.read_profile_text(str(path)))),
               ("<builtin>/amazon-pm.toml", cache.digest(resources.read_package_text("profile", "builtin",
                                                                                        "amazon-pm.toml")))]
    assert load._unchanged(sources)
    path.write_text('[profile]\nname = "team"\nextends = "amazon-pm"\n# a note changed\n', encoding="utf-8")
    assert not load._unchanged(sources)
    path.unlink()
    assert not load._unchanged(sources)


def test_a_profile_read_as_bytes_is_checked_as_its_text_is(tmp_path):
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (load.MAX_PROFILE_BYTES + 1))
    with pytest.raises(load.ProfileError, match="far larger than any profile"):
        load.read_profile_bytes(str(big))
    with pytest.raises(load.ProfileError, match="no such profile"):
        load.read_profile_bytes(str(tmp_path / "missing.toml"))
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe")
    assert load.read_profile_bytes(str(bad)) == b"\xff\xfe"
    with pytest.raises(load.ProfileError, match="not UTF-8"):
        load.read_profile_text(str(bad))


def test_a_cached_rule_file_loads_as_parsed(tmp_path, monkeypatch):
    import tomllib

    monkeypatch.setenv("PACKETCOACH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PACKETCOACH_NO_CACHE", raising=False)
    parsed = tomllib.loads(resources.read_package_text("analysis", "verdict.toml"))
    assert resources.load_package_toml("analysis", "verdict.toml") == parsed  # parsed and stored
    assert resources.load_package_toml("analysis", "verdict.toml") == parsed  # from the cache
    names = os.listdir(tmp_path / "cache")
    key = cache.digest(resources.read_package_text("analysis", "verdict.toml"))
    assert names == [f"toml-analysis-verdict-{key}.json"]
