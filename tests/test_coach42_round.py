"""The coach round on the report contradicting itself: the rehearsal does not ask "what did you
choose not to build?" of a draft that tells a stop its stopped list does not credit as the
writer's own call (a team's stop, or one under a heading that says its items are stops)."""
from packetcoach.api import analyze
from packetcoach.coach.rehearse import rehearse

SAID_NO = "choose not to build"

LISTINGS = """# Self-assessment: Tomas Reyes

## Listings
I found that 38% of listings had no size attribute. I proposed a required-attribute form; complete listings rose from 62% to 81%.

"""


def _asks_said_no(text: str, level: str = "L5") -> bool:
    report = analyze(text, level=level, doc_type="self-assessment")
    return any(SAID_NO in q.text for q in rehearse(report))


def test_a_team_stop_is_not_asked_for_again():
    text = LISTINGS + "## Other work\nWe retired the bulk-upload spreadsheet template in June: fewer than 4% of sellers used it.\n"
    assert not _asks_said_no(text)


def test_a_stop_under_a_stop_heading_is_not_asked_for_again():
    text = LISTINGS + "## What we stopped\nWe stopped the bulk-upload spreadsheet template in June: fewer than 4% of sellers used it.\n"
    assert not _asks_said_no(text)


def test_a_draft_with_no_stop_is_still_asked():
    assert _asks_said_no(LISTINGS + "## Other work\nI ran the seller survey in June and shared it with the team.\n")


def test_a_team_result_told_with_stopped_is_no_stop():
    text = LISTINGS + "## Other work\nWe stopped losing sellers in the first month: churn fell from 9% to 4%.\n"
    assert _asks_said_no(text)


def test_a_stop_under_a_heading_that_names_who_stopped_is_not_asked_for_again():
    text = LISTINGS + "## What the team stopped\nThe team retired the bulk-upload spreadsheet template in June, after fewer than 4% of sellers used it.\n"
    assert not _asks_said_no(text)
