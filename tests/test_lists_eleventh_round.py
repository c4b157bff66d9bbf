"""The ready and stopped lists, by category of wording found on the corpus packets that still missed
their lists after the tenth round; each category has small drafts of our own that should list an
item and drafts that should not."""

from __future__ import annotations

import pytest

from packetcoach import analyze


def one_bullet(bullet: str) -> str:
    return f"# Self-review\n\n- {bullet}\n"


def ready(draft: str) -> list[str]:
    return [item.text for item in analyze(draft).items if item.ready]


def stopped(draft: str) -> list[str]:
    report = analyze(draft)
    return [report.item(i).text for i in report.reading.stopped_items]


READY = [
    # people served named by who they are
    "Added a share-my-trip button to night rides; women's late-night bookings rose 28% in a quarter.",
    "Dropped the deposit for children under 10 at our pools, and children's season passes doubled from 900 to "
    "1,800.",
    "Cut the quote form from six pages to one after I pitched it, and brokers now place 40% of new policies "
    "through it, up from 12%.",
    # a party named in the possessive before its own thing
    "Rebuilt address change so it pre-fills from the shopper's account; completed changes rose from 61% to 88%.",
    "Let support restore a hijacked login in one call, and the time to restore a seller's account fell from 3 "
    "days to 5 hours.",
    # a proposal, or a plan overruled, and then a measure the writer moved
    "I proposed cutting the sign-up form to one page, and completion for new sellers rose from 40% to 61%.",
    "The COO overruled my first plan, so I reworked the pricing page for small shops and trial conversion rose "
    "18%.",
    # a served party told as a group, won anyway
    "Turned down a custom report for one prospective employer group, which would have cost two sprints; the "
    "employer group signed anyway on the standard plan, for $600K a year.",
]

NOT_READY = [
    # a category of sport named after its players serves no one
    "Moved the children's competition onto the new fixture tool, cutting setup from three days to one.",
    # what someone else proposed to change, or overruled the writer to protect
    "I argued that we should retire the legacy kiosk app for 30 large customers, but the COO overruled me to "
    "protect three renewals.",
    "When the finance director proposed cutting the free delivery slot for shoppers over 70 to save $2M, I made "
    "the case to the leadership team that the slot was our cheapest loyalty spend. The slot stayed.",
    # the group asked for something: no result
    "Turned down a custom report for one prospective employer group, which would have cost two sprints; the "
    "employer group then asked for a discount of $50K.",
]


@pytest.mark.parametrize("bullet", READY)
def test_ready(bullet: str) -> None:
    assert len(ready(one_bullet(bullet))) == 1


@pytest.mark.parametrize("bullet", NOT_READY)
def test_not_ready(bullet: str) -> None:
    assert ready(one_bullet(bullet)) == []


@pytest.mark.parametrize("bullet,party", [
    ("Coached the two analysts on my team until one of them took over pricing for the women's league.", False),
    ("Moved the customer account team onto one queue, and their handle time fell from 9 minutes to 6.", False),
    ("Cut the steps to close a customer's account from five to two.", True),
])
def test_a_party_word_before_a_thing(bullet: str, party: bool) -> None:
    assert (analyze(one_bullet(bullet)).items[0].persona is not None) is party


@pytest.mark.parametrize("text,kind", [
    ("If you are wondering why I skipped the bespoke dashboard: the retailer renewed anyway, for $150K, on the "
     "standard plan.", "objection"),
    ("If you're wondering why the pilot ran only in Leeds, the answer is cost: a second city would have taken $400K.",
     "objection"),
    ("I kept wondering why sellers left, so I read 300 exit surveys and cut the listing fee; seller churn fell 9%.",
     "claim"),
])
def test_an_objection_the_reader_is_wondering_about(text: str, kind: str) -> None:
    assert analyze(f"# Self-review\n\n{text}\n").items[0].kind == kind


STOP_HEADING = "# Self-review\n\n## {heading}\n\n{body}\n"


@pytest.mark.parametrize("heading", ["What I stopped doing", "3. Same-day delivery, stopped", "What I stopped"])
def test_the_writers_own_stop_headings_list_their_items(heading: str) -> None:
    draft = STOP_HEADING.format(heading=heading, body="- The courier pilot in two cities.")
    assert stopped(draft) == ["The courier pilot in two cities."]


def test_a_heading_that_tells_what_a_party_stopped_doing_is_no_stop_heading() -> None:
    body = ("I decided to replace the tablet's single beep with a full-screen alert. Missed orders across 800 "
            "restaurants fell from 3.4% to 0.9%.")
    assert stopped(STOP_HEADING.format(heading="1. Kitchens stopped missing orders", body=body)) == []


@pytest.mark.parametrize("bullet,stops", [
    # a stop verb in a finding about others
    ("I pitched same-day booking to the VP, with a model showing that small carriers turned down 1 in 3 of our "
     "offers because they came too late.", False),
    ("I wrote the case for pay-by-bank after finding that shoppers abandoned 12% of card checkouts.", False),
    # the writer's stop after a finding
    ("I showed the GM that the loyalty pilot was failing, and I shut it down in May.", True),
    ("Found that only 3% of members opened the digest, and killed it.", True),
])
def test_a_stop_after_a_finding(bullet: str, stops: bool) -> None:
    assert len(stopped(one_bullet(bullet))) == int(stops)
