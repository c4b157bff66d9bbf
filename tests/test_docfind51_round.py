"""nothing-initiated (PC206) stays silent beside a proposal the writer tells in words the initiated
list does not take as a start ("I suggested ...", "She proposed in early 2024 ...", "I championed
...", "... and proposed ...", "the feature I had championed", "I made the case to ..."), and still
fires where the proposal is someone else's or no proposal is told. lead-not-outcome (PC202) reads a
manager's introduction of the candidate's past as no career story framing the first claim; the
writer's own career story still frames it."""
from pathlib import Path

from packetcoach import analyze

HEAD = """# Self-assessment

- Cut the time garden-centre buyers wait for a delivery slot from 9 days to 3 by moving bookings online; repeat orders rose 14%.
"""


def _fires(extra: str, doc_type: str = "self-assessment", profile: str = "amazon-pm") -> bool:
    report = analyze(HEAD + extra + "\n", level="L6", doc_type=doc_type, profile=profile)
    return "PC206" in {finding.rule for finding in report.findings}


def test_the_draft_fires_with_no_start_told():
    assert _fires("- Ran the weekly stock review with the warehouse leads.")


def test_a_proposal_the_writer_tells_silences_it():
    for told in (
            "- The returns form had three pages. I suggested folding them into one, and the team agreed to try it.",
            "- In spring I championed a pay-later option for small nurseries, which is how they had always paid by phone.",
            "- I read the delivery logs, saw that Tuesday vans ran half empty and proposed a Tuesday discount for rural buyers.",
            "- I made the case to my director that we should replace the paper order book with a one-page web form.",
            "- I closed the seed-swap page I had championed once the data showed 40 visits a month.",
    ):
        assert not _fires(told), told


MANAGER = """# Promotion document: Maya Ortiz, Product Manager (L6)

Candidate: Maya Ortiz, PM (L5), Online Booking
Written by: Sam Reid, Director of Product

## Summary

Maya already operates at L6: she moved 4,000 rural buyers to online booking, and their repeat orders rose from 20% to 31%.

## Stories

{who} proposed in early 2025 a two-year plan to move rural buyers to online booking, and rural repeat orders rose from 20% to 31%.

She cut the delivery-slot wait for garden centres from 9 days to 3 by opening bookings online.

She ran the weekly stock review with the warehouse leads.
"""


def test_a_proposal_in_a_managers_draft_names_the_candidate():
    def fires(who: str) -> bool:
        report = analyze(MANAGER.format(who=who), level="L6", doc_type="promotion")
        return "PC206" in {finding.rule for finding in report.findings}
    assert not fires("She")
    assert fires("The finance director")


def test_someone_elses_proposal_or_a_push_leaves_it_firing():
    for told in (
            "- The finance director proposed a deposit for new accounts, and I wrote the page for it.",
            "- The design team had championed a loyalty card; I ran the survey on it.",
            "- When the regional leads asked for one national form, I argued for keeping the local forms.",
            "- I pushed for a courtesy campaign at the five busiest depots.",
    ):
        assert _fires(told), told


def test_a_profile_without_the_forms_reads_as_before(tmp_path: Path):
    path = tmp_path / "bare.toml"
    path.write_text('[profile]\nname = "bare"\nversion = "1"\nextends = "amazon-pm"\n\n[document]\nproposal_forms = []\n',
                    encoding="utf-8")
    assert _fires("- I championed a pay-later option for small nurseries.", profile=str(path))


LEAD = """# {title}: Lena Park, Product Manager (L5 to L6), School Meals

{byline}{past}

## Summary

{name} cut the time parents wait for a free-meals decision from 21 days to 2 across 140 schools, and 3,100 more children ate a free lunch this term.

{pronoun} ran the menu survey with the catering leads.

{pronoun} proposed a two-year plan to move meal payments online, and online payments rose from 30% to 72%.
"""


def _lead(**parts: str) -> tuple[bool, bool]:
    doc_type = "promotion" if parts["title"].startswith("Promotion") else "self-assessment"
    report = analyze(LEAD.format(**parts), level="L6", doc_type=doc_type)
    return report.reading.lead_is_outcome, "PC202" in {finding.rule for finding in report.findings}


def test_a_managers_introduction_of_the_candidates_past_frames_no_lead():
    lead, fired = _lead(title="Promotion document", byline="Written by Omar Haddad, Director of Product, School Meals.\n\n",
                        past="Lena joined my team two years ago from eight years as a primary-school teacher, and "
                             "she has been doing the L6 job since spring.", name="Lena", pronoun="She")
    assert lead and not fired


def test_the_writers_own_career_story_still_frames_the_first_claim():
    lead, fired = _lead(title="Self-assessment", byline="",
                        past="I came to product from eight years as a primary-school teacher, and I joined the school "
                             "meals team two years ago.", name="I", pronoun="I")
    assert not lead and fired
