"""The coach round on four new drafts of our own (docs/accuracy.md, "The retell offered beside a
verdict of below, stops in the plan's filter, and outcomes quoted by their result"). Text in our own
words.

- The retell offered from the reading's scaffold (a draft with no sentence for the room) is in the
  verdict's form, as the one built from the room's sentences already was: "The case for ... at L5"
  beside a verdict of below, never "already operates at L5"; the writer's "Based on the research,
  I wrote ..." becomes "based on the research, they wrote ...", never "they based ...".
- The plan's customer-outcome filter never asks to fix or cut a stop or a refusal told with its
  evidence (the verdict counts it as evidence), and names each line once.
- The verdict's "strongest outcomes fall outside the 90-second read" and the rehearsal's "Whose life
  is better because of ...?" quote the item's result, not its opening.
"""

from __future__ import annotations

from dataclasses import replace

from packetcoach import analyze
from packetcoach.coach.rehearse import rehearse
from packetcoach.coach.sentences import named, retell, suggested_retell
from packetcoach.plan.checklist import _filter_detail

WORDS = {"all_ready": "all ready", "with_draft": "{failing} of {claims} fail (lines {ids})"}

PLATFORM = """\
# Promotion document: Priya Raman, Senior Product Manager (L6)

## Summary

Priya owns the Seller Notifications Platform, the shared service that 23 internal teams use to send
email, push and SMS messages to sellers. Before she took it over, every team built its own sender,
and sellers got the same warning three times from three teams.

## Impact

**One inbox for sellers.** In Q1 Priya found that sellers received an average of 9 messages a day
from us and that 31% of them were duplicates sent by different teams about the same listing. She
wrote the proposal to route every seller message through the platform with a shared frequency cap,
and convinced the Payments and Catalog teams, the two largest senders, to move first. By Q3, 19 of
the 23 teams had moved, duplicate messages fell from 31% to 4%, and seller unsubscribe rates fell
by 22%.

**Onboarding a team in a day instead of a month.** Internal teams told her in interviews that
joining the platform took four to six weeks of integration work. Priya defined a self-service
template and a sandbox, and cut onboarding for new teams from 28 days to 1 day. The Advertising
team joined in an afternoon and launched its budget alerts the same week.

**Refactored the delivery pipeline.** Migrated the message queue from SQS to Kafka and rewrote the
retry logic, reducing p99 send latency from 1,200 ms to 300 ms and cutting infrastructure cost by
$410K a year.

**Stopped building a chat channel.** The Support team asked for in-app chat in the platform. Priya
ran the numbers: fewer than 2% of seller contacts would use it, and it would take two quarters of
the team's time. She said no, and the team spent that time on the frequency cap instead.

**Started a seller preference center.** Priya started the preference center so sellers can pick
which messages they get and on which channel. It launched in November to 40,000 sellers; 18% have
already changed a setting.

## Additional work

- Attended the weekly platform reviews with the partner teams and kept the roadmap page up to date.
- Supported the on-call rotation during the peak season.
- Mentored two new PMs on writing PRDs.

## Objections we expect

**"This is an engineering platform; where is the customer?"** The platform's customers are the 23
teams that use it, and through them the sellers. Seller unsubscribe rates fell by 22%.

**"Is the scope L6?"** Priya sets direction for a platform that four organizations depend on, and
she made the call on chat against a director's request.

## Growth areas

I think Priya could perhaps delegate more of the day-to-day partner questions to her engineers so
she can spend more time on the two-year strategy.
"""

INFLUENCE = """\
# 2025 Self-Assessment: Daniel Okafor, Principal Product Manager

## Overview

My job this year was less about what we shipped and more about what we persuaded others to do. The
most important results of my year are two decisions I changed: one by our two largest customers,
and one by our own finance team.

## Keeping our two largest customers

In March, Northwind Logistics and Harbor Freight Group, who together are 38% of our revenue, told us
they would not renew in 2026 unless we built a custom routing engine for each of them. Engineering
estimated 14 months of work for the two. I did not accept the request as given. I spent six weeks
with both companies' operations leads, mapped what they actually needed, and showed them that 80% of
it was the same and already in our roadmap. I persuaded both to sign three-year renewals on the
shared product instead, worth $46M in total contract value, with no custom build.

## Saying no to Finance with data

In Q2 Finance asked us to raise the price of the Standard tier by 15% across the board to meet the
margin target. I was asked to support it. I pulled two years of renewal data and showed that
customers under 50 seats churned at twice the rate after any price change, and that the increase
would cost more in lost renewals than it earned. I proposed a 9% increase for accounts over 200
seats only. The CFO accepted it. The revised plan met the margin target and small-account churn
stayed at 6%.

## Product work

- Worked with engineering on the migration of the rating service to the new cluster.
- Led the launch of route templates, which 1,200 customers now use every week.
- Ran the quarterly business reviews with our top 20 accounts.
- Drove alignment across Sales, Finance and Engineering on the 2026 plan.

## What I stopped and started

I stopped the custom-report program we had promised to six mid-size customers: it served 3% of
revenue and took a third of the analytics team. I started a customer advisory board of 12 accounts
that now reviews every major roadmap decision before we commit to it.

## Where I can grow

I may have been too slow to bring my director in on the Northwind renewal, and I want to get
better at escalating early. I also spend too much time in the details of engineering decisions,
which probably comes from my years as an engineer.

## Looking ahead

Next year I want to turn the advisory board into our main source of roadmap input.
"""

RESEARCH = """\
# Self-assessment: Grace Mensah, Product Manager II (2025)

I joined the Clinical Scheduling team in January after eight years as an ICU nurse. I know the
hospital floor well, and I have tried to bring that into how we build the scheduling tool for
nurses and charge nurses.

## Research

In my first quarter I shadowed charge nurses at four hospitals for two full shifts each. I found
that they build the next day's schedule on paper first and then copy it into our tool, because the
tool does not show which nurses are certified for which units. Nobody on the team knew this. I
wrote it up with photos of the paper schedules and shared it with the team and our director.

I interviewed 22 nurses about shift swaps. Most of them swap by text message and tell the charge
nurse afterwards, so the schedule in our tool is often wrong by the start of the shift.

## What we built

Based on the research, I wrote the requirements for showing certifications on the schedule grid.
The charge nurses I showed it to said it was the first time the tool matched how they think. We
launched it at the four pilot hospitals in June. The charge nurses at two of them have stopped
using paper.

I also wrote the requirements for in-app shift swaps, with the rule that a swap is only allowed
between nurses certified for the same unit. This was my idea, from my own time on the floor, where
an uncertified swap once left us without a pediatric-trained nurse for a night. It launched in
September.

## Other work

- Attended sprint planning and grooming every week and kept the backlog in order.
- Helped the engineers understand clinical terms like acuity and float pool.
- Worked on the API contract for the staffing data feed with the integrations team.

## Things I decided not to do

The sales team wanted a mobile app for nurses this year. I recommended we wait, because the nurses
I talked to mostly use the hospital's shared workstations during shifts, and we kept the team on
the schedule grid.

## What I want to improve

I know I need more numbers. I did not set up measurement before the launches, so I cannot yet say
how much time charge nurses save. I am not sure yet how to measure this in a hospital setting, but
I have started working with our analyst on a baseline.

## Next year

I want to roll the certification grid out to all 60 hospitals and measure schedule accuracy at the
start of each shift.
"""


def test_the_offer_from_the_scaffold_argues_the_level_beside_a_verdict_of_below() -> None:
    report = analyze(RESEARCH, level="L5")
    assert report.verdict.reading == "below", report.verdict.summary
    assert retell(report) is None  # no sentence for the room: the offer is the reading's scaffold
    offered = suggested_retell(report)
    assert offered == ("The case for Grace Mensah at L5: based on the research, they wrote the requirements "
                       "for showing certifications on the schedule grid."), offered


def test_the_offer_from_the_scaffold_keeps_already_operates_with_no_verdict_against_it() -> None:
    report = replace(analyze(RESEARCH, level="L5"), judge=None)  # no verdict: nothing to contradict
    offered = named(report.reading.retell_scaffold, report)
    assert offered.startswith("Grace Mensah already operates at L5: based on the research, they wrote"), offered


def test_the_blank_offer_argues_the_level_beside_a_verdict_of_below() -> None:
    report = analyze("# Self-assessment 2026\n\n- Riders liked the new bike hire app.\n")
    blank = "[Name] already operates at L6: for [customer], [name] [decision], which moved [business measure] from [X] to [Y]."
    assert named(blank, report).startswith("The case for [Name] at L6: for [customer], [name] [decision]")


def test_a_verb_first_bullet_in_the_offer_still_gets_its_they() -> None:
    report = analyze("# Self-assessment 2026\n\n- Riders liked the new bike hire app.\n")
    said = named("[Name] already operates at L6: Negotiated a callout guarantee for 85 tower blocks.", report)
    assert said == "The case for [Name] at L6: they negotiated a callout guarantee for 85 tower blocks.", said


def test_the_plans_filter_leaves_a_stop_told_with_its_evidence_out() -> None:
    report = analyze(PLATFORM, level="L6", doc_type="promotion")
    chat = next(i for i in report.items if "chat channel" in report.text[i.start:i.end])
    assert not chat.ready and chat.id in report.reading.stopped_items  # the refusal, told with its 2%
    detail, _ = _filter_detail(report, WORDS)
    lines = detail.split("(lines ")[1]
    assert " 27," not in f" {lines}" and "27)" not in lines, detail
    assert "37, 38, 39" in lines, detail  # the effort bullets are still named


def test_the_plans_filter_names_each_line_once() -> None:
    report = analyze(INFLUENCE, level="L7")
    detail, _ = _filter_detail(report, WORDS)
    lines = detail.split("(lines ")[1].rstrip(")").split(", ")
    assert lines[0] == "5" and lines.count("5") == 1, detail  # two items open on line 5
    assert detail.startswith("6 of "), detail  # still counted as two items


def test_outcomes_outside_the_skim_are_quoted_by_their_result() -> None:
    report = analyze(INFLUENCE, level="L7")
    reason = next(r for r in report.verdict.reasons if "90-second read" in r)
    assert "I persuaded both to sign three-year renewals" in reason, reason
    assert "I did not accept the request as given" not in reason, reason


LABELS = """\
# Self-assessment 2026

## Impact

- I proposed moving the depot's van loading to the evening shift after the first trial stalled in the mornings, and I ran it at two depots for six weeks, and late departures fell from 22% to 6% of routes.
- I proposed a shared return label for the three warehouse teams after the audit; lost parcels fell from 900 to 240 a month.
"""


def test_whose_life_is_better_quotes_the_result() -> None:
    asked = [q for q in rehearse(analyze(LABELS)) if q.kind == "no-customer"]
    assert [q.text for q in asked] == [
        'Whose life is better because of "…lost parcels fell from 900 to 240 a month"? Name them and say how many.']
    assert asked[0].quote.startswith("I proposed a shared return label")  # "about line ..." still points at the item


def test_whose_life_is_better_keeps_a_sentence_whose_result_fits_the_quote() -> None:
    report = analyze(PLATFORM, level="L6", doc_type="promotion")
    asked = [q for q in rehearse(report) if q.kind == "no-customer"]
    assert asked and asked[0].text.startswith('Whose life is better because of "Migrated the message queue'), asked
