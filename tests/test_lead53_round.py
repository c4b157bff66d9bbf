"""An opening level claim with no measured result frames the outcome told next (docs/accuracy.md,
"The lead by cause"). Text in our own words.

A draft that opens with the case in one sentence, a level claimed with no figure of a result ("I am
operating at L6: this year I changed how ..."), and then tells its strongest measured outcome at once
leads with that outcome: the labelling guide reads a framing sentence with no deed as context, and the
room passes over it. The lead is still missed when the claim after the framing sentence is not the
strongest outcome, when the opening names no level, or when something else frames the draft first."""

from __future__ import annotations

from packetcoach import analyze

FRAME = ("I am operating at L6: this year I changed how our clinics book interpreters for patients who do not "
         "speak English, and the plan I wrote is now the region's plan.")
STRONG = ("I proposed booking interpreters at the moment an appointment is made instead of on the day, and "
          "persuaded the clinic managers to fund it; patients waiting for an interpreter fell from 38% of "
          "visits to 6%, and rebooked appointments fell from 900 a month to 120.")
WEAK = "I ran the interpreter survey with 40 clinic staff."
NO_LEVEL = ("I wrote the region's plan for how our clinics book interpreters for patients who do not speak "
            "English, and the clinic managers adopted it.")  # a deed of the writer's, not the case in brief


def _lead(text: str) -> tuple[bool, bool]:
    report = analyze(text, level="L6", doc_type="self-assessment")
    return report.reading.lead_is_outcome, "PC202" in {f.rule for f in report.findings}


def test_a_level_claim_with_no_result_frames_the_strongest_outcome_told_next() -> None:
    lead, fired = _lead(f"{FRAME}\n\n{STRONG}\n\n{WEAK}\n")
    assert lead and not fired


def test_the_framing_sentence_in_a_manager_s_voice_frames_too() -> None:
    frame = FRAME.replace("I am operating", "Ana is already operating").replace("the plan I wrote", "the plan she wrote")
    strong = STRONG.replace("I proposed", "She proposed")
    assert _lead(f"{frame}\n\n{strong}\n")[0]


def test_the_claim_after_the_frame_must_be_the_strongest() -> None:
    lead, fired = _lead(f"{FRAME}\n\n{WEAK}\n\n{STRONG}\n")
    assert not lead and fired


def test_an_opening_that_names_no_level_is_not_a_framing_claim() -> None:
    lead, fired = _lead(f"{NO_LEVEL}\n\n{STRONG}\n\n{WEAK}\n")
    assert not lead and fired


def test_a_scope_line_before_the_frame_still_frames_the_draft() -> None:
    scope = "I own interpreter booking for 14 clinics and about 60,000 patients a year."
    lead, fired = _lead(f"{scope}\n\n{FRAME}\n\n{STRONG}\n")
    assert not lead and fired
