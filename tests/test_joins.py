"""A story told over several sentences of one paragraph is one item (analysis/joins.py)."""

from __future__ import annotations

from packetcoach import analyze

DECISION_THEN_RESULT = (
    "I pitched daily payouts for small landlords to the CFO in February, against a finance plan that kept "
    "weekly payouts until 2028. Finance agreed to a pilot in April. By November, 85,000 landlords were on "
    "daily payouts and payout-related churn had fallen from 9% to 5%.")


def items_of(paragraph: str):
    return analyze("# Self-assessment\n\n" + paragraph + "\n", level="L6").items


def test_a_decision_and_the_result_told_later_are_one_ready_item() -> None:
    items = items_of(DECISION_THEN_RESULT)
    assert len(items) == 1 and items[0].ready
    report = analyze("# Self-assessment\n\n" + DECISION_THEN_RESULT + "\n", level="L6")
    assert not any(f.name == "item-not-ready" for f in report.findings)


def test_a_story_with_its_result_does_not_take_in_the_next_one() -> None:
    text = ("I cut the landlord sign-up form from 17 fields to 5, and completed sign-ups rose from 41% to 63%. "
            "I convinced the risk director to drop the second ID check for returning landlords.")
    assert len(items_of(text)) == 2


def test_also_opens_another_story() -> None:
    text = ("I pitched daily payouts for small landlords to the CFO in February. I also retired the cheque "
            "flow, and payout complaints from landlords fell from 900 a month to 150.")
    assert len(items_of(text)) == 2


def test_background_does_not_open_a_story() -> None:
    text = ("My background as a developer meant I could step in on the release calls when the lead was out. "
            "We hit the ship date for all four retail partners.")
    assert not any("background" in i.text and "ship date" in i.text for i in items_of(text))


def test_a_joined_item_reads_the_same_through_a_session() -> None:
    from packetcoach import Session
    session = Session(level="L6")
    session.analyze("# Self-assessment\n\nI own payouts.\n")
    text = "# Self-assessment\n\n" + DECISION_THEN_RESULT + "\n"
    assert session.analyze(text).items == analyze(text, level="L6").items


def test_a_decision_whose_result_never_comes_stays_as_it_was_split() -> None:
    text = "I pitched daily payouts for small landlords to the CFO in February. We ran the pilot in April with 40 landlords."
    assert len(items_of(text)) == 2


def test_a_deed_the_writer_opens_with_takes_in_the_result_told_next() -> None:
    text = ("I went through the tracking logs myself when drivers in two northern depots started missing "
            "their pickup windows in October. Their handsets had moved to a carrier that dropped our push "
            "messages; I got the messaging vendor to reroute them, and missed pickups for those 300 drivers "
            "fell back to 2% within a month.")
    items = items_of(text)
    assert len(items) == 1 and items[0].ready


def test_an_engineering_deed_the_writer_opens_with_takes_in_its_result() -> None:
    text = ("I rebuilt the returns-label flow myself when the carrier changed its label format in May. "
            "Sellers had been reprinting labels by hand for weeks; I moved the 40 largest onto the new flow "
            "first, and label reprints for sellers fell from 12% to 2% by July.")
    items = items_of(text)
    assert len(items) == 1 and items[0].ready


def test_a_decision_with_an_unmeasured_result_takes_in_its_number() -> None:
    text = ("I convinced finance to refund customers at drop-off, which cut refund complaints. I then rolled "
            "the change out to every store in May, and refund complaints fell from 9,000 to 2,000 a month by July.")
    items = items_of(text)
    assert len(items) == 1 and items[0].ready
