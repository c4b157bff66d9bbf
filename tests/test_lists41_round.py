"""The packet lists on the fifty-third and fifty-fourth blind sets, by cause: a stop word that only
describes the noun after it ("read 400 rejected claims myself") is no stop word of the item, so it
keeps no simplification beside it listed as a stop; and a start told under a label of the writer's
part ("My part: I pitched ...") after the team's claim is named by that claim.
Drafts of our own that should list and that should not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import listed, story


def test_a_stop_word_that_describes_a_noun_leaves_a_simplification_no_stop() -> None:
    # the participle names what the things are ("rejected claims", "of cancelled bookings"); the
    # writer's own "dropped the photo requirement" is a step taken out of a flow, no stop
    apart = (
        "I read 400 rejected claims myself and found that a third lacked only a receipt photo. I "
        "dropped the photo requirement for claims under £500, and wrongful rejections fell by half.",
        "I listened to 200 abandoned calls and found callers gave up at the third menu. I dropped the "
        "third menu step, and abandoned calls fell from 18% to 7%.",
    )
    for told in apart:
        assert listed(story(told), "stopped_items") == [], told


def test_a_stop_beside_a_describing_participle_stays_a_stop() -> None:
    # the writer's own stop keeps its place, whatever participle describes a noun beside it
    stops = (
        "After reviewing 300 cancelled orders I killed the same-day delivery add-on, which lost £40K a "
        "quarter, and put its budget into next-day slots.",
        "I analysed 70% of rejected swaps by hand and stopped the battery swap pilot at two depots, which "
        "freed £200K for the charging network.",
    )
    for told in stops:
        assert listed(story(told), "stopped_items") == [told[:24]], told


def test_a_start_told_under_my_part_is_named_by_the_teams_claim() -> None:
    # "We launched ... My part: I pitched ...": one story, named by its first claim sentence
    starts = (
        "We launched evening clinics at four libraries, and 1,300 tenants who had never come to a daytime "
        "clinic were seen by March. My part: I pitched the library partnership to the council's head of "
        "housing.",
        "We opened weekend pickups at six depots, and 900 riders who work weekdays used them in the first "
        "quarter. My role: I proposed the weekend pilot and ran the first depot myself.",
    )
    for told in starts:
        assert listed(story(told), "initiated_items") == [told[:24]], told


def test_a_part_under_a_label_with_no_i_or_after_a_deed_of_the_writers_is_named_as_before() -> None:
    # no "I" after the label ("My part was ..."), or the sentence before is the writer's own: as before
    alone = "My part: I pitched the library partnership to the council's head of housing, which opened in March."
    assert listed(story(alone), "initiated_items") == [alone[:24]]
    own = ("I ran the tenant survey in January, and 70% asked for evening hours. My part: I pitched evening "
           "clinics to the council's head of housing, and 1,300 tenants were seen by March.")
    assert listed(story(own), "initiated_items") == ["My part: I pitched eveni"]
