"""The ready list on the newest blind writers, by cause (docs/accuracy.md, "The ready list on the
sixty-third and sixty-fourth blind sets, by cause: more arrivals and remits told as claims"). Text in
our own words.

Two causes of false ready entries, each shared by four writers or more, are read further:

- the writer's arrival: a bullet that opens "Took over ..." or "Inherited ..." with its "I" unstated
  and the state found told in a later sentence, "I was hired ..." or "I was brought in ...", and "I
  came into the year with ..." tell the state the writer found, context when nothing after them is
  the writer's deed ("Took over the weekly review." alone is activity, as before);
- the writer's remit: a remit told on in the present perfect ("..., and since April I have also led
  ..."), or followed by the state found whose only "we" tells what had not happened yet ("... before
  we ever reached their house"), is scope.

A deed of the writer's after either ("and cleared ...", "and I cut ...") or a figure that moved keeps
the claim, ready when its signals say so."""

from __future__ import annotations

import pytest

from packetcoach import analyze

LEAD = "# My year on deliveries\n\n"


def _item(story: str):
    """The item that opens with the story's words, the story told as a bullet when it starts "- "."""
    report = analyze(LEAD + story)
    return next(item for item in report.items if item.text.startswith(story.removeprefix("- ")[:25]))


ARRIVALS = [
    # the bullet's opening verb, its "I" unstated
    "- Took over boiler servicing from Priya when she moved to the sales team. Boilers are serviced in "
    "homes across four counties, and a third of our complaints come from engineers who cannot get in.",
    "- Inherited the parcel-tracking inbox and its backlog of 900 unanswered emails. Shoppers wrote to it "
    "every week about missing deliveries.",
    # hired or brought in
    "I was hired in March to own renewal reminders for our 400 garages and their 1.2 million drivers, and "
    "to lift on-time renewals, which had sat at 58% for three years.",
    "I was brought in last spring to run the returns desk for 70 shops, where 14% of returns arrived "
    "without a receipt.",
    # the year the writer came into
    "I came into the year with a team of four engineers, a backlog of 250 bugs left by my predecessor, "
    "and a director who wanted the service to cost less. My first months went on learning the night "
    "routes and rewriting the backlog so that every bug named the driver it hurt.",
]


@pytest.mark.parametrize("story", ARRIVALS)
def test_an_arrival_told_by_these_forms_is_context_not_a_ready_claim(story: str) -> None:
    item = _item(story)
    assert item.kind == "context", story
    assert not item.ready, story


REMITS = [
    # the remit told on in the present perfect
    "I own repeat prescriptions for six surgeries serving about 9,000 patients a year, and since May I "
    "have also led the county prescribing plan that the two health boards signed in July.",
    # the state found, whose "we" tells what had not happened yet
    "I own the window-fitting programme across three regions, with 40 fitters and a £9M budget. When the "
    "year started, households who had paid a deposit waited ten weeks for a fitter, and a quarter of them "
    "cancelled before we ever reached their door. Everything below is about that wait.",
]


@pytest.mark.parametrize("story", REMITS)
def test_a_remit_told_on_or_with_the_state_found_is_scope_not_a_ready_claim(story: str) -> None:
    item = _item(story)
    assert item.kind == "scope", story
    assert not item.ready, story


STILL_CLAIMS = [
    # a deed after the taking over, sharing its unstated "I"
    "- Took over the refund queue for cancelled ferry tickets, which sat between finance and the port "
    "desks, and cleared a backlog of 2,300 refunds owed to passengers within four weeks.",
    # a result that moved
    "- Took over the booking flow after it had bounced between two teams for a year; campers now get a "
    "confirmation in one minute instead of two days, and complaints fell 40%.",
    # the writer acts after being hired
    "I was hired in March and I cut the wait for a replacement card for 30,000 members from 9 days to 2.",
    # the remit told on, then the writer's own deed
    "I own repeat prescriptions for six surgeries, and since May I have also led the county prescribing "
    "plan; I cut the wait for a repeat prescription for 9,000 patients from 5 days to 2.",
    # the state found, then the writer's "I" after "before" and later
    "I own the window-fitting programme across three regions, and before we changed anything I rode with "
    "the fitters for a week and cut the wait for 3,000 households from ten weeks to four.",
]


@pytest.mark.parametrize("story", STILL_CLAIMS)
def test_a_deed_or_a_moved_figure_after_them_keeps_the_claim(story: str) -> None:
    item = _item(story)
    assert item.kind == "claim", story


def test_the_forms_are_read_only_where_the_item_opens() -> None:
    """"took over" inside a sentence is the writer's deed, not an arrival."""
    story = ("After the launch I took over the support inbox from the agency and cut the reply time for "
             "4,000 sellers from two days to four hours.")
    item = _item(story)
    assert item.kind == "claim"
    assert item.ready


def test_taking_over_alone_in_its_sentence_is_activity_not_an_arrival() -> None:
    """With no state found told after it, "Took over ..." is the remit told as a deed: activity."""
    item = _item("- Took over the monthly supplier review for the bakery chain.")
    assert item.kind == "claim"
    assert item.signals.activity_only
    assert not item.ready


def test_a_state_is_no_arrival() -> None:
    """"I was new to ..." is how the writer stood, not a move: unchanged."""
    story = ("I was new to payments this year, and I cut failed card payments for 12,000 tenants from 6% "
             "to 2% by retrying at payday.")
    item = _item(story)
    assert item.kind == "claim"
    assert item.ready
