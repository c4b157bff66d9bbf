"""Coverage-guided fuzzing of the draft readers with atheris (libFuzzer).

    pip install atheris
    python fuzz/fuzz_readers.py seed                       # write fuzz/corpus/<target>/
    python fuzz/fuzz_readers.py html fuzz/corpus/html -max_total_time=60 -timeout=10

Targets: ``text`` (Markdown/text decoding), ``html`` and ``docx``. The contract
under test is the readers' own: any input gives a Source or an InputError, never
another exception, and never a hang. ``docx`` is structure-aware: the first byte
picks whether the rest is the whole archive, or word/document.xml (or styles.xml)
wrapped in a valid zip, so the fuzzer reaches the XML walker instead of dying
at the zip check. Everything after the target name is passed to libFuzzer.
"""

from __future__ import annotations

import io
import os
import sys
import zipfile

import atheris

with atheris.instrument_imports():
    # Imported here so they are instrumented: html.parser's coverage guides the
    # html target, and docx_reader/html_reader are otherwise imported lazily.
    import _markupbase  # noqa: F401
    import html.parser  # noqa: F401

    from packetcoach.core.errors import InputError
    from packetcoach.readers import docx_reader, html_reader, read_bytes  # noqa: F401

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _check(data: bytes, name: str, kind: str | None) -> None:
    """Read; InputError is the one allowed failure, and must be one line."""
    try:
        source = read_bytes(data, name, kind)
    except InputError as error:
        if "\n" in str(error):
            raise AssertionError(f"multi-line error: {error!r}") from None
        return
    if not isinstance(source.text, str):
        raise AssertionError("text is not a str")


def fuzz_text(data: bytes) -> None:
    """Markdown/text decoding, and stdin sniffing of the same bytes."""
    _check(data, "fuzz.md", "markdown")
    _check(data, "-", None)


def fuzz_html(data: bytes) -> None:
    """The HTML reader on arbitrary bytes (decoding included)."""
    _check(data, "fuzz.html", "html")


def _wrap(entries: dict[str, bytes]) -> bytes:
    """A zip holding the given parts."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def fuzz_docx(data: bytes) -> None:
    """The docx reader: raw archive bytes, or fuzzed XML inside a valid archive."""
    if not data:
        return
    mode, rest = data[0] % 3, data[1:]
    if mode == 0:
        payload = rest
    elif mode == 1:
        payload = _wrap({"word/document.xml": rest})
    else:
        document, _, styles = rest.partition(b"\x00\x00")
        payload = _wrap({"word/document.xml": document, "word/styles.xml": styles})
    _check(payload, "fuzz.docx", "docx")


TARGETS = {"text": fuzz_text, "html": fuzz_html, "docx": fuzz_docx}

_DOCX_BODY = (
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/>'
    "</w:numPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Hi</w:t><w:tab/></w:r></w:p>"
)
_DOCX_STYLES = (
    f'<w:styles xmlns:w="{W_NS}"><w:style w:styleId="S"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="S"/></w:style></w:styles>'
)
SEEDS = {
    "text": [b"# Title\r\n\r\n- Cut churn 9% -> 6% for sellers\n", b"stray\x00nul",
             "caf\u00e9 \u201cq\u201d".encode("cp1252"), "\ufeffBOM".encode(),
             "wide".encode("utf-16")],
    "html": [b"<html><head><style>.c3{font-weight:700}</style><script>x</script></head><body>"
             b"<h1>T</h1><p class=c3>b</p><ul><li>a<ul><li>b</li></ul></li></ul>&amp;&#x2192;",
             b'<meta charset="utf-8"><b style="font-weight:normal"><p>'
             b'<span style="font-weight:700">x</span></p></b><![if !supportLists]>y<![endif]>'
             b"<!-- c --><table><tr><td>1<td>2"],
    "docx": [f'\x01<w:document xmlns:w="{W_NS}"><w:body>{_DOCX_BODY}</w:body>'
             "</w:document>".encode(),
             f'\x02<w:document xmlns:w="{W_NS}"><w:body><w:p><w:pPr><w:pStyle w:val="S"/></w:pPr>'
             f"<w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>\x00\x00{_DOCX_STYLES}".encode()],
}


def write_seeds(root: str) -> None:
    """Write the seed inputs to ``root``/<target>/ (libFuzzer grows these dirs)."""
    for target, seeds in SEEDS.items():
        os.makedirs(os.path.join(root, target), exist_ok=True)
        for index, seed in enumerate(seeds):
            with open(os.path.join(root, target, f"seed-{index}"), "wb") as handle:
                handle.write(seed)


def main() -> None:
    """Pick the target from argv[1]; pass the remaining arguments to libFuzzer."""
    if len(sys.argv) < 2 or sys.argv[1] not in (*TARGETS, "seed"):
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}|seed}} [libFuzzer args]")
    if sys.argv[1] == "seed":
        write_seeds(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus"))
        return
    target = TARGETS[sys.argv[1]]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
