"""A stop or a refusal told with its evidence, then a sentence that says where the time, money or
team went in its place ("I put that time into the returns flow instead."): the redirect is the end
of the stop, and the two are one item, named by the stop. Drafts of our own that should join and
that should not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import story, story_items

from packetcoach import Session, analyze

STOP = ("I decided not to build a tablet app for the orchard crews this year. Nine in ten pickers already "
        "logged crates from their phones, and the app would have taken both engineers for a quarter. ")
REFUSAL = ("Our sales director asked for a separate portal for the two largest buyers. I said no, because "
           "the other 60 buyers would have waited a quarter for their own fixes. ")


def test_the_redirect_after_a_stop_or_a_refusal_joins_it() -> None:
    joined = (
        STOP + "I put that time into crate tracking instead.",
        STOP + "Instead, I moved both engineers onto the weighbridge screens.",
        STOP + "I proposed a smaller thing instead: a text to the crew lead when a crate is full.",
        REFUSAL + "We spent the quarter on the shared order screen instead, and the director agreed.",
        STOP + "The weighbridge screens got that quarter in its place.",
    )
    for told in joined:
        items = analyze(story(told)).items
        assert len(items) == len(analyze(story(told.rsplit(". ", 1)[0] + ".")).items), told
        assert any(told.rsplit(". ", 1)[1][:20] in item.text and item.text.startswith(told[:20]) for item in items), told


def test_a_sentence_that_compares_or_tells_its_own_story_stays_apart() -> None:
    apart = (
        # "instead of", "rather than": a comparison inside the sentence, no redirect of the stop
        STOP + "I priced the picking bonus by crate weight instead of by the hour for 300 pickers.",
        STOP + "I chose weekly crate reports rather than daily ones for the packhouse managers.",
        # after a story finished on its own, a redirect that is a ready story of its own: it names what
        # it replaces itself (the board's ask) and tells its customer, decision and measured result
        "I moved the crate labels to QR codes, and mislabelled crates fell from 9% to 2% for our 300 growers. "
        "In May the board had asked us to trial a $400k sorting line, and when I read the packhouse complaints "
        "myself, 70% were about late collections, so I recommended two more collection vans for $60k instead, "
        "and late collections for growers fell from 20% to 8%.",
    )
    for told in apart:
        assert len(story_items(told)) == 2, told


def test_a_redirect_in_another_paragraph_or_after_another_story_opens_stays_apart() -> None:
    text = story(STOP.strip()) + "\nI put that time into crate tracking instead.\n"
    items = analyze(text).items
    assert not any("crate tracking" in item.text and item.text.startswith("I decided") for item in items)
    also = STOP + "I also put the designer on the packhouse screens instead."
    assert len(story_items(also)) == 2


def test_the_joined_story_is_the_same_from_a_session() -> None:
    session = Session()
    session.analyze(story(STOP + "I put that time into crate tracking instead."))
    for told in (STOP + "I put that time into crate tracking instead.", REFUSAL + "We spent the quarter on the "
                 "shared order screen instead, and the director agreed."):
        assert [i.text for i in session.analyze(story(told)).items] == [i.text for i in analyze(story(told)).items]
        assert session.analyze(story(told)).reading == analyze(story(told)).reading
