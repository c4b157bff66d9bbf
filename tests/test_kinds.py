"""Item kinds: only claims are evidence items; context, scope, plans, lessons and objections are read
for what they are (docs/labelling-guide.md, "Item kind")."""

from __future__ import annotations

import pytest

from packetcoach import analyze, analyze_item


def kind(text: str) -> str:
    item = analyze_item(text)
    assert item is not None
    return item.kind


@pytest.mark.parametrize("text,expected", [
    ("Some will argue the lift came from the spring sale; the control stores had the same sale and stayed flat.",
     "objection"),
    ("You might ask whether the drop in refunds was seasonal. It was not: last year's spring saw no drop.",
     "objection"),
    ("The obvious objection is that only a fifth of landlords use it yet.", "objection"),
    ("Next quarter I will bring the loyalty card to Poland and Czechia.", "plan"),
    ("My goal for next year is to halve the time tenants wait for a repair.", "plan"),
    ("In the coming year I want every clinic on the new booking page.", "plan"),
    ("Looking back, I waited too long to bring legal into the data-sharing deal.", "lesson"),
    ("I learned to share the pricing model with finance before the review, not after it.", "lesson"),
    ("The referral bet did not pay off: 3% of members invited a friend, and I ended it in June.", "lesson"),
    ("I own search for 12M weekly shoppers across three countries.", "scope"),
    ("Five engineering teams build from my roadmap.", "scope"),
    ("The payments platform I lead settles about $3B a year for 40,000 landlords.", "scope"),
    ("My remit covers onboarding for every new host in Europe.", "scope"),
    ("Two product managers and a designer report to me.", "scope"),
    ("Refunds were the top reason tenants wrote to us.", "context"),
    ("Here is what went wrong in the spring.", "context"),
    ("The problem was not the app but the letter that sent people to it.", "context"),
    ("I am still learning the billing domain, so my first estimates were off.", "context"),
    ("Did the clinics need another scheduling tool, or fewer steps in the one they had?", "context"),
    ("What would tenants notice first? Would they call less?", "context"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text", [
    "Held 25 interviews with landlords about deposit disputes.",
    "The pricing page was launched in May for small landlords.",
    "I think the new flow helped tenants apply faster.",
    "Was responsible for the renewals roadmap across two regions.",
    "Owned the onboarding area for the second half of the year.",
    "I owned the search relaunch and lifted conversion 4% for mobile shoppers.",
    "I'll admit the first pilot was mostly the vendor's work, but stopping it in week six was my call.",
    "We were the first team to show the carbon cost of delivery, and 18% of shoppers picked the slower van.",
    "Debugged the label printer outage myself on a Sunday.",
])
def test_deeds_and_responsibilities_are_claims(text: str) -> None:
    assert kind(text) == "claim"


def test_only_claims_are_judged_ready() -> None:
    plan = analyze_item("Next year I will cut refund time for renters from 9 days to 2 by paying out on the spot.")
    assert plan is not None and plan.kind == "plan" and not plan.ready
    names = {f.name for f in analyze(PACKET).findings if f.name == "item-not-ready"}
    report = analyze(PACKET)
    judged = [f for f in report.findings if f.name == "item-not-ready"]
    assert names and all(report.item(f.item).kind == "claim" for f in judged)


PACKET = """# Self-assessment

## What I own

I own renewals for 30,000 small landlords across the UK.

## Renewals

- Convinced the risk director to drop the second ID check for returning landlords, lifting renewal completion from 64% to 81%.
- Held 12 interviews with letting agents.

## Objections I expect

Some will say the lift came from the spring price cut. The cut reached only new landlords; renewals rose for returning ones.

## Next year

I will take renewals to Ireland.
"""


def test_the_section_says_what_its_items_are() -> None:
    report = analyze(PACKET)
    kinds = {item.text.split()[0]: item.kind for item in report.items}
    assert kinds["I"] == "scope" and kinds["Convinced"] == "claim" and kinds["Held"] == "claim"
    assert kinds["Some"] == "objection"


RESULTS_SECTION = """# 2026 self-assessment

## What I decided
I chose to launch the loyalty tiers in three cities first, over the national launch sales wanted.

## What happened
- The first month drew 48,000 sign-ups, the most of any launch on the platform.
- Repeat orders among members stayed above 30% for the whole quarter.

## Context
- Rival schemes had 40% of the market.
- The first month of a launch drew 48,000 sign-ups at a rival.
"""


def test_a_results_section_offers_evidence_even_when_it_names_nobody() -> None:
    """Under "What happened" a line with no deed is a result the room will ask about ("was it
    you?"), not framing; the same kind of line under another heading stays context."""
    kinds = {item.text: item.kind for item in analyze(RESULTS_SECTION).items}
    assert kinds["The first month drew 48,000 sign-ups, the most of any launch on the platform."] == "claim"
    assert kinds["Repeat orders among members stayed above 30% for the whole quarter."] == "claim"
    assert kinds["Rival schemes had 40% of the market."] == "context"
    assert kinds["The first month of a launch drew 48,000 sign-ups at a rival."] == "context"


def test_a_task_list_reads_like_any_list() -> None:
    """A checklist pasted from a tracker: the box is markup, so "[x] Launched ..." is the same item
    as "Launched ...", and "[ ] Migrated ..." is still judged as engineering work."""
    checked = analyze("- [x] Launched daily payouts for 4,000 sellers, and 90-day retention rose from 71% to 80%.\n")
    plain = analyze("- Launched daily payouts for 4,000 sellers, and 90-day retention rose from 71% to 80%.\n")
    assert [(i.text, i.ready, i.action.verb) for i in checked.items] == \
        [(i.text, i.ready, i.action.verb) for i in plain.items]
    open_box = analyze("- [ ] Migrated the ledger to Postgres.\n").items[0]
    assert open_box.kind == "claim" and open_box.action.verb_class == "technical"


@pytest.mark.parametrize("text,expected", [
    ("I learned enough SQL to read the churn tables myself, found the billing bug behind it, and churn fell "
     "from 4% to 3%.", "claim"),
    ("Called 30 hosts in Lisbon in Portuguese, which I learned for the launch; host sign-ups rose 22%.", "claim"),
    ("I learned that a pilot with two agents beats any rollout plan.", "lesson"),
    ("Looking back, I learned the most when sign-ups fell 10% and I had to explain why.", "lesson"),
])
def test_a_skill_learned_on_the_way_to_a_result_is_a_claim(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Why not build the export the biggest agency asked for? Because it would have served one account of 300.",
     "objection"),
    ("Wasn't this just the holiday season? The control stores had the same season and stayed flat.", "objection"),
    ("What did new hosts need most? I asked 40 of them, and the answer was a price they could trust.", "claim"),
])
def test_a_challenge_put_as_a_question_and_answered_is_an_objection(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a yes-or-no challenge, or a "why", answered in the next sentence
    ("Is the drop in refunds seasonal? Last spring the same weeks saw none.", "objection"),
    ("Will the panel read this as a data project? The first call in it was to drop the model.", "objection"),
    ("Why did the kiosk ship late? I held it for the screen-reader fixes.", "objection"),
    # the room, or someone, raising it with a modal; "if asked"; the question named for what it is
    ("The room may ask why a pilot in nine stores is senior work. It set how four regions price returns.",
     "objection"),
    ("Someone will point out that the sample was small, 20 clinics. It was sized to answer one question.",
     "objection"),
    ("If asked what I stopped: the partner chatbot, after most test users asked for a person.", "objection"),
    ("Someone may say the depot trial was too short. Six weeks covered both peak weekends.", "objection"),
    ("The committee could argue the savings are forecasts; two of the three are already booked.", "objection"),
    # the same modal and verb with a party of the year as the subject: a story, not the room's challenge
    ("Store managers would say the rota was unfair, so I rebuilt it with them and sick days fell 12%.",
     "claim"),
    ("Another fair objection: the savings are forecasts. Two of three are booked.", "objection"),
    ("The toughest question is what went wrong. The Brazil launch did, and I pulled it in May.", "objection"),
    # not a challenge: an open question that frames a story, or a question left unanswered
    ("Where did the delays start? We traced them to the label printers and replaced all 40.", "claim"),
    ("Is the drop seasonal? Could it be the new carrier?", "context"),
    ("Did your team hold a planning session this year? Yes, in March, with 40 people.", "claim"),
    ("Asked the room for one more quarter and got it; the pilot reached 30 stores.", "claim"),
])
def test_an_objection_raised_without_a_heading(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an intention verb is the plan, whatever verb follows it
    ("We intend to trial the new rota in four more depots before we scale it.", "plan"),
    ("I hope to spend a week a quarter in the call centre next year.", "plan"),
    ("By June we aim to have every store on the new till.", "plan"),
    ("I plan to be more present in the design reviews.", "plan"),
    # after "will", the plain word is the verb, even one the rubric does not list
    ("I will hand the billing roadmap to the new PM and move to the tax launch.", "plan"),
    # a concession or a thanks is not a plan
    ("I'll admit the first pilot was mostly the vendor's work.", "context"),
    ("I'd like to thank the support leads who ran the pilot.", "context"),
    ("Planned the spring launch with 12 engineers and shipped it on time.", "claim"),
])
def test_a_plan_told_with_an_intention(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the writer's reach told in the present is no result
    ("I own the travel booking tool that 25,000 staff use every month.", "scope"),
    # the team's remit, a remit held as one's own, a remit held since a date
    ("Our team is responsible for every screen drivers see in Canada.", "scope"),
    ("Four teams in the lending org depend on the scoring service my team maintains.", "scope"),
    ("The shop's loyalty scheme, which 2 million members open each week, is mine end to end.", "scope"),
    ("Since January I have owned the seller fees roadmap.", "scope"),
    # a remit with a result in it, or a past deed, is a claim
    ("I own checkout for 5 million buyers, and conversion grew 4% this year.", "claim"),
    ("I have led three launches this year, and each hit its date.", "claim"),
])
def test_a_scope_told_as_a_standing_remit(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a changed habit: "I now ...", "I would now ..."
    ("I now check every launch date with support before I announce it.", "lesson"),
    ("The trial bundle flopped: 3% took it. I had priced it with old customers only, and I now test with "
     "the segment I sell to.", "lesson"),
    ("I would now close a pilot on its agreed date, even when the sponsor asks for more time.", "lesson"),
    # a regret about one's own conduct
    ("I misread how much agents feared the new tool; I could have caught it in the first week.", "lesson"),
    ("I waited too long to close the map rebuild; I knew by January it was going nowhere.", "lesson"),
    # someone else's wait is the problem a claim solves, not the writer's regret
    ("Sellers waited too long for payouts, so I moved them to daily payouts and churn fell from 9% to 5%.",
     "claim"),
    # a new remit is not a changed habit
    ("I now lead the payments team of nine.", "scope"),
    # a harm averted by a deed is a claim, not a regret
    ("Stopped the discount that would have cost $2M in margin.", "claim"),
])
def test_a_lesson_told_as_a_changed_habit_or_a_regret(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("By the time I arrived, the depot had stopped using the route planner.", "context"),
    ("By the time I took over, the clinic had tried two booking vendors.", "context"),
    ("By the time I arrived, the depot had stopped using the route planner; I rebuilt it and weekly use "
     "rose from 10% to 80%.", "claim"),
    ("Before I joined the team, I sold the idea to the VP.", "claim"),
])
def test_the_state_before_the_writer_arrived_is_context(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("I joined the payments team as its first PM in March.", "context"),
    ("This year I moved from the forecasting science team into product.", "context"),
    ("I switched from engineering to product management in January.", "context"),
    # beside the writer's remit, the move only says when the remit began
    ("I moved from data science into product, and I own the planning tool that 140 shift managers use.", "scope"),
    ("I joined the refunds team in March and I own the refund flow for 2M shoppers.", "scope"),
    # the same verbs as deeds
    ("I moved the launch to May so sellers could finish their holiday stock counts.", "claim"),
    ("I moved refunds from 14 days to 3 days for 2M shoppers.", "claim"),
    ("I joined the two teams' backlogs into one roadmap, and releases went from monthly to weekly.", "claim"),
])
def test_a_move_in_the_writer_s_own_career_is_no_deed(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the starting point told as the sentence's subject: context, even with a number that moved
    ("The old sign-up form had 14 fields and lost a third of new tenants before the last page.", "context"),
    ("Our previous quote tool took nine days and lost two in five small contractors to rivals.", "context"),
    ("Before the change, riders waited 40 minutes for a refund and 12% of them called support.", "context"),
    # the same start, with the writer's or the team's deed in the item: a claim
    ("The old sign-up form lost a third of new tenants; I cut it to one page and completion rose 20%.", "claim"),
    ("The old quote tool was retired in May and quote completion rose from 41% to 58%.", "claim"),
    ("We replaced the old quote tool and small contractors now quote in one day.", "claim"),
])
def test_the_state_found_is_context(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pausing the rewards card had a price: 3% of cardholders closed their accounts.", "context"),
    ("Retiring the fax channel was the hardest call of my year.", "context"),
    ("Ending the pilot meant telling 40 clinics the service would close in May.", "context"),
    # the writer's own -ing deed in a bullet, and a choice: read as before
    ("Leading the pricing team through the change, I cut seller churn from 9% to 6%.", "claim"),
    ("Choosing a single tracker page over the platform engineering had proposed.", "claim"),
])
def test_a_deed_named_as_a_subject_and_what_it_had_or_was(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text", [
    "Pausing the rewards card had a price: 3% of cardholders closed their accounts.",
    "Retiring the fax channel was the hardest call of my year.",
])
def test_a_deed_named_as_a_subject_is_not_the_writers_deed(text: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    assert item.action.verb not in ("pause", "retire") and not item.signals.own_action and not item.ready


@pytest.mark.parametrize("text,expected", [
    ("This document walks through the two calls I am proudest of and the one I got wrong.", "context"),
    ("This packet covers what changed for customers and what I chose to stop.", "context"),
    ("In this document I set out the three bets I made and how each one landed.", "context"),
    ("The stories below follow the order of the year.", "context"),
    ("Written by Marta Silva, Director of Product, Rail Bookings", "context"),  # a byline
    ("Prepared by Joe Park, Senior Manager, for the L7 promotion review", "context"),
    ("I wrote the launch plan that 40 agencies signed up to in the first month.", "claim"),
    # a document the writer made is a deed, not the document speaking of itself
    ("I wrote the pricing document that moved the launch to March and lifted sign-ups 12%.", "claim"),
    ("Next year I will write this document with my manager in the first month.", "plan"),
])
def test_the_document_speaking_of_itself_is_context(text: str, expected: str) -> None:
    assert kind(text) == expected


ARRIVAL_IN_A_RESULTS_SECTION = """# 2026 self-assessment

## Impact

When I joined, a team of seven was rebuilding our own road map tiles. I compared the cost with two
licensed providers and closed the project in March, which saved $1.2M a year.

- I joined the routing team in February as its first PM.
- I joined the two teams' backlogs into one roadmap, and releases went from monthly to weekly.
"""


def test_a_career_move_is_context_in_a_results_section_too() -> None:
    """A results heading makes what it lists evidence, but the writer's arrival ("When I joined,
    ...", "I joined the routing team ...") is where the story starts, not a deed to judge."""
    kinds = {" ".join(item.text.split(",")[0].split()): item.kind for item in analyze(ARRIVAL_IN_A_RESULTS_SECTION).items}
    assert kinds["When I joined"] == "context"
    assert kinds["I joined the routing team in February as its first PM."] == "context"
    assert kinds["I compared the cost with two licensed providers and closed the project in March"] == "claim"
    assert kinds["I joined the two teams' backlogs into one roadmap"] == "claim"


QUESTION_TITLES = """# Promotion document

## Objections the committee may raise

**Did engineering do the hard part?** Engineering built the shared catalogue. The decision to merge
and the per-order pricing were mine, and each is on record in the leadership papers.
"""


def test_a_bold_question_titles_its_answer_as_one_objection() -> None:
    """The answer to a bold question ("**Did engineering do the hard part?** Engineering built ...")
    carries no claim of its own in its first sentence; with its question it is one objection item,
    not lost."""
    items = analyze(QUESTION_TITLES).items
    assert [item.kind for item in items] == ["objection"]
    assert items[0].text.replace("*", "").startswith("Did engineering do the hard part?")


@pytest.mark.parametrize("text", [
    "- Trip planner crash fix (iOS 17).",
    "- Promotion of the autoscaling API to GA.",
    "- Checkout redesign for small sellers (Q2).",
])
def test_a_deed_named_as_a_noun_in_a_list_is_a_claim(text: str) -> None:
    assert [item.kind for item in analyze(text).items] == ["claim"]


@pytest.mark.parametrize("text", [
    "- Team: 5 engineers, 2 designers.",
    "- North-star metric: weekly active riders.",
    "- The first month of a launch drew 48,000 sign-ups at a rival.",
])
def test_a_list_line_or_sentence_that_names_no_deed_is_context(text: str) -> None:
    assert kind(text) == "context"


QUOTED_FEEDBACK = """# Ana Ruiz: promotion to Senior PM

## What she did

She cut the returns form from nine fields to three, and refund requests finished online rose from 41% to 66%.

## What her peers say

"She always brings the one number that matters. She says it first, before the slides." (Lee Park, finance partner)
"""


def test_quoted_feedback_is_someone_else_s_words_not_a_claim() -> None:
    report = analyze(QUOTED_FEEDBACK)
    kinds = {item.text[:12]: item.kind for item in report.items}
    assert kinds["She cut the "] == "claim"
    quoted = [kind for text, kind in kinds.items() if text.startswith(('"She always', "She says it"))]
    assert quoted and set(quoted) == {"context"}


@pytest.mark.parametrize("text,expected", [
    ('"We stopped losing Friday afternoons to reconciliations," a store manager told me.', "context"),
    # the writer's deed and its number after the quotation: a story that opens with a customer's words
    ('"We lose a day every week to this," a dispatcher told me, so I rebuilt the board and missed pickups '
     "fell 18%.", "claim"),
    # a name in quotation marks inside the writer's own sentence
    ('I renamed the "Pro" plan to "Studio" and upgrades rose 9% in a quarter.', "claim"),
])
def test_a_quotation_with_only_who_said_it_is_context(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the state the writer found, the particle a few words after its verb
    ("When I took it over in March, the depots planned routes on paper and one van in six ran half empty.",
     "context"),
    ("When I took the helpdesk over, tenants waited nine days for a reply.", "context"),
    ("By the time I took the clinic over, nurses wrote every follow-up in a paper diary.", "context"),
    # the writer's own deed in the main clause stays a claim
    ("When I took it over, I cut the repair form from nine fields to four.", "claim"),
    ("When I took the helpdesk over, we rewrote every reply template.", "claim"),
    # a result that moves keeps it evidence
    ("When I took it over, churn fell from 9% to 5% within a quarter.", "claim"),
    # no particle after the verb, or too far from it, reads as before
    ("When I took the call, the buyer said the parcel was over a week late.", "claim"),
    ("When I took the old spare parts order book over, fitters waited a week.", "claim"),
])
def test_the_state_found_with_the_particle_apart(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_the_state_found_with_the_particle_apart_reads_the_same_in_a_session() -> None:
    from packetcoach import Session
    text = ("## Where I started\n\nI own dispatch for 40 depots. When I took it over in March, the depots "
            "planned routes on paper and one van in six ran half empty.\n")
    report, direct = Session().analyze(text), analyze(text)
    assert [(i.text, i.kind) for i in report.items] == [(i.text, i.kind) for i in direct.items]
    assert report.reading == direct.reading
    assert "context" in [i.kind for i in direct.items if i.text.startswith("When I took it over")]
