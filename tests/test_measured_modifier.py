"""A served party named in the singular as the modifier of a measure people feel, opening its sentence
or clause ("Glazier satisfaction rose ..."): the measure tells the word is people (analysis/parties.py,
profile list personas.felt_measures); the writer's own people and things with a person-like ending are
not read so."""

from __future__ import annotations

import pytest

from packetcoach import Session, analyze, analyze_item


def persona(text: str) -> str | None:
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    assert item.signals.customer == (item.persona is not None)
    return item.persona.text if item.persona else None


@pytest.mark.parametrize(("text", "party"), [
    ("Glazier satisfaction after a site visit rose from 3.9 to 4.5.", "Glazier"),
    ("I moved quotes onto one screen; upholsterer complaints fell from 80 to 20 a month.", "upholsterer"),
    ("Archivist churn fell from 6% to 4% after the bulk export shipped.", "Archivist"),
    ("Beekeeper ratings of the hive kit went from 3.2 to 4.4 stars.", "Beekeeper"),
    # a word that may name software is people before a measure people feel
    ("Owner satisfaction with the booking page rose from 3.8 to 4.3.", "Owner"),
])
def test_a_singular_party_before_a_felt_measure_is_served(text: str, party: str) -> None:
    assert persona(text) == party


@pytest.mark.parametrize("text", [
    # the writer's own people
    "Engineer satisfaction on the platform team rose from 3.1 to 4.0.",
    "Technician satisfaction with the new rota went from 3.0 to 3.6.",
    # things with a person-like ending
    "Server complaints fell from 310 to 95 a month after the patch.",
    "Monitor ratings in the lab went from 3.1 to 3.9.",
    # not opening its clause: a name or a compound, not the party
    "I rebuilt the form the glazier complaints team uses, cutting its load time to 2 seconds.",
    # a measure that is no feeling
    "Glazier count in the pilot region rose from 30 to 45.",
])
def test_the_writers_people_things_and_compounds_are_no_party(text: str) -> None:
    assert persona(text) is None


def test_a_singular_party_before_a_felt_measure_reads_the_same_in_a_session() -> None:
    text = "# Results\n\n- I cut the quote to one page; glazier satisfaction rose from 3.9 to 4.5.\n"
    report = analyze(text, level="L6")
    session = Session(level="L6")
    session.analyze("# Results\n\n- I own the quote page.\n")
    assert session.analyze(text).items == report.items
    assert [item.persona.text for item in report.items if item.persona] == ["glazier"]
