"""Small drafts for tests of the document fields: a highlight, an optional second story and a
background paragraph, and the engineering past counted the same by a fresh analysis and a Session."""

from __future__ import annotations

from packetcoach import Session, analyze

FERRY = "Raised repeat bookings among ferry commuters from 18% to 29% by letting them renew a season pass in one tap."
ALLOTMENT = "Raised repeat bookings among allotment holders from 18% to 29% by letting them renew a plot in one tap."


def background_draft(highlight: str, background: str, story: str = "") -> str:
    return (f"# Self-assessment\n\n## Highlights\n\n- {highlight}\n" + (f"- {story}\n" if story else "")
            + f"\n## Background\n\n{background}\n")


def mentions(text: str) -> int:
    """How many times the draft tells an engineering past; a Session must count the same."""
    count = len(analyze(text).reading.former_engineer_mentions)
    assert len(Session().analyze(text).reading.former_engineer_mentions) == count
    return count


def structure(text: str) -> str:
    """The draft's structure; a Session must read the same."""
    reading = analyze(text).reading
    assert Session().analyze(text).reading.structure == reading.structure
    return reading.structure
