"""Experiment results told with statistics: an interval after "CI", "confidence interval" or
"+/-" is the result's uncertainty, never a before-and-after; a result the draft says was not
significant is no proof, so it is never a sentence for the room or a receipt. Text that should and
should not change the reading, in our own words."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.analysis.misses import item_tells_a_miss
from packetcoach.coach.sentences import retell, room_sentences


def _ranges(text: str) -> list[str]:
    report = analyze(text, level="L6")
    return [m.text for item in report.document.items for m in item.metrics if m.detail == "range"]


def _room(text: str) -> list[str]:
    return [s.text for s in room_sentences(analyze(text, level="L6"))]


def test_an_interval_after_ci_is_no_before_and_after() -> None:
    assert _ranges("- I cut the checkout to one page; paid orders from buyers rose 3.1% "
                   "(90% CI 1.2% to 5.0%).\n") == []
    assert _ranges("- I moved the trial offer to day one; renewals by members rose 2 points "
                   "(CI: -0.5 to 4.5).\n") == []
    assert _ranges("- I priced the family plan at $15; subscriptions by families rose 8%, confidence "
                   "interval of 3% to 13%.\n") == []


def test_a_before_and_after_beside_an_interval_stays_one() -> None:
    assert _ranges("- I removed the fee for sellers; seller churn fell from 9% to 4% "
                   "(95% CI 3.1% to 4.9% for the new level).\n") == ["from 9% to 4%"]
    assert _ranges("- I cut the payout interval from 14 days to 7 for drivers, and complaints fell "
                   "from 300 to 90 a week.\n") == ["from 14 days to 7", "from 300 to 90"]


NOT_SIGNIFICANT = """# Self-assessment: Lena Brandt, PM (L6), Marketplace

## Search filters

- I proposed a price filter on the search page; clicks from buyers rose 12% (95% CI -3% to 27%). The
  lift was not significant, so I ran the test another three weeks. The second read showed orders from
  buyers up 6% (95% CI 2% to 10%), and I shipped it in May.

## Seller tips

- I decided to email sellers a weekly pricing tip; listings from sellers rose 4%, which was not
  statistically significant.
"""


def test_a_result_said_not_significant_is_no_sentence_for_the_room() -> None:
    room = " ".join(_room(NOT_SIGNIFICANT))
    assert "clicks from buyers rose 12%" not in room
    assert "listings from sellers rose 4%" not in room
    assert "orders from buyers up 6%" in room  # the story's next result, which was significant


def test_a_result_said_not_significant_is_no_receipt() -> None:
    report = analyze(NOT_SIGNIFICANT, level="L6")
    tips = next(i for i in report.document.items if "pricing tip" in i.text)
    assert item_tells_a_miss(tips, report.rubric)
    for words in ("inconclusive", "within the noise"):
        text = f"- I proposed a shorter form; sign-ups from shoppers rose 5%, but the test was {words}.\n"
        report = analyze(text, level="L6")
        assert item_tells_a_miss(report.document.items[0], report.rubric), words


def test_significance_words_that_do_not_void_the_result() -> None:
    room = " ".join(_room("- I proposed a one-page checkout; orders from shoppers rose 7% with no "
                          "significant drop in basket size.\n"))
    assert "orders from shoppers rose 7%" in room
    report = analyze("- I proposed a one-page checkout; orders from shoppers rose 7%. The effect on "
                     "returns, 0.4%, was not significant.\n", level="L6")
    assert "orders from shoppers rose 7%" in " ".join(s.text for s in room_sentences(report))


def test_a_retell_that_opens_with_a_participle_gets_no_they() -> None:
    text = ("# Self-assessment\n\nTaken together, the launches raised paid subscribers from merchants "
            "by 9% year over year, worth $2.4M in revenue.\n")
    said = retell(analyze(text, level="L6")) or ""
    assert "they taken" not in said
