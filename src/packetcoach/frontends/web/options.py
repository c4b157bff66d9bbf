"""What a request may ask for: the analysis options, checked against the built-in profiles only.

A web request never names a file: a profile path would let the page read any file the user can,
so only the packaged profiles are offered. Every failure is a :class:`BadRequest` with the one
line the page shows.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from packetcoach.api import DEFAULT_DOC_TYPE, DEFAULT_LEVEL, DEFAULT_PROFILE, check_options
from packetcoach.core.errors import PacketcoachError
from packetcoach.rules.engine import all_rules

MAX_TEXT_CHARS = 1_000_000  # a draft of 100,000 words (the analysis limit) fits well inside


class BadRequest(Exception):
    """A request the page should not have sent: the status and the problem in one line."""

    def __init__(self, problem: str, status: int = 400, error: dict[str, Any] | None = None):
        super().__init__(problem)
        self.problem, self.status = problem, status
        self.error = error or {"schema": "packetcoach.error/1", "code": f"HTTP{status}", "problem": problem,
                               "message": problem}

    @classmethod
    def of(cls, error: PacketcoachError) -> "BadRequest":
        """A library error as the error JSON, with ``message``: the one line the CLI would print."""
        return cls(str(error), 422, {**error.to_dict(), "message": str(error)})


@dataclass(frozen=True)
class Options:
    profile: str
    level: str
    doc_type: str


@lru_cache(maxsize=1)
def builtin_profiles() -> tuple[str, ...]:
    folder = resources.files("packetcoach.profile").joinpath("builtin")
    return tuple(sorted(entry.name[:-5] for entry in folder.iterdir() if entry.name.endswith(".toml")))


def options_of(body: dict[str, Any]) -> Options:
    """The analysis options a request names (defaults for the missing ones), checked."""
    profile = field(body, "profile", DEFAULT_PROFILE)
    level = field(body, "level", DEFAULT_LEVEL)
    doc_type = field(body, "doc_type", DEFAULT_DOC_TYPE)
    if profile not in builtin_profiles():
        raise BadRequest(f"unknown profile {profile!r}: the page offers {', '.join(builtin_profiles())}", 422)
    try:
        check_options(profile, level, doc_type)
    except PacketcoachError as error:
        raise BadRequest.of(error) from None
    return Options(profile, level, doc_type)


def field(body: dict[str, Any], name: str, default: str | None = None, limit: int = 200) -> str:
    """A string field of a JSON body; a missing one takes ``default`` (or is refused)."""
    value = body.get(name, default)
    if value is None:
        raise BadRequest(f"'{name}' is missing")
    if not isinstance(value, str):
        raise BadRequest(f"'{name}' must be a string")
    if len(value) > limit:
        raise BadRequest(f"'{name}' is longer than {limit:,} characters", 413)
    return value


def text_of(body: dict[str, Any], name: str = "text") -> str:
    """The draft's text: lone UTF-16 surrogates (half an emoji cut by the browser) become U+FFFD,
    one code point each, so every offset the page computes still holds."""
    value = field(body, name, limit=MAX_TEXT_CHARS)
    return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace") if _has_surrogate(value) else value


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text) if not text.isascii() else False


@lru_cache(maxsize=1)
def legend() -> list[dict[str, Any]]:
    """The underline kinds (legend.toml): name, label, explanation, colour, line style, rules. A
    document rule the file does not list is drawn as "document": it is anchored to the whole draft,
    so a new one needs no entry here (docs/rules.md)."""
    data = tomllib.loads(resources.files(__package__).joinpath("legend.toml").read_text(encoding="utf-8"))
    kinds = data["kind"]
    listed = {rule for kind in kinds for rule in kind["rules"]}
    document = next(kind for kind in kinds if kind["name"] == DOCUMENT_KIND)
    document["rules"] = [*document["rules"], *(rule.name for rule in all_rules()
                                                if rule.scope == "document" and rule.name not in listed)]
    return kinds


DOCUMENT_KIND = "document"


@lru_cache(maxsize=4)
def page_options() -> dict[str, Any]:
    """What the page's menus offer: profiles, and each profile's levels and document types."""
    offered = {}
    for name in builtin_profiles():
        rubric = check_options(name, DEFAULT_LEVEL if name == DEFAULT_PROFILE else _any_level(name), DEFAULT_DOC_TYPE)
        offered[name] = {"levels": sorted(rubric.profile.table("ladder")),
                         "doc_types": sorted(rubric.profile.table("doc_types")),
                         "principles": {slug: entry.get("title", slug)
                                        for slug, entry in rubric.profile.table("principles").items()},
                         "expected_principles": list(rubric.profile.table("document").get("expected_principles", []))}
    return {"profiles": offered, "default": {"profile": DEFAULT_PROFILE, "level": DEFAULT_LEVEL,
                                             "doc_type": DEFAULT_DOC_TYPE}}


def _any_level(profile: str) -> str:
    from packetcoach.profile.compile import rubric_for  # noqa: PLC0415

    ladder = sorted(rubric_for(profile).profile.table("ladder"))
    return DEFAULT_LEVEL if not ladder or DEFAULT_LEVEL in ladder else ladder[0]


LINE_STYLES = frozenset({"solid", "wavy", "dashed", "dotted", "double"})
COLOUR_CHARS = frozenset("#0123456789abcdefABCDEF")


@lru_cache(maxsize=1)
def kinds_css() -> str:
    """The underline of each kind, from legend.toml: the one place its colour and style are set."""
    rules = []
    for kind in legend():
        name, colour, line = kind["name"], kind["colour"], kind["line"]
        if line not in LINE_STYLES or not set(colour) <= COLOUR_CHARS or not name.replace("-", "").isalnum():
            raise ValueError(f"legend.toml: kind {name!r} has a bad colour or line style")
        rules.append(f".pc-u-{name} {{ text-decoration-color: {colour}; text-decoration-style: {line}; }}\n"
                     f".pc-swatch-{name} {{ background: {colour}; }}\n"
                     f".pc-kind-{name} .pc-card-kind {{ color: {colour}; }}\n"
                     f".cm-diagnostic:has(.pc-kind-{name}) {{ border-left-color: {colour}; }}\n")
    return "".join(rules)
