"""The precision round on the per-sentence findings of the forty-seventh and forty-eighth blind sets
(docs/accuracy.md, "Precision of the per-sentence findings on the forty-seventh and forty-eighth
blind sets"). Text in our own words.

hedge (PC108): "tried to", "try to" ... told of a served party named after the writer's last subject
word ("watched tenants try to book a repair") is that party's struggle, not the writer's doubt
(`[wording]` `hedge_deeds`, `writers`). weasel-word (PC109): "how many" asks a question
(`weasel_questions`), and "most of" a stretch of time or of what follows ("spent most of March on
...", "most of what follows") is the time the writer gave, not a result a number belongs to
(`weasel_spans`, with `metrics.months` and `metrics.duration_units`). unexplained-acronym (PC111):
an acronym of three letters or more whose words, each of four letters or more, stand in a row in a
sentence before it ("a site reliability engineer ... As a former SRE") is spelled out
(`[thresholds]` `acronym_spelled_letters`, `acronym_word_letters`)."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.api import analyze_item
from packetcoach.profile.load import load_profile


def _rules(text: str) -> list[str]:
    return [f.rule for f in analyze(text).findings]


def _hedged(text: str) -> bool:
    item = analyze_item(text)
    return bool(item and item.signals and item.signals.hedge)


# hedge: the writer's own "tried to" still fires; a served party's struggle does not

def test_the_writers_own_attempt_is_still_a_hedge() -> None:
    for text in (
        "I tried to get the council to open the tip on Sundays, but it has not agreed yet.",
        "- Tried to move the ferry timetable change into spring, but it slipped to June.",
        "I showed Customer Obsession all year and tried to be more strategic in planning.",
        "Visited 12 allotment sites and met 80 plot holders to try to understand the waiting list.",
        "I try to give the warehouse team the first look at anything that changes what drivers see.",
    ):
        assert _hedged(text), text
        assert "PC108" in _rules(text), text


def test_a_served_partys_attempt_is_no_hedge() -> None:
    for text in (
        "I stood at the library desk for three Saturdays and watched parents try to renew a card; "
        "I cut the renewal form to one screen and renewals online rose from 30% to 55%.",
        "I proposed evening slots after the call data showed 1,900 callers in six weeks had tried to book "
        "after work and given up.",
        "I cut the checkout to one page after watching shoppers over 70 try to pay on a phone, and "
        "completed orders from them rose 25%.",
    ):
        assert not _hedged(text), text
        assert "PC108" not in _rules(text), text


# weasel-word: "how many" and a share of time are no weasel; "most of the customers" still is

def test_a_weasel_word_that_stands_for_a_number_still_fires() -> None:
    for text in (
        "We cut refunds for most of the customers who complained in March.",
        "I made many improvements to the parking permit flow.",
        "I moved most of the tenants on the repair list to the new contractor.",
    ):
        assert "PC109" in _rules(text), text


def test_a_question_or_a_share_of_time_is_no_weasel() -> None:
    for text in (
        "I did not count how many drivers had missed the turning, so I asked the depot for the logs.",
        "I spent most of March on the tenancy renewal screen and cut its steps from nine to four.",
        "Getting the depot to agree took most of 2025, and missed bins fell from 400 to 90 a month.",
        "I spent most of the first quarter learning how tenants report a repair.",
        "Most of what follows started on one of those depot visits.",
        "It took most of a quarter to convince the head of housing, and repairs now close in 6 days, not 11.",
    ):
        assert "PC109" not in _rules(text), text


# unexplained-acronym: the words met before, in a row, spell it out

def _acronyms(text: str) -> list[str]:
    return [f.message.split("'")[1] for f in analyze(text).findings if f.rule == "PC111"]


def test_an_acronym_whose_words_came_before_is_spelled_out() -> None:
    for text, word in (
        ("I came to product after five years as a site reliability engineer. As a former SRE I still read "
         "the outage log first.", "SRE"),
        ("In June the Chief Data Officer asked me for a cheaper route plan. The CDO approved the "
         "plan in July, and fuel costs fell 12%.", "CDO"),
    ):
        assert word not in _acronyms(text), text


def test_an_acronym_with_no_words_before_it_still_fires() -> None:
    for text, word in (
        # the words come only after the acronym
        ("The CDO approved the route plan in July. Our Chief Data Officer had asked for it.", "CDO"),
        # short words that happen to start with its letters spell nothing
        ("I came into the role in May. The CIA team reviewed the plan and fuel costs fell 12%.", "CIA"),
        # two letters match any two words, so a two-letter acronym is still asked about
        ("I joined after four years as a computer vision engineer. As a former CV engineer I built a model.",
         "CV"),
    ):
        assert word in _acronyms(text), text


def test_the_wording_table_and_thresholds_are_in_the_profile() -> None:
    profile = load_profile("amazon-pm")
    wording = profile.table("wording")
    assert "how" in wording["weasel_questions"]
    assert "tried to" in wording["hedge_deeds"]
    assert "i" in wording["writers"]
    assert profile.table("thresholds")["acronym_spelled_letters"] == 3
    assert profile.table("thresholds")["acronym_word_letters"] == 4
