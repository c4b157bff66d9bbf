"""The specialty-shows finding names the old specialty without an article, so that it reads right for
every specialty the profile knows ("infrastructure", "ml" and "embedded" would take "an")."""

from __future__ import annotations

from packetcoach import analyze

SHOWS = """# Self-assessment

- As a former DevOps engineer I still take the on-call rota, and I paired on the Terraform migration
  and the Kubernetes upgrade for two sprints.
- Moved ferry bookings online, so islanders booked 9 in 10 crossings on their phones (was 3 in 10).
"""

PLAIN = """# Self-assessment

- Moved ferry bookings online, so islanders booked 9 in 10 crossings on their phones (was 3 in 10).
- Turned down the loyalty programme and spent the quarter on freight bookings, now 90% online.
"""


def specialty_messages(text: str) -> list[str]:
    report = analyze(text)
    return [f.message for f in report.findings if f.name == "specialty-shows"]


def test_an_infrastructure_past_is_named_without_a_wrong_article() -> None:
    messages = specialty_messages(SHOWS)
    assert messages == [messages[0]] and "your engineering past, infrastructure, from:" in messages[0], messages
    assert " a infrastructure" not in messages[0]


def test_a_draft_with_no_engineering_words_shows_no_specialty() -> None:
    assert specialty_messages(PLAIN) == []
