"""Round structure54: a level claim that closes the opening, after the remit, the career or the context
that take its first three sentences, opens an argument (``[thresholds] opening_claim_sentences``)."""
from packetcoach.api import analyze

REMIT = ("I own ferry bookings for the island routes, about 2.1 million passengers a year. "
         "Four engineering teams and the port operations desk work from the roadmap I set. "
         "Before product I spent nine years running a port terminal, so I know what a late ferry costs. ")

STORIES = ("\n\n## Story 1: the standby queue\n\nI replaced the paper standby list with a text-message queue, "
           "and no-shows at the ramp fell from 14% to 3% within two months, worth £1.2M a year in seats resold.\n\n"
           "## Story 2: freight first\n\nI moved freight bookings onto the passenger app, and hauliers' "
           "booking time fell from 25 minutes to 4, which lifted freight revenue 9%.\n")


def _structure(text: str) -> tuple[str, tuple[str, ...]]:
    reading = analyze(text, level="L6", doc_type="promotion").reading
    return reading.structure, reading.structure_reasons


def test_level_claim_closing_the_remit_paragraph_opens_an_argument():
    text = ("# Promotion document: Ferry Bookings\n\n## Scope\n\n" + REMIT
            + "For the past year I have been operating at the next level: I set the booking direction for three teams."
            + STORIES)
    structure, reasons = _structure(text)
    assert structure == "argument"
    assert "opens with a claim (level or headline outcome)" in reasons


def test_level_claim_in_its_own_paragraph_after_the_career_opens_an_argument():
    text = ("# Promotion case: Ferry Bookings\n\n" + REMIT + "I mention it once.\n\n"
            "I am asking for L6 because I already do that job, and the results below show it." + STORIES)
    assert _structure(text)[0] == "argument"


def test_level_claim_under_a_story_heading_is_no_opening_claim():
    text = ("# Promotion document: Ferry Bookings\n\n## Scope\n\n" + REMIT
            + "\n\n## Story 1: the standby queue\n\nI think this shows I already work at L6. "
            "I replaced the paper standby list with a text-message queue, and no-shows fell from 14% to 3%.\n")
    assert _structure(text)[0] == "mixed"


def test_level_claim_past_the_opening_sentences_is_no_opening_claim():
    text = ("# Promotion document: Ferry Bookings\n\n## Scope\n\n" + REMIT
            + "The routes run all year. Winter sailings are half full. Summer sailings sell out by May. "
            "I believe I already work at L6." + STORIES)
    assert _structure(text)[0] == "mixed"


def test_quarter_headings_with_no_level_claim_stay_chronology():
    text = ("# 2026 self-assessment: Ferry Bookings\n\n" + REMIT
            + "\n\n## Q1\n\nIn January we moved the booking site to the new payment provider.\n\n"
            "## Q2\n\nIn April we launched the standby queue on two routes.\n\n"
            "## Q3\n\nIn July we added freight bookings to the passenger app.\n")
    assert _structure(text)[0] == "chronology"


def test_threshold_unset_reads_only_the_first_three_sentences(monkeypatch):
    from packetcoach.profile.compile import Rubric
    real = Rubric.threshold

    def unset(self, key, default):
        return default if key == "opening_claim_sentences" else real(self, key, default)

    monkeypatch.setattr(Rubric, "threshold", unset)
    text = ("# Promotion document: Ferry Bookings\n\n## Scope\n\n" + REMIT
            + "For the past year I have been operating at the next level: I set the booking direction for three teams."
            + STORIES)
    assert _structure(text)[0] == "mixed"
