"""The number of stories a document type asks for (`items_max`, SPEC 2.8): a draft that tells more
stories with a measured result than its type asks for hears it once, with the weakest named to cut
or merge; a type that asks for no number (the self-assessment) never does."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.profile.compile import rubric_for

RULE = "too-many-stories"

WINS = [
    "- Persuaded the finance lead to waive the setup fee for clinics under ten vets, raising clinic sign-ups from 40 to 95 a month.",
    "- Stopped the printed-catalogue project after a survey showed 3% of owners read it, and moved its budget to search.",
    "- Cut the time pet owners wait for a refill approval from 3 days to 6 hours by letting pharmacists approve repeats in the app.",
    "- Launched reminders for annual vaccines, lifting on-time boosters among dog owners from 58% to 74% in two quarters.",
    "- Chose a plain-text symptom checker over the chatbot the vendor pitched, cutting triage calls to the night line from 900 a week to 520.",
    "- Put the booking calendar on the first screen of the app, which raised completed first bookings from 31% to 47% of new owners.",
    "- Grew newsletter sign-ups 12% in Q2.",
    "- Moved grooming add-ons onto the booking page, raising add-on revenue per visit from $4 to $7 by autumn.",
    "- Brought the cat-food subscription to Ireland, where repeat orders reached 61% of first-time buyers within a quarter.",
]


def _draft(title: str, wins: list[str]) -> str:
    return f"# {title}\n\n" + "\n".join(wins) + "\n"


def _findings(text: str, doc_type: str):
    return [f for f in analyze(text, doc_type=doc_type).findings if f.name == RULE]


def test_the_profile_sets_a_number_only_where_the_spec_gives_one() -> None:
    types = rubric_for("amazon-pm").profile.table("doc_types")
    assert types["accomplishments"]["items_max"] == 5  # "3 to 5 accomplishments"
    assert types["promotion"]["items_max"] == 7  # "typically 5 to 7 success stories"
    assert "items_max" not in types["self-assessment"]  # the SPEC gives the narrative no number


def test_a_form_with_seven_stories_is_told_once_naming_the_weakest() -> None:
    found = _findings(_draft("Accomplishments 2026", WINS[:7]), "accomplishments")
    assert len(found) == 1
    finding = found[0]
    assert "asks for at most 5" in finding.message and finding.scope == "document"
    assert "strongest 5" in finding.suggestion
    # the bare claim with no decision is the weakest, quoted in the writer's own words
    assert "Grew newsletter sign-ups 12% in Q2" in finding.suggestion
    assert "(line 9)" in finding.suggestion
    # the strongest are never named to cut, nor the one story of a stop the room looks for
    assert "setup fee" not in finding.suggestion and "annual vaccines" not in finding.suggestion
    assert "printed-catalogue" not in finding.suggestion


def test_a_form_with_four_stories_is_quiet() -> None:
    assert not _findings(_draft("Accomplishments 2026", WINS[:4]), "accomplishments")


def test_a_promotion_document_with_nine_stories_is_measured_against_seven() -> None:
    found = _findings(_draft("Promotion case", WINS), "promotion")
    assert len(found) == 1 and "asks for at most 7" in found[0].message
    assert not _findings(_draft("Promotion case", WINS[:7]), "promotion")


def test_a_type_without_a_number_is_never_told() -> None:
    assert not _findings(_draft("Self-assessment", WINS), "self-assessment")


def test_the_opening_claim_and_the_misses_are_not_stories_the_form_counts() -> None:
    text = ("# Accomplishments 2026\n\nI already run clinic growth at L6: I raised clinic sign-ups from 40 to 95 a "
            "month and cut refill waits from 3 days to 6 hours.\n\n## Wins\n\n" + "\n".join(WINS[:5]) +
            "\n\n## Misses\n\n- I launched the loyalty points card to every clinic at once; redemptions stayed "
            "under 2% of visits, and I would pilot it with five clinics next time.\n")
    assert not _findings(text, "accomplishments")


def test_an_inline_comment_silences_it() -> None:
    text = "<!-- packetcoach: ignore too-many-stories -->\n\n" + _draft("Accomplishments 2026", WINS[:7])
    assert not _findings(text, "accomplishments")


def test_the_json_report_and_explain_show_it(cli, tmp_path) -> None:
    path = tmp_path / "form.md"
    path.write_text(_draft("Accomplishments 2026", WINS[:7]), encoding="utf-8")
    report = cli("check", str(path), "--doc-type", "accomplishments", "--format", "json", "--fail-on", "never").json()
    assert [f for f in report["findings"] if f["rule"] == "PC216" and f["name"] == RULE]
    explained = cli("explain", RULE)
    assert explained.code == 0 and "read as --doc-type accomplishments" in explained.out


def test_the_verdict_names_the_same_weakest_stories_where_cutting_them_gains() -> None:
    report = analyze(_draft("Accomplishments 2026", WINS), doc_type="accomplishments")
    finding = next(f for f in report.findings if f.name == RULE)
    changes = [c for c in report.verdict.top_changes if "cut the rest or merge them" in c.what]
    assert changes and changes[0].rules == (RULE,) and changes[0].gain > 0
    assert "Grew newsletter sign-ups 12% in Q2" in changes[0].what
    for line in changes[0].lines:
        assert f"(line {line})" in finding.suggestion
    assert "setup fee" not in changes[0].what
