"""Categories a twenty-sixth blind set showed (docs/accuracy.md, "The twenty-sixth blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

from packetcoach.api import analyze_item
from packetcoach.core.model import Item


def read(text: str) -> Item:
    item = analyze_item(text)
    assert item is not None and item.signals is not None, text
    return item


def test_a_counted_party_no_list_knows_that_used_the_work_is_a_result() -> None:
    results = [
        "I opened evening slots in the booking app, and 6,200 rowers used them in the first month.",
        "Launched the repair-request form; 430 glaziers adopted it within a quarter.",
        "I rebuilt the renewal page, and 1,900 beekeepers renewed online in May.",
    ]
    for text in results:
        item = read(text)
        assert item.signals.customer and item.signals.business_outcome and item.ready, text


def test_a_counted_party_that_did_not_act_for_the_business_is_no_result() -> None:
    not_results = [
        "I interviewed 40 rowers about the booking app before writing the spec.",
        "Only 12 glaziers used the old form, so I retired it.",
        "Sent the survey to 1,900 beekeepers who used the renewal page last spring.",
    ]
    for text in not_results:
        item = read(text)
        assert not item.signals.business_outcome, text


def test_a_present_verb_after_things_joined_by_and_is_the_sentence_s_verb() -> None:
    verbs = {
        "Five squads and a $4M platform budget sit under my roadmap for clinic scheduling.": "sit",
        "Two hospitals, 3,000 nurses and the county's rota line sit in my area.": "sit",
        "Three vendors and the payments team report into the billing plan I own.": "report",
    }
    for text, verb in verbs.items():
        item = read(text)
        assert (item.action.verb, item.action.verb_class) == (verb, "neutral"), text


def test_a_singular_subject_or_the_writer_s_own_verb_keeps_its_reading() -> None:
    assert read("The budget sit-down with finance moved to May.").action.verb != "sit"
    assert read("Squads and budgets aside, I cut the launch scope to two cities.").action.verb == "cut"
    assert read("Four squads and a $2M budget build from my roadmap.").action.verb is None  # engineering verbs stay unread


def test_a_deed_opened_by_somewhat_is_still_the_writer_s_own() -> None:
    for text in ("Somewhat improved the refund page for returning buyers, with maybe a 4% lift in refunds filed online.",
                 "Somewhat simplified the clinic intake form for new patients."):
        item = read(text)
        assert item.signals.own_action and item.signals.hedge and item.action.verb is not None, text


def test_somewhat_before_someone_else_s_verb_gives_the_writer_no_deed() -> None:
    for text in ("Somewhat surprisingly, churn among new renters fell 3% that spring.",
                 "Somewhat later than planned, the vendor shipped the new scanners."):
        assert not read(text).signals.own_action, text


def test_the_writer_s_i_inside_the_room_s_question_is_no_deed() -> None:
    for text in ("A reviewer may ask why I did not launch the loyalty tiers sales wanted.",
                 "You might ask whether I could have hired more drivers instead.",
                 "Some will say the lift came from the holiday season, not from anything I changed."):
        item = read(text)
        assert item.action.verb_class != "technical" and not item.signals.own_action, text


def test_the_answer_after_the_room_s_question_can_tell_the_writer_s_deed() -> None:
    for text in ("You may ask whether the drop was seasonal; I compared the two prior winters and it was not.",
                 "A reader may ask why we waited. I held the launch until the refund flow passed review."):
        assert read(text).signals.own_action, text


def test_what_sits_under_the_writer_s_roadmap_is_scope() -> None:
    for text in ("Three squads and a $5M budget sit under my roadmap for clinic scheduling.",
                 "Two teams sit under the roadmap I set for school transport."):
        item = read(text)
        assert item.kind == "scope" and not item.signals.activity_only, text


def test_a_deed_done_under_someone_s_roadmap_stays_a_claim() -> None:
    item = read("Cut refund time for tenants from 9 days to 2 under the roadmap the VP set.")
    assert item.kind == "claim"


def specialty(text: str) -> str | None:
    from packetcoach.evaluate.harness import item_specialty
    return item_specialty(read(text))


def test_a_service_the_engineering_verb_works_on_is_backend() -> None:
    for text in ("Rewrote the seat-map service so double bookings are refused at checkout.",
                 "We migrated the invoice matching service to the new platform over two sprints.",
                 "Refactored the ticket export service, cutting export time from 20 s to 3 s."):
        assert specialty(text) == "backend", text


def test_a_service_the_business_offers_or_a_product_verb_shows_no_specialty() -> None:
    for text in ("Launched a same-day repair service for 400 landlords.",
                 "Built a customer service playbook with the support leads.",
                 "Priced the new cleaning service at $40 a visit after 30 interviews.",
                 "Won the county's school meal service contract for 40,000 pupils."):
        assert specialty(text) is None, text
