"""Drafts read as a coach would, an eleventh round: documents in two voices. Whose "I" a draft
tells is read per section where the draft says who speaks (a manager's section in the writer's own
document, the candidate's own words in a manager's, a co-written document that says its
first-person sections are the candidate's); a quotation of the candidate and a bullet told of
them ("- Leads ...") are not the writer's own acts; a sentence whose "I" is the manager's is not
offered to the room; and a finding is not quoted as the decision when the story tells the call.
Text that should and should not change the reading, in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.coach.sentences import room_sentences
from packetcoach.output.json import report_json
from packetcoach.profile.compile import rubric_for
from packetcoach.text.voice import draft_voice

RUBRIC = rubric_for("amazon-pm")

QUOTING_MANAGER = """# Promotion document: Omar Haddad, PM (L5 to L6), Pharmacy Delivery

Written by Julia Park, Director, Pharmacy.

## Why now

Omar owns same-day prescription delivery in six states. He already works at L6: he sets the
direction for three teams and he moved a metric the business runs on. He hired two PMs this year.
He runs the weekly delivery review. His roadmap is the one the other teams plan against.

## Missed deliveries

He found that most missed deliveries came from orders placed after 4 pm. He proposed a later
courier wave instead of a second warehouse shift, and missed deliveries fell from 7% to 2%.
He stopped the drone trial after two months: it reached 40 homes. His team moved to the late wave.

In his own words at the review: "I read every missed order for a month, because nobody believed
the cut-off was the problem. I showed the couriers the map and they agreed to the late wave."

## Scope

- Leads two PMs and works with 30 engineers.
- Represents pharmacy delivery in the monthly operations review.

## Summary

I support Omar's promotion. I have asked him to write shorter documents, and I would rather
he spent less time in the details.
"""

FIRST_PERSON_QUOTING = """# Self-assessment: Nia Brooks, PM, Returns

## Refund speed

I proposed refunding at the drop-off scan instead of at the warehouse, and refund wait fell from
9 days to 2. A customer wrote to us: "I got my money before I got home."

## Label printing

I decided to drop printed labels for a QR code at the counter; label complaints fell 40%.
My support lead said: "I have not seen a label ticket since May."
"""

MANAGER_SECTION = """# Self-assessment: Ines Duarte, PM (L5), Subscriptions

## Pause instead of cancel

I proposed a pause option for members about to cancel, and monthly cancellations fell from
6.1% to 4.3% in two quarters.

## Manager's comments

Ines had a strong year. She convinced the finance lead, who had refused twice, by showing
cancellation reasons by tenure, and she launched the pause in ten weeks.

I asked Ines to spend less time in sprint planning. I wrote the original cancel flow myself
years ago, so I know how easy it is to get pulled in.
"""

STORE_MANAGERS = """# Self-assessment: Ines Duarte, PM (L5), Store Tools

## Working with store managers

I asked the store managers which report they open first, and I cut the daily report from nine
pages to one; report questions to support fell from 300 a month to 40.
"""

OWN_WORDS = """# Promotion document: Lucia Ferrante, PM to Senior PM (L6)

Lucia owns checkout for the furniture marketplace. She leads checkout across three teams.
She stopped the gift-wrap add-on after 1% of buyers chose it. She hired two PMs this year.
Her roadmap is the one the payments team plans against.
She convinced the VP to show delivery dates on the product page; cart abandonment fell from
24% to 18%.

## In her own words

I proposed financing for orders over $1,000, and I negotiated a 3% fee with the lender.
Financed orders reached 12% of revenue in the first quarter.
"""

COWRITTEN = """# Promotion document: Aisha Kamara, PM (L5 to L6), Grocery Checkout

Written together by Aisha and her manager. Sections in the first person are Aisha's; the rest
is her manager's.

## Why Aisha is ready

Aisha owns checkout for the grocery app. She already works at L6: she sets the direction for
checkout across three teams.

## The delivery fee

I proposed showing the delivery fee on the first cart screen and convinced the finance director,
who expected orders to fall. Cart abandonment fell from 27% to 19%.

## Substitutions

She found in 40 customer calls that unwanted substitutions were the top complaint, and she
proposed letting customers pick a substitute in advance; substitution refunds fell 33%.
"""


def _item(report, words: str):
    return next(i for i in report.document.items if words in " ".join(i.text.split()))


def _own(report, words: str) -> bool:
    """Is the sentence with these words read as the writer's own deed?"""
    return any(i.signals is not None and i.signals.own_action and i.action.subject == "i"
               for i in report.document.items if words in " ".join(i.text.split()))


def test_a_manager_s_draft_that_quotes_the_candidate_is_read_in_the_third_person() -> None:
    assert draft_voice(QUOTING_MANAGER, RUBRIC) is not None
    report = analyze(QUOTING_MANAGER, level="L6")
    proposal = _item(report, "later courier wave")
    assert proposal.signals.own_action and proposal.action.subject == "i"


def test_a_first_person_draft_that_quotes_others_stays_first_person() -> None:
    assert draft_voice(FIRST_PERSON_QUOTING, RUBRIC) is None
    report = analyze(FIRST_PERSON_QUOTING, level="L6")
    assert _item(report, "drop-off scan").signals.own_action


def test_the_manager_s_section_credits_the_candidate_and_not_the_manager() -> None:
    report = analyze(MANAGER_SECTION, level="L6")
    assert report.document.voice is None  # the draft is the writer's own
    assert _item(report, "pause option").signals.own_action
    convinced = _item(report, "She convinced the finance lead")
    assert convinced.signals.own_action and convinced.action.subject == "i"
    assert not _own(report, "sprint planning") and not _own(report, "cancel flow myself")


def test_a_heading_that_only_mentions_managers_keeps_the_writer_s_voice() -> None:
    report = analyze(STORE_MANAGERS, level="L6")
    item = _item(report, "store managers which report")
    assert item.signals.own_action and item.action.subject == "i"


def test_the_candidate_s_own_words_in_a_manager_s_draft_are_theirs() -> None:
    assert draft_voice(OWN_WORDS, RUBRIC) is not None
    report = analyze(OWN_WORDS, level="L6")
    financing = _item(report, "financing for orders")
    assert financing.signals.own_action
    without = analyze(OWN_WORDS.replace("## In her own words", "## Financing"), level="L6")
    assert not _own(without, "financing for orders")  # "I" is the manager's there


def test_a_co_written_draft_reads_its_first_person_sections_as_the_candidate_s() -> None:
    report = analyze(COWRITTEN, level="L6")
    fee = _item(report, "delivery fee on the first cart")
    assert fee.signals.own_action and fee.action.subject == "i"
    assert _item(report, "She found in 40 customer calls").signals.own_action
    unsaid = COWRITTEN.replace("Written together by Aisha and her manager. Sections in the first person are Aisha's; "
                               "the rest\nis her manager's.\n\n", "")
    assert not _own(analyze(unsaid, level="L6"), "delivery fee on the first cart")


def test_a_sentence_whose_i_is_the_manager_s_is_not_offered_to_the_room() -> None:
    text = QUOTING_MANAGER.replace(
        "## Scope", "## The strike\n\nI agreed a shorter route plan with the couriers' union during the May strike; "
                    "late deliveries fell from 30% to 6% within a week.\n\n## Scope")
    said = [s.text for s in room_sentences(analyze(text, level="L6"))]
    assert said and not any(s.startswith("I ") or " I " in s for s in said)
    own = text.replace("I agreed a shorter", "He agreed a shorter")
    assert any("from 30% to 6%" in s.text for s in room_sentences(analyze(own, level="L6")))


def test_the_call_is_quoted_before_the_finding_that_led_to_it() -> None:
    text = ("## Late deliveries\n\nI found that most late orders were placed in the hour before the cut-off. "
            "I proposed closing that hour to new slots instead of hiring a night shift. "
            "Late deliveries fell from 11% to 4% in one quarter.\n")
    said = room_sentences(analyze(text, level="L6"))[0].text
    assert said.startswith("I proposed closing that hour") and "fell from 11% to 4%" in said
    alone = ("## Late deliveries\n\nI found that most late orders were placed in the hour before the cut-off, "
             "and late deliveries fell from 11% to 4% once the slots moved.\n")
    assert room_sentences(analyze(alone, level="L6"))[0].text.startswith("I found that")


def test_a_session_reads_two_voices_as_a_fresh_analysis_does() -> None:
    session = Session(level="L6")
    drafts = [MANAGER_SECTION, MANAGER_SECTION.replace("## Manager's comments", "## Manager's view"),
              MANAGER_SECTION.replace("## Manager's comments", "## More"), COWRITTEN, OWN_WORDS,
              QUOTING_MANAGER, COWRITTEN.replace("Sections in the first person", "Parts in the first person"),
              MANAGER_SECTION]
    for text in drafts:
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))


def test_a_measure_in_a_reason_told_with_a_number_is_no_result() -> None:
    reason = ("- I turned down a request from the sales VP to charge for the trial week, because the trial "
              "week brings in 35% of new subscribers; the trial stayed free.\n")
    assert not analyze(reason, level="L6").document.items[0].signals.business_outcome
    result = ("- I dropped the charge for the trial week because it confused people, and new subscribers "
              "rose 35%.\n")
    assert analyze(result, level="L6").document.items[0].signals.business_outcome


def test_a_template_or_checklist_people_follow_is_no_engineering_work() -> None:
    for said in ("- Built the launch review template that every team fills in before a test.\n",
                 "- The returns checklist we built is now used by the kiosk team, which cut their training "
                 "from 10 days to 4.\n",
                 "- I built the partner playbook for new regions; three regions used it in their launch.\n"):
        item = analyze(said, level="L6").document.items[0]
        assert item.action.verb_class == "neutral" and not item.signals.technical_lead, said
    for said in ("- Built the checklist engine that powers the seller app.\n",
                 "- Built the template service that renders every receipt email.\n",
                 "- The pricing service we built handles 3,000 quotes a day.\n"):
        assert analyze(said, level="L6").document.items[0].signals.technical_lead, said


def test_calibrate_names_the_writer_its_title_names_as_check_does() -> None:
    from packetcoach.calibrate import calibrate_reports

    text = ("# Self-assessment: Ren Ito, Product Manager (L6), Payments\n\n"
            "- I proposed one-tap refunds for buyers; refund contacts fell from 4,000 to 1,500 a month.\n"
            "- I stopped the wallet top-up bonus after 1% of buyers used it.\n")
    summary = calibrate_reports([analyze(text, level="L6", source="ren.md")], "L6").ranking[0].summary
    assert summary.name == "Ren" and summary.case.startswith("Ren ")
    untitled = text.replace("Self-assessment: Ren Ito, Product Manager (L6), Payments", "Payments: self-review")
    assert calibrate_reports([analyze(untitled, level="L6", source="me.md")], "L6").ranking[0].summary.name is None


def test_on_hold_is_a_stop_only_when_the_writer_put_something_there() -> None:
    for said in ("- I put the rewards launch on hold after the pilot reached 2% of members.\n",
                 "- I put it on hold after two months, when 3% of drivers used it.\n"):
        assert analyze(said, level="L6").reading.stopped_items, said
    for said in ("- I fixed the payout rule that kept $0.01 of every seller's balance on hold; 2,300 sellers "
                 "got $380K back.\n",
                 "- I added a callback option, and the time callers spent on hold fell from 40 minutes to 5.\n"):
        assert not analyze(said, level="L6").reading.stopped_items, said
