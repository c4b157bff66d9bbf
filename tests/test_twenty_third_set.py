"""Categories a twenty-third blind set showed (docs/accuracy.md, "The twenty-third blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

from item_reads import party, verb
from packetcoach.api import analyze_item
from packetcoach.evaluate.harness import item_specialty


def test_one_of_a_party_taken_in_turn_is_served() -> None:
    served = {
        # by a thing of theirs, after "any" as after "each" and "every"
        "Merged two depots without lengthening any beekeeper's drive; I planned the new routes myself.": "beekeeper",
        # with a verb of its own after "no", "not one" or "every"
        "Held the release until the tally check passed; no voter received a wrong polling address.": "voter",
        "We rebuilt the ferry timetable, and not one commuter was left at the pier that winter.": "commuter",
        "Moved the reminders to text, and every tenant got the notice a week earlier.": "tenant",
        "Not a single child missed the bus after the new stop list went live.": "child",
    }
    assert {text: party(text) for text in served} == served


def test_a_thing_or_a_word_of_degree_after_those_words_is_no_party() -> None:
    things = [
        "We no longer had to rebuild the index by hand, which cut the job from 4 hours to 20 minutes.",
        "Each quarter's numbers now land in one sheet, and close time fell from 9 days to 4.",
        "No order was lost in the move to the new warehouse system.",
        "Not one server went down during the cut-over to the new region.",
        "Every winter brought the same outage, so I moved the job to the spring.",
        "No fewer than 12 audits were passed on the first try.",
        # one named with a capital is a name, not one of a party
        "No Baker was harmed; every Carter got a refund within 3 days.",
    ]
    assert [text for text in things if party(text) is not None] == []


def test_a_deal_named_after_a_supplier_is_no_served_party() -> None:
    deals = [
        "Looking back, I let the courier contract run a month too long before I escalated it.",
        "After her first quarter she ran the agency relationship and cut the page rate 9%.",
    ]
    assert [text for text in deals if party(text) is not None] == []
    # the party's own contract still names it, and so does a contract the party signed
    assert party("Kept the customer's contract after the outage by calling them the same day; churn held at 2%.") \
        == "customer's"
    assert party("Two of our largest clients signed three-year contracts after the pilot, worth $1.2M.") is not None


def specialty(text: str) -> str | None:
    item = analyze_item(text)
    assert item is not None
    return item_specialty(item)


def test_two_context_terms_of_a_specialty_name_it() -> None:
    named = {
        "Checked the checkout screens on iOS and Android before launch and caught a broken back button.": "mobile",
        "Our spam models lifted precision from 0.71 to 0.88 this quarter.": "ml",
        "The trouble was never the model; it was how the labels were written.": "ml",
        "Cut quote-page latency from 3 seconds to 400 ms by putting prices in a cache.": "backend",
        "Moved every partner login to SSO with MFA before the audit.": "security",
    }
    assert {text: specialty(text) for text in named} == named


def test_one_context_term_or_a_business_model_names_no_specialty() -> None:
    plain = [
        "Launched the loyalty card on Android first, and sign-ups rose 20%.",  # one term alone
        "Trained her on the cost model; she now prices 80% of the quotes herself.",  # "trained" is no pair
        "Wrote a five-year revenue model for the new features the board asked for.",  # nor "features"
        "Moved the support queue to one shared inbox and cut first replies from 9 hours to 2.",  # "queue"
    ]
    assert [text for text in plain if specialty(text) is not None] == []


def test_an_item_opened_by_what_it_tells_and_a_copula_has_no_verb() -> None:
    framed = [
        "My biggest regret was shipping the meal planner without a way to skip a week; 300 families wrote in.",
        "The riskiest bet I made this year was a pay-per-use plan: I pitched it, and only 40 clinics took it.",
        "What I would do differently is bring the drivers into the first design review.",
        "One mistake I own is letting the pilot run two months past its end date.",
    ]
    assert [verb(text) for text in framed] == [None] * len(framed)
    # a frame noun after the copula, and a subject that names no frame, keep their verbs
    assert verb("The launch was my call, and I pulled it after 2 days when refunds doubled.") == "pull"
    assert verb("The pilot was running late, so I cut two of its five cities.") == "cut"


def kind(text: str) -> str:
    item = analyze_item(text)
    assert item is not None
    return item.kind


def test_the_reach_of_the_writers_product_in_the_present_is_scope() -> None:
    remits = [
        "We serve 30,000 allotment holders in six counties, and I set the prices for all of them.",
        "Ferry operators in four ports rely on the timetable tools my team ships.",
        "Two hospitals and 900 porters run on the dispatch app I own.",
        "The booking site reaches 2 million anglers a season, and I decide what goes on it.",
    ]
    assert [kind(text) for text in remits] == ["scope"] * len(remits)


def test_a_reach_that_names_no_writer_or_moved_is_not_scope() -> None:
    assert kind("Small bakeries run on one owner, and every hour she spends on paperwork is an hour not baking.") \
        != "scope"
    assert kind("I launched the booking site, which now serves 40,000 anglers a season, up from 9,000.") == "claim"


def test_a_bullet_opened_by_a_verbs_plain_form_and_its_object_is_a_goal() -> None:
    goals = [
        "Launch a weekend ferry pass in the spring with 12 island cafes signed.",
        "Bring the new intake form to all 9 clinics by Q2.",
    ]
    assert [kind(text) for text in goals] == ["plan"] * len(goals)


def test_a_past_written_plain_a_remit_or_a_noun_is_no_goal() -> None:
    assert kind("Sunset the paper permit form after 80% of applicants moved online; staff time fell 30%.") == "claim"
    assert kind("Own the booking app and the ferry timetable for 11 ports.") != "plan"
    assert kind("Change requests on our largest contracts averaged 19 days from request to signature.") != "plan"
    assert kind("Launched a weekend ferry pass with 12 island cafes; 4,000 passes sold in May.") == "claim"


def test_teams_that_enter_a_league_are_served() -> None:
    assert party("Entries from amateur teams doubled after we dropped the $15 fee.") == "amateur teams"
    assert party("The cup platform is used by 40,000 registered teams in five countries.") == "registered teams"
    # the writer's own teams stay no party
    assert party("Two engineering teams and I rebuilt the bracket page in six weeks.") is None


def test_the_writers_own_former_role_is_no_served_party() -> None:
    own = [
        "As a former iOS developer, I cut the app's launch time from 3.1 s to 1.2 s.",
        "As a former risk analyst, I rebuilt the pricing sheet in a weekend.",
        "Drawing on my years as a pharmacist, I argued against the 10-minute target.",
    ]
    assert [text for text in own if party(text) is not None] == []
    # another party beside the role is still named, and so are former customers won back
    assert party("As a former nurse, I knew patients skipped weekly refills, so I cut the wait 30%.") == "patients"
    assert party("Won back 300 former customers with a one-click return to their old plan.") is not None
