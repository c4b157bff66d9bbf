"""The round of measure words read by their other sense (docs/accuracy.md, "A measure word's other
sense: a funeral's and a council's services"). Text in our own words.

"services" on the technical lists are no system's measure when a sign of their other sense stands in
the item ("funeral", "cremation", "burial", "council"): a funeral home's services are its ceremonies; without such
a sign, "migrated 14 services to Kubernetes" stays a technical measure."""

from __future__ import annotations

from packetcoach import analyze


def _item(text: str):
    return analyze(text, level="L6").items[0]


def _technical(text: str) -> list[str]:
    return [m.text for m in _item(text).mentions if m.kind == "technical"]


def test_a_funerals_services_are_no_technical_measure() -> None:
    for text in (
        "Our new booking calendar let the funeral home hold 40 more services a month without overtime.",
        "Moved burial slots to a shared calendar, and services delayed past a week fell from 30 to 4.",
        "Gave the crematorium chapel a second slot each morning, so 18 services a month no longer waited.",
    ):
        assert not any("services" in m for m in _technical(text)), text
        assert not _item(text).signals.technical_metric_only, text


def test_a_councils_services_are_no_technical_measure() -> None:
    for text in (
        "Put 25 council services behind a single sign-in, and 9 services moved onto it by spring.",
        "Mapped which of the 60 services our county council runs still need a paper form.",
    ):
        assert not any("services" in m for m in _technical(text)), text


def test_softwares_services_stay_a_technical_measure() -> None:
    for text in (
        "Migrated 14 billing services from the old monolith to Kubernetes.",
        "We moved 12 payment services onto the new cloud account.",
    ):
        assert any("services" in m for m in _technical(text)), text
