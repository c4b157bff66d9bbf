"""Drafts read as a coach would, a fifteenth round. A manager's document rehearsed in the drill: the
manager answers for the candidate, so the follow-ups and the grading's labels name the candidate and
the answer is read in the draft's voice ("Kofi decided ..." is the candidate's own decision, the
manager's own "I" no one's); a writer's own draft keeps every word. Text in our own words."""

from __future__ import annotations

import io

from packetcoach import analyze
from packetcoach.analysis.gap import candidate_called
from packetcoach.api import analyze_item
from packetcoach.coach.grading import graded_as
from packetcoach.coach.drill import answer_with_follow_up, grade, run_drill
from packetcoach.coach.rehearse import rehearse
from packetcoach.coach.scaffold import result_phrase
from packetcoach.profile.compile import rubric_for

MANAGER = """# Promotion case: Kofi Asante, PM (L5 to L6), Library Holds

Written by his manager for the spring calibration.

I believe Kofi already works at L6. He owns holds and renewals for the city library app.

- Kofi moved hold notices from email to push, and uncollected holds fell from 30% to 11% for
  borrowers.
- He stopped the e-book club project in March because only 2% of borrowers joined the pilot.
- He persuaded the branch operations team to put holds on one shelf per branch.
- He ran 20 interviews with branch staff.
- Kofi set the renewal limit with the two largest branches, and late fees fell by $40K a year.
"""

OWN = """# Self-assessment 2026: Library Holds

I own holds and renewals for the city library app.

- I moved hold notices from email to push, and uncollected holds fell from 30% to 11% for
  borrowers.
- I stopped the e-book club project in March because only 2% of borrowers joined the pilot.
- I persuaded the branch operations team to put holds on one shelf per branch.
- I ran 20 interviews with branch staff.
"""


def _drill_parts(text: str):
    report = analyze(text)
    voice = report.document.voice
    return rehearse(report), (lambda answer: analyze_item(answer, voice=voice)), candidate_called(voice)


def test_a_managers_answer_about_the_candidate_is_the_candidates_own_decision():
    questions, analyse, candidate = _drill_parts(MANAGER)
    assert candidate == "Kofi"
    answer = "Kofi decided to move the notices to push, and uncollected holds fell from 30% to 11%."
    result = grade("activity-decision", answer, analyse, candidate)
    assert "Kofi's own decision" not in result.missing and "your own decision" not in result.missing
    she = grade("conflict", "The branch managers objected. He argued for one shelf and they agreed.",
                analyse, candidate)
    assert result.score == 5 and she.ready


def test_the_managers_own_i_is_not_the_candidates_decision():
    _, analyse, candidate = _drill_parts(MANAGER)
    result = grade("activity-decision", "I decided to move the notices to push, and holds fell 20%.",
                   analyse, candidate)
    assert "Kofi's own decision" in result.missing


def test_follow_ups_and_labels_name_the_candidate_in_a_managers_document():
    questions, analyse, candidate = _drill_parts(MANAGER)
    asked = tuple(q for q in questions if graded_as(q.focus) in ("decision", "scope"))
    assert asked
    out = io.StringIO()
    run_drill(asked, io.StringIO("It went well.\n\n" * len(asked) * 2), out, analyse, candidate)
    said = out.getvalue()
    assert "Follow-up: What did Kofi decide or do" in said or "outside Kofi's own" in said
    assert 'starting with "I"' not in said and "your own" not in said and "your team" not in said
    answer = answer_with_follow_up(asked[0], "It went well.", None, analyse, candidate=candidate)
    assert "Kofi" in answer.follow_up


def test_a_writers_own_drill_keeps_its_words():
    questions, analyse, candidate = _drill_parts(OWN)
    assert candidate is None
    result = grade("activity-decision", "It was mostly the team.", analyse, candidate)
    assert result.missing[0] == "your own decision"
    assert result.gaps[0] == 'What did you decide or do yourself, in one sentence starting with "I"?'
    third = grade("activity-decision", "Kofi decided to move the notices, and holds fell 20%.", analyse, candidate)
    assert "your own decision" in third.missing  # someone else's decision in a writer's own draft


# A ratio told as two counts is one amount, and a before and after told in ratios one change.

def _metrics(text: str) -> list[tuple[str, str]]:
    item = analyze_item(text)
    return [(mention.text, mention.detail) for mention in item.metrics]


def test_a_before_and_after_told_in_ratios_is_one_change():
    assert _metrics("Late returns of hired bikes fell from 1 in 6 rentals last summer to 1 in 20 after "
                    "I added a return reminder.") == [("from 1 in 6 rentals last summer to 1 in 20", "range")]
    assert _metrics("Guest ratings for the cabins rose from 4.2 out of 5 to 4.7 out of 5.") == \
        [("from 4.2 out of 5 to 4.7 out of 5", "range")]
    assert _metrics("Wrong-size orders fell from 1 in 9 to 1 in 25 for shoppers.") == \
        [("from 1 in 9 to 1 in 25", "range")]


def test_a_ratio_alone_is_one_amount():
    # "twice" is a magnitude of its own (docs/labelling-guide.md: "twice" is a metric)
    assert _metrics("I found that 1 in 8 invoices was paid twice.") == [("1 in 8", "ratio"), ("twice", "")]
    assert _metrics("Mislabelled boxes stayed under one in 5,000 shipments.") == [("one in 5,000", "ratio")]


def test_counts_joined_by_in_that_are_no_ratio_stay_apart():
    assert _metrics("We shipped 4 in 6 weeks.") == [("4", ""), ("6", "")]  # a whole in time
    assert [text for text, _ in _metrics("Bookings rose from 9 in the morning slot to 3 in 2 weeks.")] != \
        ["from 9 in the morning slot to 3 in 2 weeks"]
    assert all(detail != "ratio" for _, detail in _metrics("We opened 5 in 3 markets."))  # the part is no smaller


def test_the_result_the_room_is_asked_about_is_the_whole_ratio_change():
    item = analyze_item("I decided to send a reminder before the hire ends. Riders who cancelled in the "
                        "first week went from 1 in 6 to 1 in 15 in the three months after launch.")
    quoted = result_phrase(item, rubric_for("amazon-pm"))
    assert quoted.endswith("from 1 in 6 to 1 in 15")  # not "6 to 1", a part of each ratio read as a change


# A title that names only a team or product: the retell leaves the name blank.

BODY = """
I own {thing}, the kids' reading subscription, and this year I decided to sell a reading habit
instead of a library.

- I dropped the planned catalogue expansion and launched reading streaks for parents; paid conversion
  from the free trial rose from 12% to 19% in the quarter.
"""


def _retell_name(title: str, thing: str = "the subscription") -> str:
    from packetcoach.coach.sentences import candidate_name

    return candidate_name(analyze(f"# {title}\n" + BODY.format(thing=thing)))


def test_a_title_the_draft_uses_as_a_product_names_no_one():
    assert _retell_name("Promotion to L6: Story Lantern", "Story Lantern") == "[Name]"
    assert _retell_name("Self-assessment 2026: Page Turners", "the Page Turners app") == "[Name]"


def test_a_title_the_draft_writes_in_the_other_number_names_no_one():
    draft = "# Promotion to L6: Freight Claims\n\nI cut the time to pay a claim for shippers from 19 days to 7.\n"
    from packetcoach.coach.sentences import candidate_name

    assert candidate_name(analyze(draft)) == "[Name]"


def test_a_persons_name_in_the_title_is_still_the_writers():
    assert _retell_name("Marisol Quintero: self-assessment 2026") == "Marisol Quintero"
    assert _retell_name("Self-assessment 2026: Marisol Quintero") == "Marisol Quintero"


# The document rules' words in a manager's document name the candidate; a writer's own keep theirs.

def _said(text: str) -> dict[str, tuple[str, str | None]]:
    return {f.name: (f.message, f.suggestion) for f in analyze(text).findings}


def test_document_rules_name_the_candidate_in_a_managers_document():
    said = _said(MANAGER)
    assert said["nothing-initiated"] == ("No project Kofi proposed or started.",
                                         "Add the project Kofi proposed or started, and what came of it.")
    message, hint = said["level-signal-weak"]
    assert "senior leaders Kofi moved" in hint and "yours" not in hint
    assert all("your" not in message and "yourself" not in (hint or "") for message, hint in said.values()
               if message.startswith("No project"))


def test_document_rules_keep_their_words_in_a_writers_own_draft():
    said = _said(OWN)
    assert said["nothing-initiated"] == ("No project you started on your own initiative.",
                                         "Add the project you proposed or started yourself, and what came of it.")


def test_a_session_reads_a_managers_document_as_analyze_does():
    from packetcoach import Session
    from packetcoach.output.json import report_json

    session = Session()
    session.analyze(OWN)
    assert report_json(session.analyze(MANAGER)) == report_json(analyze(MANAGER))


def test_the_readiness_test_tells_of_the_candidate_in_a_managers_document():
    from packetcoach.coach.rewrite import rewrite_report

    tests = [entry.readiness.text for entry in rewrite_report(analyze(MANAGER)).items]
    assert any(test.startswith(("The customer Kofi served was", "The customers Kofi served were")) for test in tests)
    assert not any(" I served" in test or "; because I " in test or "your decision" in test for test in tests)
    own = [entry.readiness.text for entry in rewrite_report(analyze(OWN)).items]
    assert all(test.startswith(("The customer I served was", "The customers I served were")) for test in own)


def test_item_rules_name_the_candidate_in_a_managers_document_only():
    said = {f.name: (f.message, f.suggestion) for f in analyze(MANAGER).findings}
    message, hint = said["activity-not-outcome"]
    assert hint == "Say what decision this changed: '..., which led Kofi to [decision], so [result for whom]'."
    own = {f.name: (f.message, f.suggestion) for f in analyze(OWN).findings}
    assert own["activity-not-outcome"][1] == \
        "Say what decision this changed: '..., which led me to [decision], so [result for whom]'."


def test_a_managers_section_in_the_writers_own_document_keeps_the_writers_words():
    draft = """# Promotion document: Kofi Asante, PM (L5 to L6), Library Holds

## Kofi: what I changed

I moved hold notices from email to push, and uncollected holds fell from 30% to 11% for borrowers.
I ran 20 interviews with branch staff.

## Manager: what I saw

He ran 20 interviews with branch staff. He held weekly reviews with the branches.
"""
    hints = [f.suggestion or "" for f in analyze(draft).findings if f.name == "activity-not-outcome"]
    assert hints and all("led me to" in hint for hint in hints)


# A measure that "dropped" by an amount is a result, not a thing the writer stopped.

def _stopped(bullet: str) -> tuple[str, ...]:
    draft = f"# Self-assessment 2026\n\n{bullet}\n- I proposed a bike-repair booking flow for riders and launched it in May.\n"
    return analyze(draft).reading.stopped_items


def test_a_measure_that_dropped_by_an_amount_is_no_stop():
    assert _stopped("- Late-return fines dropped 35% after I added a reminder for riders.") == ()
    assert _stopped("- Complaints about flat tyres dropped from 1 in 30 hires to 1 in 250 once I put a tyre "
                    "check into the return flow.") == ()


def test_a_thing_the_writer_dropped_is_still_a_stop():
    assert _stopped("- I dropped the 30-page rider waiver after 2 of 40 cities asked for it.") != ()
    assert _stopped("- I dropped tandem hire from the first release.") != ()
    assert _stopped("- Late-return fines dropped 35% after I killed the old deposit scheme.") != ()


# A number in what someone else wanted is no receipt for the room.

def test_what_someone_else_wanted_is_no_receipt():
    from packetcoach.calibrate.summary import summarize

    draft = """# Self-assessment 2026: Bike Hire

I own bike hire for the city's riders.

- Late returns for riders fell from 1 in 6 hires to 1 in 20 after I added a return reminder.
- The marketing team wanted a loyalty scheme in twelve cities for the spring launch.
- I persuaded the depot team to move 40 docks to the three busiest stations.
"""
    receipts = " ".join(summarize(analyze(draft), "L6").receipts)
    assert "loyalty scheme in twelve cities" not in receipts
    assert "Late returns for riders fell" in receipts


# A growth section under a heading in other words asks for no evidence.

def _claims_under(heading: str) -> int:
    draft = f"""# Self-assessment 2026: Bike Hire

- Late returns for riders fell from 1 in 6 hires to 1 in 20 after I added a return reminder.

## {heading}

I still write long documents. I am asking my manager to review my next one before it goes out.
"""
    return sum(1 for item in analyze(draft).items if item.kind == "claim")


def test_growth_headings_in_other_words_ask_for_no_evidence():
    for heading in ("What I am still learning", "Where he must grow", "Where she still needs to grow",
                    "Things I want to improve", "Where I want to grow"):
        assert _claims_under(heading) == 1, heading


def test_a_story_heading_that_names_growth_stays_a_story():
    assert _claims_under("Growing the repair network") == 3


def test_the_drafted_retell_keeps_one_colon_after_the_level():
    from packetcoach.coach.sentences import suggested_retell

    draft = """# Self-assessment 2026: Bike Hire

- This year I changed what riders pay for: I replaced the per-minute fare with a day pass, and rides per
  rider rose from 3 to 5 a week.
"""
    said = suggested_retell(analyze(draft))
    assert said.count(":") == 1 and " — " in said
    timed = suggested_retell(analyze(draft.replace("a day pass", "a pass valid to 10:30 pm")))
    assert "10:30" in timed


def test_the_retell_offered_from_the_best_item_is_told_of_the_writer():
    from packetcoach.coach.sentences import named

    report = analyze("# Self-assessment 2026\n\n- Riders liked the new bike hire app.\n")
    said = named("[Name] already operates at L6: I read 300 support tickets and saw that riders lost "
                 "their hire codes: I added a code reminder.", report)
    # a one-line draft is read below L6: the offer argues the level (tests/test_coach36_round.py)
    assert said == ("The case for [Name] at L6: they read 300 support tickets and saw that riders lost "
                    "their hire codes — they added a code reminder.")
    blank = "[Name] already operates at L6: for [customer], [name] [decision], which moved [business measure] from [X] to [Y]."
    assert named(blank, report) == "The case for [Name] at L6: for [customer], [name] [decision], which moved [business measure] from [X] to [Y]."
