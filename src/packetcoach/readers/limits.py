"""The sizes past which an input is not a draft, and how to say them.

A self-assessment is 1,200 to 1,500 words: about 10 KB of text. Every limit
here is hundreds of times that, so a real draft never meets one; they exist so
that a wrong file (a log, a disk image, a zip bomb, a hostile XML file) fails
fast with a clear message instead of eating the machine's memory or time.
"""

from __future__ import annotations

#: The largest text, Markdown or HTML file read (and the longest text extracted
#: from any format), in bytes/characters. 5 MB is ~500 drafts laid end to end.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

#: The largest .docx archive read. A docx carries its images, so it is allowed
#: to be larger than a text file; 50 MB holds a draft with many screenshots.
DOCX_MAX_BYTES = 50 * 1024 * 1024

#: The largest uncompressed XML part (word/document.xml, styles.xml) inflated.
DOCX_MAX_PART_BYTES = 20 * 1024 * 1024

#: An XML part that inflates more than this many times its compressed size is
#: treated as a zip bomb (real Word XML compresses 5-30 times) ...
DOCX_MAX_RATIO = 100

#: ... once it is larger than this; tiny parts can have any ratio harmlessly.
DOCX_RATIO_FLOOR = 1024 * 1024

#: The largest zip central directory and entry count: a docx has tens of
#: entries; a directory of millions would cost gigabytes just to list.
DOCX_MAX_DIRECTORY_BYTES = 1024 * 1024
DOCX_MAX_ENTRIES = 10_000

#: The deepest element nesting accepted in XML (libxml2's own default) and in
#: HTML (generous: real exports nest 20-40 deep).
XML_MAX_DEPTH = 256
HTML_MAX_DEPTH = 512

#: The most tags and character references an HTML file may hold, and the most elements an XML
#: part of a .docx may hold. The readers are linear, but html.parser costs tens of microseconds a
#: tag in Python, so 5 MB of ``<td>a</td>`` took 20 s; an export of a long draft has a few
#: thousand tags. Counted before parsing (HTML) or while streaming (XML), so refusing is cheap.
HTML_MAX_TAGS = 15_000
HTML_MAX_REFERENCES = 100_000
XML_MAX_ELEMENTS = 50_000

#: The most <style> text kept to find bold CSS classes (Google Docs exports).
HTML_MAX_STYLE_CHARS = 1024 * 1024


def format_size(size: int) -> str:
    """A byte count as a person reads it: "812 bytes", "4.2 KB", "12.0 MB"."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
