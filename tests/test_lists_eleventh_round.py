"""The ready and stopped lists, by category of wording found on the packets that still missed their
lists after the tenth round; each category has a small draft of our own that should list an item and
one that should not."""

from __future__ import annotations

from packetcoach import analyze


def ready(draft: str) -> list[str]:
    report = analyze(draft)
    return [item.text for item in report.items if item.ready]


def one_bullet(bullet: str) -> str:
    return f"# Self-review\n\n- {bullet}\n"


def test_people_served_named_by_who_they_are() -> None:
    for bullet in ("Added a share-my-trip button to night rides; women's late-night bookings rose 28% in a quarter.",
                   "Dropped the deposit for children under 10 at our pools, and children's season passes doubled "
                   "from 900 to 1,800.",
                   "Cut the quote form from six pages to one after I pitched it, and brokers now place 40% of new "
                   "policies through it, up from 12%."):
        assert len(ready(one_bullet(bullet))) == 1, bullet


def test_a_category_of_sport_named_after_its_players_serves_no_one() -> None:
    item = analyze(one_bullet("Coached the two analysts on my team until one of them took over pricing for the "
                              "women's league.")).items[0]
    assert not item.signals.customer
    assert not ready(one_bullet("Moved the children's competition onto the new fixture tool, cutting setup from "
                                "three days to one."))


def test_what_someone_else_proposed_or_overruled_for_is_no_result() -> None:
    for bullet in ("I argued that we should retire the legacy kiosk app for 30 large customers, but the COO "
                   "overruled me to protect three renewals.",
                   "When the finance director proposed cutting the free delivery slot for shoppers over 70 to save "
                   "$2M, I made the case to the leadership team that the slot was our cheapest loyalty spend. The "
                   "slot stayed."):
        assert ready(one_bullet(bullet)) == [], bullet


def test_a_proposal_that_then_moved_a_measure_is_still_a_result() -> None:
    for bullet in ("I proposed cutting the sign-up form to one page, and completion for new sellers rose from 40% "
                   "to 61%.",
                   "The COO overruled my first plan, so I reworked the pricing page for small shops and trial "
                   "conversion rose 18%."):
        assert len(ready(one_bullet(bullet))) == 1, bullet


def test_a_party_named_in_the_possessive_is_the_party_whatever_follows() -> None:
    for bullet in ("Rebuilt address change so it pre-fills from the shopper's account; completed changes rose from "
                   "61% to 88%.",
                   "Let support restore a hijacked login in one call, and the time to restore a seller's account "
                   "fell from 3 days to 5 hours."):
        assert len(ready(one_bullet(bullet))) == 1, bullet


def test_a_party_word_before_a_thing_without_the_possessive_is_the_thing() -> None:
    item = analyze(one_bullet("Moved the customer account team onto one queue, and their handle time fell from 9 "
                              "minutes to 6.")).items[0]
    assert item.persona is None


def stopped(draft: str) -> list[str]:
    report = analyze(draft)
    return [report.item(i).text for i in report.reading.stopped_items]


def test_a_heading_that_tells_what_a_party_stopped_doing_is_no_stop_heading() -> None:
    draft = ("# Self-review\n\n## 1. Kitchens stopped missing orders\n\nI decided to replace the tablet's single "
             "beep with a full-screen alert. Missed orders across 800 restaurants fell from 3.4% to 0.9%.\n")
    assert stopped(draft) == []


def test_the_writers_own_stop_headings_still_list_their_items() -> None:
    for heading in ("What I stopped doing", "3. Same-day delivery, stopped", "What I stopped"):
        draft = f"# Self-review\n\n## {heading}\n\n- The courier pilot in two cities.\n"
        assert stopped(draft) == ["The courier pilot in two cities."], heading


def test_a_stop_verb_in_a_finding_about_others_is_no_stop() -> None:
    for bullet in ("I pitched same-day booking to the VP, with a model showing that small carriers turned down 1 in 3 "
                   "of our offers because they came too late.",
                   "I wrote the case for pay-by-bank after finding that shoppers abandoned 12% of card checkouts."):
        assert stopped(one_bullet(bullet)) == [], bullet


def test_the_writers_stop_after_a_finding_still_counts() -> None:
    for bullet in ("I showed the GM that the loyalty pilot was failing, and I shut it down in May.",
                   "Found that only 3% of members opened the digest, and killed it."):
        assert len(stopped(one_bullet(bullet))) == 1, bullet
