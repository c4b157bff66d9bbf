"""read_path: dispatch by extension, and every way a path can fail."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from packetcoach.core.errors import InputError
from packetcoach.readers import DEFAULT_MAX_BYTES, read_path


def test_markdown_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(b"# Title\r\n\r\nBody\r\n")
    source = read_path(path)
    assert source == read_path(str(path))
    assert source.text == "# Title\r\n\r\nBody\r\n"
    assert source.kind == "markdown"
    assert source.name == str(path)


def test_unknown_extension_is_read_as_text_when_it_decodes(tmp_path: Path) -> None:
    path = tmp_path / "draft.notes"
    path.write_text("Shipped the thing", encoding="utf-8")
    assert read_path(path).kind == "text"


def test_unknown_extension_with_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "export"
    path.write_text("<!DOCTYPE html><html><body><h1>Hi</h1></body></html>", encoding="utf-8")
    source = read_path(path)
    assert (source.kind, source.text) == ("html", "# Hi\n")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.md"
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert str(caught.value) == f"{path}: no such file (check the path)"


def test_missing_parent_is_missing_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "file" / "draft.md")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory, not a draft"):
        read_path(tmp_path)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.md"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_path(path)


def test_permission_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def deny(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(InputError, match="permission denied"):
        read_path(tmp_path / "draft.md")


def test_other_os_errors_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("builtins.open", broken)
    with pytest.raises(InputError, match="cannot be read: Input/output error"):
        read_path(tmp_path / "draft.md")


def test_huge_text_file_names_size_and_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: fast, and never read
        handle.truncate(DEFAULT_MAX_BYTES * 3)
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert str(caught.value) == (f"{path}: is 15.0 MB, far larger than any draft "
                                 "(limit 5.0 MB) (check that this is the right file)")


def test_max_bytes_is_respected(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(b"x" * 100)
    with pytest.raises(InputError, match="limit 50 bytes"):
        read_path(path, max_bytes=50)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_read_with_a_bound(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(b"z" * 500))
    writer.start()
    try:
        with pytest.raises(InputError, match="is over 100 bytes"):
            read_path(fifo, max_bytes=100)
    finally:
        writer.join(timeout=5)


def test_png_with_md_extension(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with pytest.raises(InputError, match="is a PNG image, not a draft"):
        read_path(path)


def test_odd_file_names_stay_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad\nname.md"
    with pytest.raises(InputError) as caught:
        read_path(path)
    message = str(caught.value)
    assert "\n" not in message
    assert "bad\\nname.md" in message


def test_undecodable_file_name_is_printable(tmp_path: Path) -> None:
    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9.md")
    with pytest.raises(InputError) as caught:
        read_path(path)
    str(caught.value).encode("utf-8")  # would raise on a lone surrogate
