"""The ready list on the newest packets, by cause: a table whose rows tell the writer's stories. A
row that opens with the writer's deed (after a date or a project's name) is an item of its own, its
cells read as sentences; a row of figures, or of notes after a measure's figures, is none. Drafts of
our own."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.text.blocks import parse_blocks

STORIES = """# Self-review 2025: ferry bookings

| When | Decision | Why | What happened |
|---|---|---|---|
| 9 Feb | Added a standby list for sold-out sailings on the booking page | Foot passengers queued at the port for hours | 4,800 passengers booked a standby seat, and complaints to the port fell from 310 to 90 a month |
| 2 May | Stopped the loyalty stamps project after the first sprint | Only 2% of riders travel more than once a month | The two engineers went to the standby list |
| 6 Jun | The operations director asked me to open night sailings in July | I said no until the crew rota could cover them | Night sailings opened in September with full crews |
"""

FIGURES = """# Self-review 2025: ferry bookings

I rebuilt the booking page for foot passengers in March, and online bookings rose from 20% to 55% of all sales.

| Measure | Before | After | Note |
|---|---|---|---|
| Online share of foot-passenger bookings | 20% | 55% | moved the page to one screen for phones in March |
| Complaints to the port about queues, per month | 310 | 90 | added a standby list for sold-out sailings in the spring |
"""

NO_DEED = """# Self-review 2025: ferry bookings

| Route | Notes |
|---|---|
| Island loop | The winter timetable kept four sailings a day on this route |
| Harbour shuttle | Most passengers on this route are commuters with season tickets |
"""


def test_a_story_row_is_an_item_read_to_its_last_cell() -> None:
    report = analyze(STORIES)
    texts = [item.text for item in report.items]
    assert texts[0].startswith("Added a standby list for sold-out sailings")  # the date is left out
    assert texts[0].endswith("90 a month")  # ... and the row is read to its last cell
    ready = [item.text for item in report.items if item.ready]
    assert ready and ready[0].startswith("Added a standby list")
    assert any(text.startswith("Stopped the loyalty stamps project") for text in texts)
    assert any(text.startswith("The operations director asked me") for text in texts)  # a senior ask, answered


def test_rows_of_figures_and_rows_with_no_deed_are_no_items() -> None:
    figures = analyze(FIGURES)
    assert [item.text[:20] for item in figures.items] == ["I rebuilt the bookin"]
    assert not analyze(NO_DEED).items


def test_table_rows_read_the_same_in_a_session() -> None:
    for draft in (STORIES, FIGURES, NO_DEED):
        session = Session()
        session.analyze(draft.replace("Stopped", "Paused"))  # read once, then after an edit
        assert session.analyze(draft).items == analyze(draft).items


def test_the_header_row_and_the_delimiter_are_no_blocks() -> None:
    rows = [block for block in parse_blocks(STORIES) if block.kind == "table_row"]
    assert len(rows) == 3 and STORIES[rows[0].span.start:].startswith("9 Feb |")
    assert not [block for block in parse_blocks("| a | b |\n| c | d |\n") if block.kind == "table_row"]
