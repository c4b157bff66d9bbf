"""Document fields on the forty-seventh and forty-eighth blind sets (p357-p372).

The supported level: the work meets a level's bar whether or not its stories are told well enough
to be ready. A draft with no ready claim still supports the level its own deeds show (a migration
the writer led, a feature scoped, a VP won over); one whose claims show no level's dimension, and
none ready, supports none."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.output.coachview import reading_lines

# Scope, a strategy under ambiguity and a VP won over, but every result told without the people it
# served: no claim names a customer, so none is ready; the work still reaches the level it shows.
WIDE_NO_READY = """# Self-assessment

## What I own

I own the spare-parts catalogue across five countries; six engineering teams build from my roadmap.

## Direction

When nobody could say whether the catalogue should stay a cost line, I wrote the three-year strategy
the division now plans on. I convinced the operations VP to fund it from the freight budget.

## Results

- I moved the catalogue to one price list, and margin rose from 8% to 12%.
- Stock write-offs fell from $3M to $1.9M a year.
"""

# A feature the writer scoped and a partner won over, with results told with no served party.
SCOPED_NO_READY = """# Self-assessment

## The booking feature

I scoped the new booking feature with two engineers and a designer, and negotiated the launch date
with the venue partners. Bookings rose from 1,200 to 1,900 a month.
"""

# Effort and results the writer did not own: no ready claim and no level's dimension.
EFFORT_ONLY = """# Self-assessment

- Held 25 interviews with landlords about renewals.
- Attended the weekly operations review.
- Renewals rose from 61% to 64% this year.
"""


def test_a_draft_with_no_ready_claim_supports_the_level_its_deeds_show() -> None:
    report = analyze(WIDE_NO_READY, level="L6")
    assert not any(item.ready for item in report.items)
    assert report.reading.supported_level == "L6"
    assert dict(reading_lines(report))["level L6"].endswith("the work described meets the L6 bar")


def test_a_feature_scoped_supports_the_first_level_without_a_ready_claim() -> None:
    report = analyze(SCOPED_NO_READY, level="L5")
    assert not any(item.ready for item in report.items)
    assert report.reading.supported_level == "L5"


def test_effort_and_unowned_results_support_no_level() -> None:
    report = analyze(EFFORT_ONLY, level="L5")
    assert not any(item.ready for item in report.items)
    assert report.reading.supported_level is None
    assert "meets no level's bar yet" in dict(reading_lines(report))["level L5"]


def test_the_level_is_the_same_from_a_session() -> None:
    session = Session(level="L6")
    for text in (WIDE_NO_READY, SCOPED_NO_READY, EFFORT_ONLY, WIDE_NO_READY):
        assert session.analyze(text).reading.supported_level == analyze(text, level="L6").reading.supported_level


# The engineering past named as a title on the role line, and an engineering field outside software.
ROLE_LINE = """# Self-assessment: Ana Ruiz

Role: Product Manager, L6. Former machine-learning engineer (four years on ranking models).

- I cut refund waits for 9,000 renters from 9 days to 2, and complaints fell 30%.
"""

PREVIOUS_ROLE = """# Self-assessment: Ana Ruiz

Product Manager, Donor Booking. Previous role: security engineer (five years, identity and access).

- I cut booking steps for 12,000 donors from six to three, and no-shows fell 18%.
"""

FIELD_BACKGROUND = """# Self-assessment

My robotics background came in useful once: I read the lane sensor logs myself and found the fault.
"""

# Someone else's past (an article before the title), and a role line with no engineering in it.
NOT_THE_WRITERS = """# Self-assessment: Ana Ruiz

Role: Product Manager, L6. Former teacher (six years in primary schools).

Tomas, a former data engineer on the payments team, built the export. My background in retail helped.
"""


def _mentions(text: str) -> list[str]:
    report = analyze(text)
    return [text[m.span.start:m.span.end] for m in report.reading.former_engineer_mentions]


def test_the_past_as_a_title_on_the_role_line_is_a_mention() -> None:
    assert _mentions(ROLE_LINE) == ["Former machine-learning engineer"]
    assert _mentions(PREVIOUS_ROLE) == ["Previous role: security engineer"]


def test_an_engineering_field_outside_software_named_as_a_background_is_a_mention() -> None:
    assert _mentions(FIELD_BACKGROUND) == ["My robotics background"]


def test_a_colleague_s_past_and_a_role_line_with_no_engineering_are_not() -> None:
    assert _mentions(NOT_THE_WRITERS) == []


# Objections pre-empted under a heading that asks the case's risk, or names its limits.
RISK_ASKED = """# Promotion to L6: Tom Wrona

## Why now

He moved 40,000 pass holders online, and renewals rose from 61% to 74%.

## What is the risk

**"The online gain is just the post-pandemic shift."** The towns that kept paper forms grew 3% in the same year.
"""

LIMITS_NAMED = """# Promotion to L5: Sam Whitlock

## Four results

- I cut the booking steps for 900 club members from six to two, and no-shows fell 40%.

## What I am not claiming

I did not grow the clubs: membership stayed flat, and the gain came from the members we already had.
"""

# A heading of results still to come, and the risks the writer took: no objections named.
NOT_LIMITS = """# Self-assessment

## Risks I took

- I moved the launch a month early, and sign-ups for 2,000 parents rose 12%.

## Results not yet in

The second pilot reports in March.
"""


def test_the_case_s_risk_asked_as_a_heading_is_an_objections_section() -> None:
    assert analyze(RISK_ASKED, doc_type="promotion").reading.objections_section


def test_the_limits_of_the_case_named_as_a_heading_are_an_objections_section() -> None:
    assert analyze(LIMITS_NAMED, level="L5", doc_type="promotion").reading.objections_section


def test_risks_taken_and_results_to_come_are_not() -> None:
    assert not analyze(NOT_LIMITS).reading.objections_section


# CI/CD told by its first half, beside a deploy count: infrastructure; a pipeline of data is not.
CI_PIPELINE = """# Self-assessment

- I set up the regression suite and the CI pipeline so every release is tested on three phones.
- Releases went from monthly to weekly with no failed deploys since June.
"""

SALES_PIPELINE = """# Self-assessment

- I rebuilt the sales pipeline review, and deals closed rose from 30 to 41 a quarter.
"""

# A computer vision engineer's past names the ML specialty beside a classifier, over a frontend page.
CV_PAST = """# Self-assessment

As a former CV engineer my first instinct was to build something: I trained an image classifier on
3,000 past orders, and it reached 72% top-3 accuracy.

I also rebuilt the cake designer page in React with lazy-loaded components.
"""


def test_a_ci_pipeline_beside_deploys_is_infrastructure() -> None:
    assert analyze(CI_PIPELINE).reading.specialty == "infrastructure"
    assert analyze(SALES_PIPELINE).reading.specialty is None


def test_a_computer_vision_past_names_ml() -> None:
    assert analyze(CV_PAST).reading.specialty == "ml"
