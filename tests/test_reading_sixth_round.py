"""Drafts read as a coach would, a sixth round: the categories fixed, each with text that should
and should not change the reading (text/structure.py, text/items.py, analysis/kinds.py)."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.core.model import Span
from packetcoach.text.structure import split_sentences

SLIDE = """# Gift cards - FY26 review (L6 case)

## Slide 3 - Dropping the paper card
Was 3 quarters of work / sponsor: VP Retail
Data: 2% of gift buyers picked the paper card
Proposed the stop -> VP agreed after one review
Redemption within 30 days 48% -> 71%
"""


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, Span(0, len(text)))]


def test_each_line_of_a_slide_is_a_statement_of_its_own() -> None:
    block = SLIDE.split("\n\n")[-1].split("\n", 1)[1].strip()
    assert _sentences(block) == [
        "Was 3 quarters of work / sponsor: VP Retail", "Data: 2% of gift buyers picked the paper card",
        "Proposed the stop -> VP agreed after one review", "Redemption within 30 days 48% -> 71%"]


def test_a_slide_is_one_story_and_its_retell_is_no_run_on() -> None:
    report = analyze(SLIDE, level="L6")
    claims = [item for item in report.items if item.kind == "claim"]
    assert len(claims) == 1 and "Redemption" in claims[0].text
    retell = report.reading.retell or ""
    assert "VP Retail Data" not in retell and "review Redemption" not in retell, retell


def test_prose_wrapped_by_hand_stays_one_sentence() -> None:
    wrapped = ("I argued in the planning review that the paper card should go, and the\n"
               "VP of Retail agreed once the data showed that only two in a hundred buyers\n"
               "Picked it at the till.")
    assert len(_sentences(wrapped)) == 1
    going_on = "Proposed the stop and\nVP agreed after one review"
    assert len(_sentences(going_on)) == 1  # a line that ends in a joining word goes on


def test_a_setting_label_on_a_story_told_whole_is_not_context() -> None:
    story = ("# Year\n\n## Results\n\n- Problem: buyers waited 6 days for the card. I chose e-cards first. "
             "Redemption within 30 days rose from 48% to 71%.\n")
    assert [item.kind for item in analyze(story, level="L5").items] == ["claim"]
    setting = "# Year\n\n## Results\n\n- Situation: buyers waited 6 days for the card. Stores ran out of stock.\n"
    assert [item.kind for item in analyze(setting, level="L5").items] == ["context"]


def test_a_session_reads_slide_lines_as_a_fresh_analysis_does() -> None:
    session = Session(level="L6")
    session.analyze(SLIDE)
    edited = SLIDE.replace("48% -> 71%", "48% -> 74%")
    assert session.analyze(edited).items == analyze(edited, level="L6").items


def _stops(text: str) -> tuple[str, ...]:
    return analyze(text, level="L6").reading.stopped_items


def test_a_stop_told_with_we_is_the_writers_when_the_writer_won_the_others_over() -> None:
    assert _stops("# Year\n\nI spent most of March convincing the sales leads that the kiosk would serve "
                  "thirty stores; we shelved the kiosk in April and told both retailers ourselves.\n")
    assert _stops("# Year\n\nI persuaded the director and the finance lead, and we retired the paper card in June.\n")


def test_a_stop_told_with_we_is_not_the_writers_when_others_did_the_persuading() -> None:
    assert not _stops("# Year\n\nThe sales leads spent March convincing me the kiosk mattered; we shelved it in April.\n")
    assert not _stops("# Year\n\nThe director persuaded us to wait, and we retired the paper card in June.\n")
    assert not _stops("# Year\n\nWe retired the paper card in June and told both retailers ourselves.\n")
