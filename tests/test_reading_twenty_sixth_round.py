"""A refusal or a stop told with the evidence that decided it is a complete story of judgement
(docs/accuracy.md, "Fixes from reading new drafts, a twenty-sixth round"; SPEC 2.11: a project the
writer stopped or chose not to build, with comparable weight). The verdict counts it beside the
stories with a measured result, in the evidence and among the complete stories, once at least one
story carries a measured result; a refusal told with no number, and a year told only in refusals,
are counted as before. Text in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.analysis.gap import judge_gap, verdict_data
from packetcoach.output.json import report_json

DRAFT = """# Self-assessment 2026: Tomasz, Product Manager, Ferry Tickets

## Summary

I own ticketing for our island ferries, the web shop and the kiosks at four harbours. This year I
launched one thing and said no to two requests from senior leaders, and I think the refusals
mattered as much as the launch.

## Season passes for islanders

Islanders paid full fare on every crossing, and many of them drove to the mainland instead. I
proposed a season pass and priced it against a year of their trips. {launch}

## The surge-pricing request

Our CEO asked for surge prices on summer weekends to match the airline on the same route. {first}

## The loyalty app

The head of marketing wanted a separate loyalty app with points for every crossing. {second}

## Other work

- Ran the weekly ticketing review with the harbour managers.
- Helped with hiring for the support team.
"""

MEASURED = ("I launched it in the spring: islanders' spend with us rose from $410 to $520 a year, and the share "
            "who also bought car tickets from us rose from 31% to 46%.")
UNMEASURED = ("I launched it in the spring, and islanders have started to buy it at the harbour kiosks as well "
              "as on the web shop.")
FIRST = ("I said no: 62% of weekend passengers are islanders going to work, and a surge price would have "
         "charged them most.")
SECOND = "I declined, because only 3% of passengers opened our existing app more than once a month."
FIRST_BARE = "I said no, and we kept the fixed fares for the summer."
SECOND_BARE = "I declined it after a long discussion with her team."


def _verdict(launch: str = MEASURED, first: str = FIRST, second: str = SECOND) -> dict:
    return report_json(analyze(DRAFT.format(launch=launch, first=first, second=second), level="L6"))["verdict"]


def test_refusals_told_with_their_evidence_count_as_stories_of_judgement() -> None:
    verdict = _verdict()
    assert verdict["gap"] != "evidence" and verdict["reading"] == "at"
    assert "needs at least" not in verdict["summary"]
    # the two refusals are asked for their case, not a result: no stories "without a result" (coach53)
    assert "1 of 3 stories carries a measured customer or business result, and 2 more the evidence for a stop " \
           "or a refusal" in verdict["reasons"][0]
    assert not any(change["kind"] == "add-evidence" for change in verdict["top_changes"])


def test_one_refusal_with_its_evidence_counts_once() -> None:
    verdict = _verdict(second=SECOND_BARE)
    assert verdict["gap"] == "evidence"
    assert "and 1 more the evidence for a stop or a refusal; the room needs at least 3" in verdict["summary"]


def test_refusals_told_with_no_number_are_no_evidence() -> None:
    verdict = _verdict(first=FIRST_BARE, second=SECOND_BARE)
    assert verdict["gap"] == "evidence" and verdict["reading"] == "below"
    assert "more the evidence for a stop" not in verdict["summary"]
    # the refusals told with no number are stops, asked for their case, not a result (coach53)
    assert "only 1 of 3 stories carries a measured customer or business result; the room needs at least 3" \
        in verdict["summary"]


def test_a_year_told_only_in_refusals_still_needs_a_result() -> None:
    text = DRAFT.format(launch=UNMEASURED, first=FIRST, second=SECOND)
    report = analyze(text, level="L6")
    assert len(report.reading.stopped_items) == 2  # both refusals read, with their evidence
    verdict = report_json(report)["verdict"]
    assert verdict["gap"] == "evidence" and "more the evidence for a stop" not in verdict["summary"]
    assert judge_gap(report).decided == frozenset()


def test_the_stories_credited_are_the_complete_and_the_judged() -> None:
    gap = judge_gap(analyze(DRAFT.format(launch=MEASURED, first=FIRST, second=SECOND), level="L6"))
    assert len(gap.credited()) == 3 and len(gap.judged_only()) == 2
    assert {story.title for story in gap.judged_only()} == {"The surge-pricing request", "The loyalty app"}


def test_every_new_wording_has_its_manager_form() -> None:
    reasons = verdict_data()["reasons"]
    for key in ("ready_decided", "few_complete_decided"):
        assert "{decided}" in reasons[key] and "{candidate}" in reasons[f"{key}_manager"]
    assert "{count}" in verdict_data()["checks"]["judged"]
    assert verdict_data()["thresholds"]["stops_need_results"] >= 1


def test_session_reports_the_same() -> None:
    for first, second in ((FIRST, SECOND), (FIRST_BARE, SECOND_BARE)):
        text = DRAFT.format(launch=MEASURED, first=first, second=second)
        session = Session(level="L6")
        session.analyze(text.replace("four harbours", "three harbours"))
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))


# A stop named in its heading or its bold run-in title ("## Stopping the crypto payouts project",
# "**Stopping an auto-denial rule.**"), told with a number of its evidence, is a stop, as a refusal
# named so is (the profile's `stops.stop_titles` beside `stops.refusal_titles`).

LOCKERS = """# Self-assessment 2026: Ana, Product Manager, Parcel Lockers

## Summary

I own the parcel locker network for our delivery business: 900 lockers in 40 towns, and the app
that opens them.

## Pickup codes by text message

Customers lost their pickup codes in email, and 11% of parcels went back to the depot unopened. I
moved the code into a text message sent when the parcel lands; parcels returned unopened fell from
11% to 4% in three months.

{story}

## Other work

- Ran the monthly locker review with the depot leads.
"""

TOLD_STOP = ("The previous team had built a locker reservation feature for the holidays. After the pilot only 2% "
             "of customers reserved a locker, and it would have needed two engineers all winter. The feature was "
             "taken out of the app in the autumn.")
NO_NUMBER = ("The previous team had built a locker reservation feature for the holidays. Customers did not use it "
             "much, and the feature was taken out of the app in the autumn.")


def _stopped(story: str) -> tuple[str, ...]:
    return analyze(LOCKERS.format(story=story), level="L5").reading.stopped_items


def test_a_stop_named_in_its_heading_or_title_is_read() -> None:
    assert len(_stopped(f"## Stopping the locker reservations\n\n{TOLD_STOP}")) == 1
    assert len(_stopped(f"**Stopping the locker reservations.** {TOLD_STOP}")) == 1
    assert len(_stopped(f"## Killing the locker reservations\n\n{TOLD_STOP}")) == 1


def test_no_stop_title_no_number_or_a_kind_of_deed_reads_no_stop() -> None:
    assert _stopped(f"## Locker reservations\n\n{TOLD_STOP}") == ()
    assert _stopped(f"## Stopping the locker reservations\n\n{NO_NUMBER}") == ()
    assert _stopped(f"## Stopping things\n\n{TOLD_STOP}") == ()


def test_a_stop_titled_and_told_by_its_verb_is_listed_once() -> None:
    story = ("## Killing the locker reservations\n\nThe previous team had built a locker reservation feature for "
             "the holidays, used by 2% of customers. I shut it down in the autumn and moved its two engineers to "
             "the pickup codes.")
    stopped = _stopped(story)
    assert len(stopped) == 1 and stopped[0].startswith("i-shut")


# The stronger shape of a refusal told after someone else's ask keeps the ask first and asks for no
# decision the item already tells ("I said no: ...", "I declined, because ..."); a story's bold
# run-in title stays on top of its shape, above the decision moved first.

def _rewrites(text: str, level: str = "L6") -> dict[str, str | None]:
    return {item["id"]: item["rewrite"] for item in report_json(analyze(text, level=level))["items"]}


def test_a_refusal_after_an_ask_is_its_decision_in_the_draft_order() -> None:
    rewrites = _rewrites(DRAFT.format(launch=MEASURED, first=FIRST, second=SECOND))
    for key, refusal in (("our-ceo-asked-for-surge", "I said no: 62%"), ("the-head-of-marketing-wanted", "I declined")):
        shape = rewrites[key]
        assert shape is not None and not shape.startswith("[Your decision")
        assert shape.index("asked for" if "ceo" in key else "wanted") < shape.index(refusal)


def test_an_item_with_no_call_of_the_writer_still_asks_for_one() -> None:
    rewrites = _rewrites(DRAFT.format(launch=MEASURED, first=FIRST, second=SECOND))
    assert rewrites["ran-the-weekly-ticketing-review"].startswith("[Your decision")
    assert rewrites["helped-with-hiring-for-the"].startswith("[Your decision")


TITLED = """# Self-assessment 2026: Ines, Product Manager, Garden Centres

## Stories

**The plants we stopped throwing away.** I decided to mark plants down after ten days instead of thirty, and {result}

**Delivery slots.** Customers waited at home all day for large orders. I proposed two-hour delivery
slots and launched them in four stores; missed deliveries fell from 12% to 5%.

**Loyalty cards.** I moved the loyalty card into the app, and app sign-ups rose from 8,000 to 21,000 a
month.
"""


def test_a_story_title_stays_on_top_of_its_shape() -> None:
    text = TITLED.format(result="the team liked the change.")
    shape = _rewrites(text)["the-plants-we-stopped-throwing"]
    assert shape.startswith("The plants we stopped throwing away. I decided to mark plants down")
