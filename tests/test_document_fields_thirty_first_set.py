"""Document fields by category of wording found on the packets p229-p244 (the thirty-first and
thirty-second blind sets) and the blind writers before them: the stopped, ready and initiated lists.
Each category has a small draft of our own that should count and one that should not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import story
from test_document_fields_twenty_ninth_set import each_listed, same_in_a_session
from test_document_fields_twenty_seventh_set import none_listed


def test_an_option_passed_over_that_someone_else_had_drafted_is_a_stop() -> None:
    # "chose X over Y" is a stop when Y was proposed: a draft someone else had written proposes it
    told = ("I picked a one-line frost warning on the grower app instead of the full weather "
            "dashboard the design team had drafted, and frost losses fell 30% for our 300 growers.",
            "I dropped the late-delivery fine the packing manager had drafted and offered growers a "
            "second pickup slot; late crates fell from 12% to 5%.")
    each_listed(told, "stopped_items")
    same_in_a_session(story(told[0]))
    # the writer's own draft, and a draft that nobody passed over, are no stop
    quiet = ("I drafted a frost-warning spec and shipped it to 300 growers; frost losses fell 30%.",
             "I shipped the weather dashboard the design team had drafted, and frost losses fell 30% "
             "for our 300 growers.")
    none_listed(quiet, "stopped_items")


def test_things_cut_from_a_release_in_a_list_are_a_stop() -> None:
    # a descope of two things joined by "and", named before the release they were cut from
    told = ("I cut cold-store booking and the bulk-bin discount from the first release so the pickup "
            "planner could ship before harvest, and it did.",)
    each_listed(told, "stopped_items")
    same_in_a_session(story(told[0]))
    # a number cut, or a list whose clause ends before the plan is named, is no descope
    quiet = ("I cut wait times and the error rate by 40% from the first release onwards for our growers.",
             "I cut the intake form to one page and the check-in time fell, which sales liked, from the "
             "launch on.")
    none_listed(quiet, "stopped_items")
