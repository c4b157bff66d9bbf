"""HTML that holds against hostile drafts: one escaping function and one content security policy.

A draft may be someone else's document, and a file name is whatever a colleague called it: either
can hold a script tag, an event handler, a ``javascript:`` link or markup that closes an element
early. Every value from a draft or a file name goes through :func:`text` (content and quoted
attribute values alike), and every page carries :data:`CONTENT_SECURITY_POLICY`, which lets no
script run and nothing load: even a value that escaped our escaping could not act.
"""

from __future__ import annotations

import html

CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; "
                           "connect-src 'none'; font-src 'none'; form-action 'none'; frame-ancestors 'none'; "
                           "base-uri 'none'")
# Control characters and bidirectional overrides: shown as a replacement mark, never acted on.
_CONTROLS = {code: "\ufffd" for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F,
                                        *range(0x80, 0xA0), 0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                                        *range(0x2066, 0x206A))}


def text(value: str) -> str:
    """A value for element content or a double- or single-quoted attribute."""
    return html.escape(value.translate(_CONTROLS), quote=True)


def csp_meta() -> str:
    """The element that applies the policy to a standalone file (first in ``<head>``)."""
    return f'<meta http-equiv="Content-Security-Policy" content="{text(CONTENT_SECURITY_POLICY)}">'
