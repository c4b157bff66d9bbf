"""The coach round on four drafts of our own (docs/accuracy.md, "The retell beside a verdict of
below, and the writer's part told beside the team's result"). Text in our own words.

- The retell a manager repeats never says "already operates at L6" beside a verdict that reads the
  draft below L6 (or cannot judge it yet): there it argues the level, "The case for [Name] at L6: ...".
- A result told as the team's, in a paragraph that also tells the writer's own part ("The team
  launched ... My part was ..."), is not asked "Say what you decided yourself": the rehearsal asks
  what share of the result that part moved.
- The scope question never asks "what changed beyond your own team" where a ready story already
  shows influence and direction under ambiguity is what the level still lacks: it asks for that
  direction.
"""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.coach.rehearse import rehearse
from packetcoach.coach.sentences import retell
from packetcoach.plan.build import make_plan

BELOW = """\
# Self-assessment 2026 - Ruth Adeyemi, Product Manager

I joined the ordering team in January as its product manager. The team is five engineers and a designer, and we build the screens bakeries use to order flour, butter and packaging from our warehouses each week. Most of our bakeries are small family businesses that order by phone, and the year was mostly about moving them online without losing the personal service they value.

## My year

- Moved 900 bakeries from phone orders to the web ordering screens, and phone orders fell from 70% to 35% of all orders by December.
- Wrote the requirements for the invoice page and agreed its fields with the finance team.

- Attended 30 customer calls with bakery owners to understand their ordering habits.
- Ran weekly syncs with the warehouse team and wrote the notes for each one.
- I proposed a standing order for bakeries, and bakery owners who used it saved 40 minutes a week; repeat orders rose from 31% to 44%.
- Helped the sales team with their quarterly planning and reviewed their forecasts every month.
- Worked closely with engineering on the new ordering screens and joined every sprint review.
- Organised two workshops with the finance team on how we invoice bakeries at the end of the month.
- Supported the launch of the delivery tracking page for the 2,400 bakeries we serve.

## Next year

- Take on the delivery slots roadmap and learn more about how our warehouses plan routes.
"""

AT = """\
# Self-assessment 2026 - Ruth Adeyemi, Senior Product Manager

I own ordering for the 2,400 independent bakeries that buy flour and supplies from us, across three engineering teams.

- I proposed a standing order for bakeries after reading 600 support tickets, and convinced the sales director to drop the phone order desk for it; bakery owners now order in 2 minutes instead of 15, and repeat orders rose from 31% to 44%, worth $3.1M a year.
- I decided to stop the loyalty points pilot after 8 weeks, when only 3% of bakeries redeemed points, and moved its two engineers to delivery slots; late deliveries fell from 12% to 5% for 2,400 bakeries.
- I negotiated a shared delivery route with the dairy team's director, which cut delivery cost per order from $9 to $6 for bakery customers, saving $1.4M a year, and the dairy and frozen teams now plan routes together.
- I set the two-year strategy for bakery ordering that our VP adopted, and three other teams now build on the order API: small bakeries' first-order rate rose from 40% to 58%.
"""

TEAM = """\
# Self-assessment 2026 - Ruth Adeyemi, Senior Product Manager

I lead product for ordering at a flour and supplies wholesaler that serves 2,400 independent bakeries.

**Standing orders.** The team launched standing orders for bakeries, and repeat orders rose from 31% to 44%, worth $3.1M a year. I chose the weekly default and the three products it starts with.

**Delivery slots.** The team rebuilt delivery slot booking, and late deliveries fell from 12% to 5%, saving $1.4M a year.

**Invoices.** We moved invoices online and disputed invoices fell from 9% to 4%, saving $600K a year in credit notes. I negotiated the invoice format with the finance director.

**Loyalty.** I stopped the loyalty points pilot after 8 weeks, when only 3% of bakeries redeemed points, and moved its two engineers to delivery slots.
"""


def test_a_draft_read_below_its_level_gets_the_case_for_the_level_not_already_operates() -> None:
    report = analyze(BELOW, level="L6")
    assert report.verdict.reading == "below", report.verdict.summary
    told = retell(report)
    assert told.startswith("The case for Ruth Adeyemi at L6: they proposed a standing order"), told
    assert "already operates" not in told


def test_a_draft_read_at_its_level_keeps_already_operates() -> None:
    report = analyze(AT, level="L6")
    assert report.verdict.reading == "at", report.verdict.summary
    assert retell(report).startswith("Ruth Adeyemi already operates at L6: they proposed a standing order")


def test_the_plan_offers_the_same_retell_as_check() -> None:
    from packetcoach.coach.sentences import suggested_retell  # noqa: PLC0415

    report = analyze(BELOW, level="L6")
    assert suggested_retell(report).startswith("The case for Ruth Adeyemi at L6: ")


def _own_part(report):
    return {q.line: q for q in rehearse(report) if q.kind == "own-part"}


def test_a_team_result_beside_the_writers_part_asks_the_share_it_moved() -> None:
    asked = _own_part(analyze(TEAM, level="L6"))
    told = asked[5]  # "The team launched standing orders ... I chose the weekly default ..."
    assert told.text.startswith('"repeat orders rose from 31% to 44%" is told as the team\'s, beside your part.'), told.text
    assert "Say what you decided yourself" not in told.text
    assert "share the writer's decision moved" in told.why


def test_a_team_result_with_no_part_of_the_writers_still_asks_what_they_decided() -> None:
    asked = _own_part(analyze(TEAM, level="L6"))
    plain = asked[7]  # "The team rebuilt delivery slot booking ..." and nothing of the writer's
    assert plain.text.startswith('Whose decision moved "late deliveries fell from 12% to 5%"? Say what you decided yourself'), plain.text


def test_a_managers_draft_asks_the_share_in_the_candidates_name() -> None:
    text = TEAM.replace("# Self-assessment 2026 - Ruth Adeyemi, Senior Product Manager",
                        "# Promotion nomination: Ruth Adeyemi (written by her manager)")
    text = text.replace("I lead product", "Ruth leads product").replace("I chose the weekly default", "Ruth chose the weekly default")
    text = text.replace("I negotiated", "Ruth negotiated").replace("I stopped", "Ruth stopped")
    asked = _own_part(analyze(text, level="L6", doc_type="promotion"))
    assert asked[5].text.startswith('"repeat orders rose from 31% to 44%" is told as the team\'s, beside Ruth\'s part. '
                                    'How much of it came from what Ruth decided'), asked[5].text
    assert asked[7].text.startswith('Whose decision moved "late deliveries fell from 12% to 5%"? Say what Ruth decided'), asked[7].text


SALES = """\
# Self-Assessment 2025 - Marcus Bell, Product Manager (L5), Seller Onboarding

## Overview

I joined product management this year after five years as an account executive selling to mid-size sellers, so I came in knowing our customers better than I knew our process. I own the onboarding flow for new third-party sellers, from sign-up to the first live listing. I think my biggest strength this year was bringing the seller's voice into every decision.

## What I delivered

- Redesigned the seller sign-up flow around the three questions sellers asked most on my sales calls. Completion of sign-up rose from 54% to 67% and the time to the first live listing fell from 9 days to 5 days.
- Worked with the top 30 new sellers personally through their first month. Several of them told us it was the best onboarding they had seen from any marketplace, and a few grew faster than we expected.
- Launched the bulk listing template for sellers with more than 500 products, which sellers had been asking for for two years. It was very well received.
- Reduced onboarding support contacts by 28% by rewriting the help pages for the document verification step.
- Closed the gap with the Payments team on seller bank verification, which had been blocking a lot of sellers in Q2.
- Attended 40 seller calls and 12 industry events to stay close to the customer.

## How I work

I spend about a day a week talking to sellers, and I bring their words into our reviews. When engineering wanted to cut the bulk template from the Q3 plan, I brought three seller recordings to the planning meeting and we kept it. I am still learning how to write PRDs at the level my peers do, and I have leaned on my manager for feedback on every one.

## What I stopped

I stopped the plan to build a custom onboarding dashboard for our largest sellers, because when I asked them, they preferred a weekly email with the same numbers. The team used the six weeks on the bulk template instead.

## What I started

I started a monthly seller panel of 8 new sellers who review our designs before we build them. The panel has already changed two designs.

## Goals for next year

- Put numbers on the seller outcomes I track by hand today, starting with revenue in the first 90 days.
- Own the onboarding roadmap for the European marketplaces.
- Write PRDs that pass review without a second round.
"""


def _scope(report):
    return [q for q in rehearse(report) if q.kind == "scope"]


def test_influence_shown_on_a_ready_story_is_not_asked_for_again() -> None:
    report = analyze(SALES, level="L5")
    evidence = report.reading.level_evidence["L5"]
    assert evidence["influence"] and not evidence["ambiguity"]
    (question,) = _scope(report)
    assert question.text.startswith('In "Redesigned the seller sign-up flow'), question.text
    assert "what was still undecided when you started" in question.text
    assert "beyond your own team" not in question.text


def test_with_no_influence_shown_the_scope_question_still_asks_beyond_the_team() -> None:
    (question,) = _scope(analyze(BELOW, level="L6"))
    assert question.text.startswith("What changed beyond your own team because of"), question.text
