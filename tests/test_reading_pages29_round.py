"""The round of a measure's word read by its sense (docs/accuracy.md, "A measure's word read by its
sense: pager pages, a document's pages, a site's pages"). Text in our own words.

"pages" are the pager's, a system's measure, only with a sign of the pager in the item ("on-call",
"alerts", "pager") or a rate's words beside them ("a week", "per engineer"); a document's pages ("the
lease from 14 pages to 3") and a site's ("the listing pages") are no technical measure."""

from __future__ import annotations

from packetcoach import analyze


def _item(text: str):
    report = analyze(text, level="L6")
    return report.items[0]


def _technical(text: str) -> list[str]:
    return [m.text for m in _item(text).mentions if m.kind == "technical"]


def test_a_documents_pages_are_no_technical_measure() -> None:
    for text in (
        "Cut the tenancy lease from 14 pages to 3 by dropping clauses no landlord had used in a decade.",
        "Wrote up 45 pages of field notes from the depot visits for the routing team.",
        "I shortened the volunteer sign-up form from six pages to two.",
    ):
        assert "pages" not in _technical(text), text
        assert not _item(text).signals.technical_metric_only, text


def test_a_sites_pages_are_no_technical_measure() -> None:
    text = "Owned the florist marketplace roadmap and worked with design on the shop listing pages."
    assert "pages" not in _technical(text)


def test_the_pagers_pages_stay_a_technical_measure() -> None:
    for text in (
        "Cut pages for the checkout rota from 90 a week to 12 by removing duplicate checks.",
        "Lowered pages per week on the billing service from 50 to 11.",
        "Reduced pages from 60 a month to 9 by retuning alert thresholds on the order service.",
        "I took over the search team's on-call and halved its pages, from 40 to 20.",
    ):
        assert "pages" in _technical(text), text
        assert _item(text).signals.technical_metric_only, text


def test_a_model_metric_told_with_score_is_technical() -> None:
    text = "Translated 800K listing pages into Spanish with our own model at a BLEU score of 38."
    assert _item(text).signals.technical_metric_only
