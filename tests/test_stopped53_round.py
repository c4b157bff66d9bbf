"""A stop word told of other people is not the writer's stop: inside what the writer found or
showed ("... by showing that riders with two bikes abandoned the app"), however long its subject, or
after a relative word that is its own subject ("the three councils that said no"). The writer's own
stop after such a clause, and "found that we dropped it", stay stops; PC205 "nothing stopped" still
fires where the writer stopped nothing."""

from __future__ import annotations

import pytest

from packetcoach import analyze


def stopped(text: str, doc_type: str = "self-assessment") -> tuple[str, ...]:
    return analyze(text, level="L6", doc_type=doc_type).reading.stopped_items


OTHERS = [
    # a finding: the stop word's subject is someone the writer found out about
    "- Proposed weekly payouts for small growers and won the board over by showing that slow pay was the "
    "main reason growers with fewer than five hectares turned down our contracts. Grower retention rose from "
    "71% to 84% in a year.",
    "- Persuaded the council to fund evening slots by showing that most parents on late shifts with two or "
    "more children under five stopped using the booking page. Evening bookings rose from 40 to 310 a month.",
    # a relative word as the stop's own subject
    "- I wrote the case for one shared library card, took it to all nine district councils, and won seven of "
    "them by March. The two that said no joined in the autumn after seeing the first numbers.",
]

WRITERS = [
    "- Showed the board that I had stopped the paper renewals pilot in May because it cost $90K a year for "
    "40 renewals, and moved its budget to the online form.",
    "- I read 400 support tickets and found that we had dropped the reminder email in the last release; I "
    "killed the replacement banner the growth team was building and restored the email, and missed payments "
    "fell from 8% to 3%.",
    "- Killed the loyalty-points pilot after the data showed that members ignored it; its two engineers "
    "moved to the checkout rebuild.",
    "- Found that only 4% of tenants opened the monthly newsletter, and killed it; the $30K a year went to "
    "the repairs line.",
]


@pytest.mark.parametrize("text", OTHERS)
def test_a_stop_word_told_of_other_people_is_no_stop(text: str) -> None:
    assert stopped(text) == ()


@pytest.mark.parametrize("text", WRITERS)
def test_the_writers_own_stop_stays(text: str) -> None:
    assert len(stopped(text)) == 1


def test_nothing_stopped_still_fires_where_only_others_stopped() -> None:
    rep = analyze("\n".join(OTHERS), level="L6", doc_type="self-assessment")
    assert rep.reading.stopped_items == ()
    assert "PC205" in {f.rule for f in rep.findings}
