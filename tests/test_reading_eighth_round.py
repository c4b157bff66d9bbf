"""Drafts read as a coach would, an eighth round: the categories fixed, each with text that should
and should not change the reading (text/structure.py, analysis/kinds.py, the profile's headings)."""

from __future__ import annotations

from packetcoach import Session, analyze

FORM = """# Review form: Noor Haddad, PM (L6), Loyalty

**What were your top accomplishments?**

I launched points expiry reminders for loyalty members. Members who redeemed before expiry rose
from 22% to 41% in the first quarter.

**Where did you fall short?**

I waited three months to cancel the partner-points pilot after the first results came back flat.

The pilot team had no analyst for most of the year because I kept the role open too long.

**What will you focus on next year?**

Launch tiered rewards in two markets.
"""


def _kinds(text: str, level: str = "L6") -> list[tuple[str, str]]:
    return [(item.kind, item.text.split()[0]) for item in analyze(text, level=level).items]


def test_a_form_question_on_its_own_line_heads_its_answers() -> None:
    kinds = _kinds(FORM)
    assert kinds[0] == ("claim", "I")
    # what fell short is a lesson told honestly, not a claim told to get measured results
    assert [kind for kind, _ in kinds[1:]] == ["lesson", "lesson"], kinds
    report = analyze(FORM, level="L6")
    assert [section.title for section in report.document.sections][1:] == [
        "What were your top accomplishments?", "Where did you fall short?", "What will you focus on next year?"]


def test_the_shortfall_heading_in_other_words_is_a_lesson_heading() -> None:
    for heading in ("Where I fall short", "What I got wrong", "What could I have done better", "Where did I fall short?"):
        draft = f"# Year\n\n## {heading}\n\nI kept the beta open for a quarter after the data said stop.\n"
        assert _kinds(draft) == [("lesson", "I")], heading


def test_a_question_that_opens_its_answer_is_no_heading() -> None:
    titled = ("# Year\n\n## Objections I expect\n\n**Is this a seasonal effect?** Travel grew 6% this year; "
              "the partner bookings I launched grew 41% from the launch month on.\n")
    assert _kinds(titled) == [("objection", "Is")]  # the answer stays under the writer's own heading


def test_a_bold_claim_or_a_bold_question_inside_prose_is_no_heading() -> None:
    bold_claim = ("# Year\n\n## Results\n\n**I cut refund time from 9 days to 2.**\n\n"
                  "Where did we fall short? Nowhere that the members noticed.\n")
    report = analyze(bold_claim, level="L6")
    assert [section.title for section in report.document.sections] == ["Year", "Results"]
    assert report.items[0].kind == "claim"


def test_the_form_is_read_the_same_by_a_session() -> None:
    session = Session(level="L6")
    session.analyze(FORM)
    edited = FORM.replace("41%", "44%")
    assert session.analyze(edited).items == analyze(edited, level="L6").items
    assert session.analyze(edited).document.sections == analyze(edited, level="L6").document.sections


MENTEES = """# Promotion document: Ines Duarte, Principal PM (L7), Travel Insurance

I coached three PMs across claims and pricing this year, and two of them were promoted to L6 in
September.

I convinced the claims and pricing directors to pay storm-delay claims automatically; automatic
payouts rose from 8% to 64% of delay claims in the first half.
"""


def test_a_promotion_of_others_is_no_level_claim_of_the_writers() -> None:
    for told in ("two of them were promoted to L6 in September",
                 "I promoted two of them to L6 in September",
                 "one of them got promoted to senior PM in September"):
        draft = MENTEES.replace("two of them were promoted to L6 in September", told)
        retell = analyze(draft, level="L7").reading.retell or ""
        assert "promoted" not in retell, (told, retell)
    past = "# Year\n\nI was promoted to L6 in 2025, and I have run claims pricing for 2 million travellers since.\n"
    assert "promoted" not in (analyze(past, level="L7").reading.retell or "")


def test_the_writers_own_promotion_case_is_still_the_retell() -> None:
    for claim in ("I am asking for promotion to L7 because automatic payouts rose from 8% to 64% "
                  "of delay claims after I convinced the claims and pricing directors.",
                  "I ask you to promote me to L7: automatic payouts rose from 8% to 64% of delay "
                  "claims after I convinced the claims and pricing directors."):
        draft = MENTEES.replace("I coached three PMs", claim + "\n\nI coached three PMs")
        retell = analyze(draft, level="L7").reading.retell or ""
        assert retell.startswith(claim.split(" L7")[0]), (claim, retell)


def _stops(text: str) -> tuple[str, ...]:
    report = analyze(text, level="L6")
    by_id = {item.id: item.text for item in report.items}
    return tuple(by_id[i].split()[0] for i in report.reading.stopped_items)


def test_a_stop_under_the_writers_own_heading_of_it_is_a_stop() -> None:
    told = ("I argued against the single checkout vendor in the spring review, because it had no coverage in "
            "six of our markets. The director agreed, and we did not sign.")
    for heading in ("What I chose not to do", "How I ended it"):
        draft = f"# Year\n\n## Checkout\n\nI launched saved carts for 3 million shoppers.\n\n## {heading}\n\n{told}\n"
        assert _stops(draft) == ("I",), heading
    # the same story under a heading that names no stop is no stop: the story alone says "did not sign"
    plain = f"# Year\n\n## Checkout\n\nI launched saved carts for 3 million shoppers.\n\n## Vendors\n\n{told}\n"
    assert _stops(plain) == ()


def test_a_heading_of_what_the_writer_chose_to_do_or_someone_elses_stop_is_no_stop() -> None:
    chose = ("# Year\n\n## What I chose to do first\n\nI argued for regional vendors in the spring review, "
             "and the director agreed.\n")
    assert _stops(chose) == ()
    theirs = ("# Year\n\n## How I ended it\n\nRisk shut down the pilot in May; I agreed with the call.\n")
    assert _stops(theirs) == ()
