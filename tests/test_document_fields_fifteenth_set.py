"""Document fields by category of wording found on the packets p101-p108 and the blind writers before
them: the stopped list and the engineering past. Each category has a small draft of our own that
should count and one that should not."""

from __future__ import annotations

from judgment_calls import judged as judged_in, mentions, same_stops_in_a_session


def judgment(call: str) -> str:
    """A short self-assessment with one win and a judgment section holding the call each test tells."""
    return ("# Self-assessment: Ines K., Senior PM, Island Ferries (L6)\n\n## Impact\n\n"
            "- Cut the time foot passengers wait to board from 25 minutes to 9 by scanning tickets on "
            "the quay.\n\n## Judgment\n\n"
            f"- {call}\n")


def judged(listed_calls: tuple[str, ...], unlisted_calls: tuple[str, ...]) -> None:
    judged_in(judgment, listed_calls, unlisted_calls)


def test_the_writers_option_instead_of_one_someone_asked_for_is_a_stop() -> None:
    # the mirror of "Instead of the CRM sales asked for, I shipped ...": the request comes first and
    # the writer's own clause closes with "instead"
    judged(("When the freight desk asked for a custom label designer, I offered two fixed label "
            "layouts instead, which covered 90% of their crossings.",
            "Engineering proposed a full rebuild of the fare engine; I chose a weekly fare check "
            "instead, and the team moved to boarding."),
           # someone else's clause closes with "instead"; a vendor asked for is a choice; a stop
           # proposed and refused is a thing kept
           ("I proposed a fare calendar for islanders; the director chose a simpler banner instead.",
            "When the port office asked for a new ticketing vendor, I kept our current one instead.",
            "When the harbour director proposed pausing the night ferry, I kept it running with two "
            "crossings instead."))


def test_a_narrowing_that_names_what_it_leaves_out_is_a_stop() -> None:
    # "..., leaving out X" says what the narrowing descoped, as "only" does
    judged(("I scoped the ferry app to tickets and boarding passes, leaving out the cabin-upgrade "
            "store the commercial team had sketched, and shipped it in six weeks.",),
           ("I scoped the ferry app to tickets and boarding passes and shipped it in six weeks.",
            "I rewrote the boarding guide for passengers, leaving out the legal wording, and "
            "questions at the quay fell 20%."))


def test_a_thing_cut_and_then_described_is_a_stop() -> None:
    # the thing cut is named and described by a "which" clause, and the item goes on with what
    # replaced it: a feature removed, not a number reduced
    judged(("Removed the onboard chat kiosk, which fewer than 2% of passengers used, and put a QR "
            "code to the help page in its place.",
            "I cut the seat-map editor, which engineering put at a quarter of work, and shipped fixed "
            "seat zones instead."),
           ("Cut the boarding wait, which had been 40 minutes, to 15 for foot passengers.",
            "Removed the second ID check step, which passengers found slow, and boarding for foot "
            "passengers took half the time.",
            "Cut the check-in queue, which stretched to the car park, by half for car passengers."))


def test_a_launch_pulled_with_its_name_before_it_is_a_stop() -> None:
    # "pulled the launch" with the launch's name between ("the app's cabin-booking launch")
    judged(("I pulled the ferry app's cabin-booking launch the day before go-live when payments "
            "failed in testing; it shipped a week later.",),
           ("I pulled the cabin-booking launch forward by two weeks so families could book for the "
            "holidays.",))


def test_the_stops_are_the_same_in_a_session() -> None:
    same_stops_in_a_session(judgment("Removed the onboard chat kiosk."),
                            judgment("Removed the onboard chat kiosk, which fewer than 2% of passengers "
                                     "used, and put a QR code to the help page in its place."))


def test_a_site_reliability_past_is_an_engineering_past() -> None:
    # "SRE" is an engineer's title as "SDE" is: the room hears the old job in it
    for said in ("My years as an SRE made me the one who took the pager during the summer peak.",
                 "As a former SRE I read the outage reports before the ticket counts.",
                 "I spent six years as an SRE before I moved to product."):
        assert mentions(said) == 1, said
    # an SRE who is someone else, or the team's SREs, are no past of the writer's
    for said in ("I paired with an SRE on the quay scanners before the summer peak.",
                 "Our SREs moved releases to Tuesday mornings after the spring outage."):
        assert mentions(said) == 0, said
