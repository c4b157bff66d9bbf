"""Drafts read as a coach would, read by a user round (two drafts of our own). A sentence with no
action verb and no number is still read when it holds a hedge or a cliche ("I was responsible for
the partner reviews.", "I think the year went well overall."), as its own item, so the wording is
flagged and a responsibility told as a deed is judged as the activity it is; people grown told in the
present tense of a manager's nomination ("She coaches two junior PMs, and one of them now runs ...")
are never asked for a customer measure; and a note on the draft's own form ("I have organised it
around the four goals ...") is context, never a claim the coach asks to measure. Text in our own
words."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.api import analyze_item
from packetcoach.output.json import report_json

STORY = ("I convinced finance to pay growers weekly, which cut grower churn from 14% to 6% for "
         "1,200 small farms.")


def _draft(paragraph: str, before: bool = False) -> str:
    body = f"{paragraph}\n\n{STORY}" if before else f"{STORY}\n\n{paragraph}"
    return f"# Self-assessment 2026: produce boxes (L6)\n\n## What I did\n\n{body}\n"


def _rules(text: str, **kw) -> set[str]:
    return {f.rule for f in analyze(text, **kw).findings}


CLICHE, HEDGE, ACTIVITY = "PC106", "PC108", "PC104"


def _item(text: str, start: str):
    return next((i for i in analyze(text).items if i.text.startswith(start)), None)


# --- a sentence with no action verb and no number, read for its wording ---

def test_responsibility_with_no_verb_of_action_is_read_as_activity_with_its_cliche():
    text = _draft("I was responsible for the quarterly grower business reviews.")
    item = _item(text, "I was responsible")
    assert item is not None and item.kind == "claim"
    assert item.signals.activity_only and item.signals.cliche
    assert {CLICHE, ACTIVITY} <= _rules(text)


def test_a_hedged_verdict_on_the_year_is_flagged():
    text = _draft("I think the year went well overall.", before=True)
    item = _item(text, "I think the year")
    assert item is not None and item.signals.hedge
    assert HEDGE in _rules(text)


def test_the_hedged_sentence_takes_no_following_result_from_the_next_sentence():
    # "The one change growers felt ..." opens its own item, as it did before the hedge was read
    text = _draft("I think the year went well overall. "
                  "The one change growers felt was weekly pay: churn went from 14% to 6%.")
    starts = [i.text[:20] for i in analyze(text).items]
    assert any(s.startswith("I think the year") for s in starts)
    assert any(s.startswith("The one change") for s in starts)


def test_a_plain_sentence_with_no_verb_and_no_wording_is_still_not_an_item():
    text = _draft("Returns were our largest source of contacts.")
    assert _item(text, "Returns were") is None


def test_a_manager_nomination_remit_told_as_a_deed_is_flagged():
    text = ("# Nomination: Ana Ruiz, Product Manager (L5 to L6)\n\nNominated by Sam Cole, Director of Product\n\n"
            "## What she did\n\nAna convinced finance to pay growers weekly, which cut grower churn from 14% to 6% "
            "for 1,200 small farms.\n\nShe was also responsible for the monthly supplier reviews and worked closely "
            "with legal on the new contracts.\n")
    assert CLICHE in _rules(text, doc_type="promotion")


# --- people grown, in the present tense ---

def test_people_grown_in_the_present_tense_are_not_activity():
    for text in ("She mentors two associate PMs. One of them now runs the depot roadmap on her own.",
                 "I coach two junior PMs, and one of them now runs the grower programme without me."):
        item = analyze_item(text)
        assert not item.signals.activity_only, text


def test_mentoring_with_nobody_grown_is_still_activity():
    assert analyze_item("I mentor two associate PMs.").signals.activity_only


def test_coach_as_a_bus_still_serves_its_travellers():
    item = analyze_item("Raised coach bookings from 4,000 to 6,500 a month for regional travellers.")
    assert item.signals.customer and not item.signals.activity_only


def test_a_nomination_never_asks_the_coached_pms_for_a_customer_measure():
    text = ("# Nomination: Ana Ruiz, Product Manager (L5 to L6)\n\nNominated by Sam Cole, Director of Product\n\n"
            "## What she did\n\nAna convinced finance to pay growers weekly, which cut grower churn from 14% to 6% "
            "for 1,200 small farms.\n\nShe proposed next-day boxes for restaurants and launched them in May; "
            "restaurant orders rose from 300 to 1,100 a week.\n\nShe coaches two junior PMs, and one of them now "
            "runs the restaurant programme without her.\n")
    report = report_json(analyze(text, doc_type="promotion"))
    assert report["verdict"]["top_changes"]
    for change in report["verdict"]["top_changes"]:
        assert not any(item.startswith("she-coaches-two") for item in change["items"])


# --- a note on the draft's own form ---

def test_a_note_on_the_drafts_form_is_context():
    for note in ("This is my first review as a PM, so I have organised it around the three goals my manager and I set.",
                 "I have grouped my work by quarter.",
                 "I've organised this document by the two groups I serve."):
        item = _item(_draft(note, before=True), note[:12])
        assert item is not None and item.kind == "context", note


def test_organising_a_thing_for_customers_with_a_result_stays_a_claim():
    note = "I have organised this quarter's grower fairs, and grower sign-ups rose from 200 to 340."
    item = _item(_draft(note, before=True), "I have organised")
    assert item is not None and item.kind == "claim"
