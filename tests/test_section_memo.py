"""A rubric remembers which headings ask for no evidence; the memo never changes an answer."""

from hypothesis import given, settings, strategies as st

from packetcoach.profile.compile import rubric_for


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Areas to grow", "Growth", "Wins", "2. Growth!", "Next year's plans",
                                 "Impact", "growth areas", ""]) | st.text(max_size=20), max_size=8))
def test_remembered_answer_is_the_computed_one(headings: list[str]) -> None:
    rubric = rubric_for("amazon-pm")
    fresh = rubric._replace(outside=None)  # no memo: every answer computed
    for heading in headings + headings:
        assert rubric.outside_evidence(heading) == fresh.outside_evidence(heading)


def test_memo_is_per_rubric_and_not_part_of_its_value() -> None:
    rubric = rubric_for("amazon-pm")
    assert rubric.outside_evidence("Areas to grow") and not rubric.outside_evidence("Wins")
    assert rubric.outside is not None and "Wins" in rubric.outside
    copy = rubric._replace(defined_measures=((("promise", "accuracy"), "customer"),))
    assert copy.outside is rubric.outside  # a draft's copy shares what its profile already answered
    other = rubric._replace(outside=type(rubric.outside)())
    assert other == rubric._replace(outside=type(rubric.outside)({"x": True}))
