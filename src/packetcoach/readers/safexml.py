"""Streaming XML parsing for the parts of a .docx, refusing what Word never writes.

Word's XML parts never contain a DTD, so any DOCTYPE or entity declaration is
refused outright: that closes the billion-laughs and external-entity attacks at
the door (the same policy as defusedxml's ``forbid_dtd``, without the extra
dependency). Expat never fetches external entities anyway, and element nesting
is bounded. Parsing streams through callbacks: no tree is built, so memory stays
proportional to the text, not to the markup.
"""

from __future__ import annotations

from typing import Protocol
from xml.parsers import expat

from packetcoach.core.errors import InputError
from packetcoach.readers.limits import XML_MAX_DEPTH, XML_MAX_ELEMENTS


class XmlHandler(Protocol):
    """Receives the elements and text of a part, names split as (namespace, local)."""

    def start(self, ns: str, name: str, attrs: dict[str, str]) -> None: ...

    def end(self, ns: str, name: str) -> None: ...

    def text(self, data: str) -> None: ...


class _Refused(Exception):
    """Raised inside expat callbacks to stop at the first forbidden construct."""


def parse(data: bytes, handler: XmlHandler, where: str, part: str) -> None:
    """Feed one XML part to ``handler``; any problem becomes one InputError."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    _wire(parser, handler)
    try:
        parser.Parse(data, True)
    except _Refused as refused:
        raise InputError(where, f"{part} {refused}", "the .docx looks damaged or crafted; "
                         "open it in Word and save it again") from None
    except expat.ExpatError as error:
        reason = expat.ErrorString(error.code) or "not well-formed"
        raise InputError(where, f"malformed XML in {part}: {reason} "
                         f"(line {error.lineno}, column {error.offset})",
                         "open it in Word and save it again") from None
    except (ValueError, LookupError, UnicodeError) as error:  # e.g. a bogus encoding=""
        raise InputError(where, f"malformed XML in {part}: {_one_line(error)}",
                         "open it in Word and save it again") from None


def _wire(parser: expat.XMLParserType, handler: XmlHandler) -> None:
    """Connect expat's callbacks to the handler, with the depth and DTD guards."""
    depth = elements = 0

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth, elements
        depth += 1
        elements += 1
        if depth > XML_MAX_DEPTH:
            raise _Refused(f"nests elements deeper than {XML_MAX_DEPTH} levels")
        if elements > XML_MAX_ELEMENTS:
            raise _Refused(f"has more than {XML_MAX_ELEMENTS:,} elements, far more than any draft")
        ns, local = split_name(name)
        handler.start(ns, local, {split_name(key)[1]: value for key, value in attrs.items()})

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1
        handler.end(*split_name(name))

    def refuse_dtd(*_args: object) -> None:
        raise _Refused("contains a DTD or entity declaration, which Word never writes")

    def refuse_entity(*_args: str | None) -> int:
        raise _Refused("refers to an external entity, which Word never writes")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = handler.text
    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.EntityDeclHandler = refuse_dtd
    parser.ExternalEntityRefHandler = refuse_entity


def split_name(name: str) -> tuple[str, str]:
    """Expat's "namespace local" name as (namespace, local); ("", local) if none."""
    ns, _, local = name.rpartition(" ")
    return ns, local


def _one_line(error: Exception) -> str:
    """An exception's message on one line."""
    return " ".join(str(error).split()) or type(error).__name__
