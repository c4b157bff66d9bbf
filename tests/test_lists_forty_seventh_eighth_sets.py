"""The initiated and stopped lists by category of wording found on the packets p357-p372 (the
forty-seventh and forty-eighth blind sets) and the corpus writers who share each form. Each category
has a small draft of our own that should count and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze


def stopped(text: str) -> list[str]:
    found = list(analyze(text).reading.stopped_items)
    assert list(Session().analyze(text).reading.stopped_items) == found
    return found


def initiated(text: str) -> list[str]:
    found = list(analyze(text).reading.initiated_items)
    assert list(Session().analyze(text).reading.initiated_items) == found
    return found


def firsts(text: str, which=stopped, width: int = 14) -> list[str]:
    report = analyze(text)
    return [report.item(i).text[:width] for i in which(text)]


def test_a_stop_told_again_under_its_own_bold_title_is_one_stop() -> None:
    # the title is the writer's stop; the story under it tells the same stop again in other words
    told = ("# Self-assessment\n\n## Lockers\n\n**I killed the parcel-locker pilot after 1 in 6 lockers jammed "
            "in the cold, which kept £90k of hardware off the budget.**\nThe pilot was on the roadmap when I "
            "joined. I read the fault log for all 40 sites myself. I stopped the rollout, kept the staffed "
            "counters, and told the vendor we would look again next year.\n")
    assert firsts(told) == ["I killed the p"]
    # a second stop told as another one ("I also ...") stays a stop of its own
    also = ("# Self-assessment\n\n## Lockers\n\n**I killed the parcel-locker pilot after 1 in 6 lockers jammed "
            "in the cold, which kept £90k of hardware off the budget.**\nThe pilot was on the roadmap when I "
            "joined. I also descoped the locker app the vendor had proposed, since 2% of customers asked for "
            "it.\n")
    assert len(stopped(also)) == 2


def test_a_refusal_of_an_act_done_later_is_a_hold_not_a_stop() -> None:
    # the act refused comes back after the refusal in the past, done by the writer's team: a bar held
    held = ("# Self-assessment\n\n## Decisions\n\n**I refused to list uninspected tractors.** In May the sales "
            "director wanted to list 300 tractors from an auction house without inspection. I said no, "
            "because one bad machine costs us a dealer for a year. We listed them a month later, inspected, "
            "and disputes on that batch were 2%.\n")
    assert stopped(held) == []
    # a refusal whose thing is never done stays the writer's no
    refused = ("# Self-assessment\n\n## Decisions\n\nIn May the sales director asked me to build a custom "
               "dealer portal for one auction house. I said no, because 90% of our dealers already use the "
               "shared listing page, and put the two engineers on inspection reports.\n")
    assert len(stopped(refused)) == 1


def test_an_old_system_retired_after_moving_work_to_a_new_one_is_no_stop() -> None:
    for text in ("# Self-assessment\n\n## Data\n\n- Migrated 22 finance reports to the new warehouse and "
                 "decommissioned the old reporting server.\n",
                 "# Self-assessment\n\n## Data\n\n- Moved 30 dashboards to the new tables and retired the weekly "
                 "export the sales team rebuilt by hand.\n"):
        assert stopped(text) == []
    # a legacy thing retired as the deed itself stays a stop
    retired = ("# Self-assessment\n\n## Data\n\n- Retired the legacy pricing console, which two analysts still "
               "used for one report, saving $3,000 a month.\n")
    assert len(stopped(retired)) == 1


def test_a_flow_cut_down_and_the_questions_dropped_to_do_it_are_no_stop() -> None:
    # the labelling guide: a reduction that simplifies ("cut the form to one page") is not a stop, nor
    # the means told after "by"
    for text in ("# Self-assessment\n\n## Claims\n\nI cut the refund form from eight pages to two by dropping "
                 "every question we could already answer from the order record.\n",
                 "# Self-assessment\n\n## Claims\n\n- Cut the sign-up form for new sellers from twelve fields to "
                 "five by dropping tax region and two address lines the warehouse asked again anyway.\n"):
        assert stopped(text) == []
    # a part of a release dropped to meet a date is a descope, a stop
    descoped = ("# Self-assessment\n\n## Claims\n\nI met the March launch date for the new claims app by dropping "
                "joint claims from the first release, which the operations team had asked for.\n")
    assert len(stopped(descoped)) == 1


def test_an_offer_the_writer_closed_is_a_stop() -> None:
    for text in ("# Self-assessment\n\n## Growing\n\n- Closed the baby-leaf line at the Fenby site, which had lost "
                 "money in three of the last four years, and moved its glass to tomatoes.\n",
                 "# Self-assessment\n\n## Clinics\n\nI also closed the high-street pop-up clinics that my "
                 "predecessor had started, after six months in which they saw 4% of our patients.\n"):
        assert len(stopped(text)) == 1
    # tickets closed, a gap closed and a deal closed end no offer
    for text in ("# Self-assessment\n\n## Support\n\n- Closed 180 support tickets and shipped 12 releases.\n",
                 "# Self-assessment\n\n## Sales\n\n- Closed the Nordic freight deal in October, worth $2M a year to "
                 "the business.\n",
                 "# Self-assessment\n\n## Teams\n\nI closed the gap between the returns team and the warehouse "
                 "by writing one handover checklist.\n"):
        assert stopped(text) == []


def test_a_level_claim_that_names_a_stop_told_elsewhere_is_not_the_stopped_item() -> None:
    retold = ("# Self-assessment\n\nThis year I operated at L6: I said no to a credit product the CFO wanted, "
              "and card declines for fleet drivers fell from 9% to 3%.\n\n## Decisions\n\nThe CFO asked for a "
              "credit line that would let drivers fuel past their limit. I turned it down, because the credit "
              "losses in the pilot data were three times the fee income.\n")
    assert firsts(retold) == ["The CFO asked "]
    # a level claim whose stop the draft tells nowhere else is its only telling, and stays one
    only = ("# Self-assessment\n\nI am ready for L5: I chose timed entry for our 3,000 cheapest tickets over the "
            "flat discount our marketing director proposed, and weekday visits rose from 40% to 66% of "
            "capacity.\n\n## Decisions\n\n- I killed the audio-guide app after one season in which 2% of "
            "visitors opened it.\n")
    assert len(stopped(only)) == 2


def test_a_start_told_back_round_it_names_the_story_before_it() -> None:
    # "I pitched it": the start is the story's, named by its first sentence
    pitched = ("# Self-assessment\n\n## Strategy\n\nIn 2025 I wrote a four-year fleet strategy that replaced "
               "buying new vans for every depot with shared vans across three depots. I pitched it to the "
               "operations board, and it was adopted as the plan of record in March.\n")
    assert firsts(pitched, initiated) == ["In 2025 I wrot"]
    # a start that names a new thing stays where it is told
    fresh = ("# Self-assessment\n\n## Strategy\n\nI cut hold times for members from 9 minutes to 4 by adding two "
             "agents at peak. I proposed a callback queue for members on hold, and callbacks now answer 40% "
             "of calls.\n")
    assert firsts(fresh, initiated) == ["I proposed a c"]


def test_a_start_under_a_bold_result_title_is_named_by_the_title() -> None:
    titled = ("# Self-assessment\n\n## Payouts\n\n**Owners now get their money 2 days after checkout instead of "
              "9.**\nPayout speed was the second owner complaint. I pitched weekly transfers to finance and "
              "wrote the business case. Owner churn fell from 7% to 4% this year.\n")
    assert firsts(titled, initiated) == ["Owners now get"]
    # the same start under a title that is no claim (a topic) stays where it is told
    topic = ("# Self-assessment\n\n## Payouts\n\n**Payouts.**\nPayout speed was the second owner complaint. I "
             "pitched weekly transfers to finance and wrote the business case. Owner churn fell from 7% to "
             "4% this year.\n")
    assert firsts(topic, initiated) != ["Payouts."]


def test_a_proposal_over_an_option_someone_else_proposed_is_a_stop() -> None:
    # the guide's "Chose X over Y" when Y was proposed: proposing X over it chose not to build Y
    over = ("# Self-assessment\n\n## Payments\n\nI proposed cutting direct-debit set-up to two taps from the "
            "receipt page, over the full billing-portal rebuild that our platform lead had proposed for the "
            "same year. Set-up rose from 30% to 52% of tenants.\n")
    assert len(stopped(over)) == 1
    # over an option nobody proposed, asked for or began: a plain start, no stop
    plain = ("# Self-assessment\n\n## Payments\n\nI proposed cutting direct-debit set-up to two taps from the "
             "receipt page, over the long form tenants used before. Set-up rose from 30% to 52% of tenants.\n")
    assert stopped(plain) == []
