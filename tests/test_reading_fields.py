"""The room's reading of the whole draft, category by category: lead, skim, retell, initiated and
stopped by the writer's own headings, and an objections section (analysis/packet.py)."""

from __future__ import annotations

from packetcoach import analyze

OUTCOME = "Convinced the risk director to drop the second ID check for returning landlords, lifting renewal completion from 64% to 81%."


def test_retell_is_found_when_the_writer_claims_the_level() -> None:
    text = ("# Self-assessment\n\nI already operate at L6: this year I moved 30,000 landlords to monthly "
            "payouts against finance's first advice.\n\n- " + OUTCOME + "\n")
    reading = analyze(text).reading
    assert reading.retell and reading.retell.startswith("I already operate at L6")
    assert not any(f.name == "no-retell-sentence" for f in analyze(text).findings)


def test_a_level_claimed_in_the_writer_s_voice_whose_proof_names_their_plan_is_a_retell() -> None:
    """"I am operating at L7: my plan ..." has no deed of the writer's after the colon, but the writer
    claims the level and proves it in one sentence: what a manager repeats."""
    text = ("# Self-assessment\n\nI am operating at L7: my five-year plan is now the company's plan, and its "
            "first move took $40 off the bills of 140,000 households.\n\n- " + OUTCOME + "\n")
    reading = analyze(text, level="L7").reading
    assert reading.retell and reading.retell.startswith("I am operating at L7")
    told = ("# Self-assessment\n\nShe is operating at L7: her five-year plan is now the company's plan, and its "
            "first move took $40 off the bills of 140,000 households.\n\n- " + OUTCOME + "\n")
    assert analyze(told, level="L7").reading.retell is None  # someone else's level: not the writer's claim


def test_a_hedged_level_claim_is_not_a_retell() -> None:
    text = "# Self-assessment\n\nI think I am maybe ready for L6 after moving 30,000 landlords to monthly payouts.\n"
    assert analyze(text).reading.retell is None


def test_the_opening_paragraph_is_read_whole_in_the_skim() -> None:
    text = ("# Self-assessment\n\nThis was my first full year on renewals. I convinced the risk director to drop "
            "the second ID check for returning landlords, lifting renewal completion from 64% to 81%.\n\n"
            "## Other work\n\n- Held 12 interviews with letting agents.\n")
    report = analyze(text)
    outcome = next(i for i in report.items if i.signals.business_outcome)
    assert outcome.id in report.reading.skim_outcomes_seen
    assert outcome.id not in report.reading.skim_outcomes_missed


def test_the_writers_heading_names_what_they_started_and_stopped() -> None:
    text = ("# Self-assessment\n\n- " + OUTCOME + "\n\n## What I started\n\n"
            "- A monthly landlord council of 12 owners that reviews every fee change before it ships.\n\n"
            "## What I chose not to build\n\n"
            "- The paid listing upgrade: a four-week test showed 0.4% of landlords would pay for it.\n")
    report = analyze(text)
    texts = {report.item(i).text.split()[1] for i in report.reading.initiated_items}
    assert "monthly" in texts
    assert any(report.item(i).text.startswith("The paid listing") for i in report.reading.stopped_items)


def test_a_scope_paragraph_before_the_outcome_is_not_an_outcome_lead() -> None:
    framed = "# Self-assessment\n\nI own renewals for 30,000 small landlords in the UK.\n\n- " + OUTCOME + "\n"
    direct = "# Self-assessment\n\n- " + OUTCOME + "\n\nI own renewals for 30,000 small landlords in the UK.\n"
    labels = "# Self-assessment\n\n**Role:** PM, Renewals · **Period:** 2025\n\n- " + OUTCOME + "\n"
    assert not analyze(framed).reading.lead_is_outcome
    assert analyze(direct).reading.lead_is_outcome
    assert analyze(labels).reading.lead_is_outcome


def test_an_objections_section_counts_for_the_packet() -> None:
    base = "# Self-assessment\n\n- " + OUTCOME + "\n"
    with_section = base + ("\n## Objections I expect\n\nWas the lift seasonal? No: renewals for new landlords, "
                           "who never saw the ID check, stayed flat over the same months.\n")
    with_opener = base + ("\nSome will say the lift came from the spring price cut. The cut reached only new "
                          "landlords, and renewals rose for returning ones.\n")
    assert not analyze(base).reading.objections_section
    for text in (with_section, with_opener):
        report = analyze(text)
        assert report.reading.objections_section
        assert "answers the objections the room will raise" in report.score.reasons["narrative"]
    assert analyze(with_opener).reading.objections


def test_a_routine_begun_again_is_not_an_initiative() -> None:
    text = ("# Self-assessment\n\n- " + OUTCOME + "\n"
            "- Started the annual fee review with finance, the first on the new pricing model.\n"
            "- Started a monthly landlord council of 12 owners that reviews every fee change.\n")
    report = analyze(text)
    started = {report.item(i).text for i in report.reading.initiated_items}
    assert any(t.startswith("Started a monthly") for t in started)
    assert not any("annual fee review" in t for t in started)


def test_stops_after_a_decision_or_later_in_the_sentence_are_the_writers() -> None:
    text = ("# Self-assessment\n\n- " + OUTCOME + "\n\n"
            "I also made the call to wind down the kids' tablet line, which had lost money for three years.\n\n"
            "I handed the currency work back to the treasury team, who own the bank relationships, and stopped "
            "my team's parallel version of it.\n")
    report = analyze(text)
    stopped = [report.item(i).text for i in report.reading.stopped_items]
    assert any("tablet line" in t for t in stopped) and any("treasury" in t for t in stopped)


def test_a_signpost_naming_what_was_stopped_is_not_a_stop() -> None:
    text = ("# Self-assessment\n\nBelow are the four decisions that carry the case and what I stopped to make "
            "room for them.\n\n- " + OUTCOME + "\n")
    report = analyze(text)
    assert report.items[0].kind == "context"
    assert report.items[0].id not in report.reading.stopped_items


def test_stops_in_a_lesson_an_objection_or_someone_elses_clause_are_not_the_writers() -> None:
    text = ("# Self-assessment\n\n## Checkout\n\n"
            "I moved the team to saved carts after finance killed the instalments pilot, and cart recovery "
            "for shoppers rose 12%.\n\n"
            "Killed the gift-card marketplace after a pilot showed it would lose $2M a year.\n\n"
            "## What I learned\n\nI learned to kill things earlier: I should have stopped the badge pilot in May.\n\n"
            "## Objections I expect\n\nSome will say I killed the kiosk pilot too early. The data said otherwise: "
            "fewer than 1% of shoppers used it.\n")
    report = analyze(text, profile="amazon-pm", level="L6")
    stopped = [report.item(i).text for i in report.reading.stopped_items]
    assert len(stopped) == 1 and stopped[0].startswith("Killed the gift-card")


def test_a_calculated_risk_is_a_lesson_and_its_stop_still_counts() -> None:
    text = ("# Accomplishments\n\n## A calculated risk that did not pay off\n\n"
            "I pitched a loyalty game for shoppers and stopped the test after three weeks when it showed no "
            "lift in repeat orders, saving $200K of prize budget.\n\n"
            "## What I learned\n\nWhen I killed the kiosk pilot, I learned to tell the stores first.\n\n"
            "## Next half\n\n- Deprecate the old coupon builder once the new one covers 90% of offers.\n")
    report = analyze(text, profile="amazon-pm", level="L6")
    risk = report.items[0]
    assert risk.kind == "lesson" and not risk.ready
    assert [report.item(i).text[:9] for i in report.reading.stopped_items] == ["I pitched"]
    assert report.items[-1].kind == "plan"


def test_we_under_the_writers_heading_is_still_we() -> None:
    text = ("# Self-assessment\n\n## What I started\n\n"
            "- We launched photo reviews so sellers can show finished work, and reviews with photos now make "
            "up a third of all reviews.\n")
    item = analyze(text, profile="amazon-pm", level="L6").items[0]
    assert item.signals is not None and not item.signals.own_action and not item.ready


def test_each_bullet_naming_a_thing_under_the_writers_stop_heading_is_a_stop() -> None:
    text = ("# Self-assessment\n\n## What I said no to\n\n"
            "- A white-label app for a property group.\n"
            "- A second loyalty tier for the top 1% of members.\n\n"
            "## 3. Home pickup, stopped\n\n"
            "I killed the expansion of home pickup after the pilot showed a cost of $11 per pickup.\n\n"
            "- Scope: Returns, Finance.\n- Principles: Frugality.\n")
    report = analyze(text, profile="amazon-pm", level="L6")
    stopped = [report.item(i).text[:12] for i in report.reading.stopped_items]
    assert stopped == ["A white-labe", "A second loy", "I killed the"]


def test_a_refusal_and_a_choice_told_as_a_gerund_are_stops() -> None:
    text = ("# Self-assessment\n\n## Hard calls\n\n"
            "Sales asked for a custom reporting portal for our top 20 sellers. I said no and gave them a weekly "
            "export instead, which 18 of them still use.\n\n"
            "## Decisions\n\n"
            "- Choosing a single refund tracker page over the event platform engineering had proposed.\n")
    report = analyze(text, profile="amazon-pm", level="L6")
    stopped = [report.item(i).text[:12] for i in report.reading.stopped_items]
    assert stopped == ["Sales asked ", "Choosing a s"]  # the refusal carries the ask it answers


def test_ready_stories_with_a_party_the_lists_do_not_know_and_a_stop_with_no_effect() -> None:
    text = ("# Accomplishments\n\n## Plumbers book a job once\n\n"
            "Plumbers had to enter each job in two dispatch tools. I merged the two tools into one booking "
            "screen that plumbers fill in once. Booking time for the 1,800 plumbers on it fell from 12 minutes "
            "to 4, and they now take 20% more jobs through us.\n\n"
            "## What I stopped\n\n"
            "I called off the dark-mode redesign in June, when a test on 3,000 homeowners showed no change in "
            "bookings, and moved its designer to the quote page.\n\n"
            "## Where I started\n\n"
            "- The old quote page had nine steps and lost half of new homeowners before the price.\n")
    report = analyze(text, profile="amazon-pm", level="L6")
    ready = [item.text[:16] for item in report.items if item.ready]
    assert ready == ["I merged the two"]
    stopped = [report.item(i).text[:16] for i in report.reading.stopped_items]
    assert stopped == ["I called off the"]
    assert [item.kind for item in report.items if item.text.startswith("The old quote")] == ["context"]


def test_a_move_into_product_from_an_engineering_team_is_the_engineering_past() -> None:
    for opening in ("I moved into product from the platform engineering team in 2025.",
                    "I came to product from our iOS engineering team two years ago."):
        text = f"# Self-assessment\n\n{opening} This year I chose the cheaper plan for students.\n\n- {OUTCOME}\n"
        assert len(analyze(text).reading.former_engineer_mentions) == 1, opening
    joined = "# Self-assessment\n\nI moved into product from the growth team in 2025.\n\n- " + OUTCOME + "\n"
    assert analyze(joined).reading.former_engineer_mentions == ()  # a move from a product team is not the past


def test_a_byline_is_not_the_opening_the_room_reads() -> None:
    story = "I convinced the risk director to drop the second ID check; renewals by landlords rose from 64% to 81%."
    signed = analyze(f"# Promotion: Ana Reyes\n\nWritten by Joe Park, Director of Product\n\n{story}\n").reading
    assert signed.lead_is_outcome
    framed = analyze(f"# Self-assessment\n\nThis year I owned renewals for 30,000 landlords.\n\n{story}\n").reading
    assert not framed.lead_is_outcome  # a scope paragraph before the story is what the room reads first


def test_a_proposal_joined_to_the_writer_s_verb_later_in_the_sentence_is_the_writer_s_start() -> None:
    """"I argued against ... and proposed instead a weekly coaching card": the writer proposed it, though
    "and proposed" comes late; "she reviewed it and proposed a pilot" is someone else's start."""
    text = ("# Self-assessment\n\n- " + OUTCOME + "\n\n"
            "I argued against the roadmap item to add six more alert types and proposed instead a weekly "
            "coaching card for fleet managers.\n\n"
            "I showed the churn data to the director; she reviewed it and proposed a pilot in two cities.\n")
    report = analyze(text)
    started = [report.item(i).text for i in report.reading.initiated_items]
    assert any("coaching card" in t for t in started)
    assert not any("pilot in two cities" in t for t in started)


def test_a_way_of_seeing_the_work_changed_is_no_stop_or_start() -> None:
    """"I stopped treating scheduling as a form and started treating no-shows as the problem": the
    writer reframed the work; nothing was stopped or begun. Stopping a thing still counts."""
    text = ("# Self-assessment\n\n- " + OUTCOME + "\n\n"
            "This year I stopped treating scheduling as a form and started treating no-shows as the problem "
            "we are paid to solve.\n\n"
            "- Stopped funding the in-house map after two quarters and moved its seven engineers to coaching.\n")
    report = analyze(text)
    stopped = [report.item(i).text for i in report.reading.stopped_items]
    started = [report.item(i).text for i in report.reading.initiated_items]
    assert not any("treating" in t for t in stopped + started)
    assert any("in-house map" in t for t in stopped)
