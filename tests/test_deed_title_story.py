"""A story under a bold title that is the writer's deed, told verb first ("**2. Moved the ferry
timetable to the tide tables.**") or with "I": the title is the writer's own action, as a verb-first
bullet's is, with or without the number of its place in the list, and the paragraph's claims under
it tell how and with what result, one item named by the title. Drafts of our own that should join
and that should not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import story

from packetcoach import Session, analyze

BODY = ("Foot passengers told us they waited up to an hour at the pier on low tides. I sat with the "
        "harbour master for a week and found that 40 sailings a month left later than printed. We "
        "reprinted the timetable from the tide tables. Complaints from foot passengers fell from 90 a "
        "month to 12, and weekday fares rose from 3,100 to 4,400.")
TITLES = ("**Moved the ferry timetable to the tide tables.**", "**2. Moved the ferry timetable to the tide tables.**",
          "**2) Moved the ferry timetable to the tide tables.**", "**I moved the ferry timetable to the tide tables.**")


def _items(paragraph: str) -> list:
    return [item for item in analyze(story(paragraph, "Ferries")).items if item.kind == "claim"]


def test_a_deed_title_and_the_story_under_it_are_one_ready_item() -> None:
    for title in TITLES:
        items = _items(f"{title} {BODY}")
        assert len(items) == 1, title
        item = items[0]
        assert item.signals is not None and item.signals.own_action, title
        assert item.ready, title
        assert "Complaints from foot passengers" in item.text, title


def test_the_number_of_a_title_reads_as_the_title_with_no_number() -> None:
    numbered = _items("**3. Cut the boarding queue at the north pier.** Foot passengers waited 20 minutes.")
    plain = _items("**Cut the boarding queue at the north pier.** Foot passengers waited 20 minutes.")
    assert [(i.action.subject, i.signals.own_action) for i in numbered] == \
        [(i.action.subject, i.signals.own_action) for i in plain]
    assert numbered[0].signals.own_action


def test_a_title_that_names_a_topic_or_asks_stays_as_it_was() -> None:
    # a gerund, a noun phrase or a question: no deed in the title, so the claims under it are split
    # as any paragraph's are, and a gerund after a number is no deed of the writer's
    for title in ("**Holding the winter timetable.**", "**3. Holding the winter timetable.**",
                  "**The winter timetable.**", "**Why did the winter timetable slip?**"):
        joined = [item for item in _items(f"{title} {BODY}") if "Complaints from" in item.text]
        assert not any(item.text.startswith(title.strip("*")[:8]) and "I sat with" in item.text
                       for item in joined), title
    gerund = analyze(story("**3. Holding the winter timetable.** The winter sailings were due in May.")).items
    assert not any(item.signals is not None and item.signals.own_action for item in gerund)


def test_a_second_finished_claim_joins_the_title_and_another_story_stays_apart() -> None:
    # the title's item is a ready story of the writer's already: a next ready claim of the same
    # paragraph goes on telling that story (one item, as the labels of three writers read it:
    # tests/test_ready44_round.py), while "I also ..." opens another
    two = ("**Made the pier simpler for foot passengers.** I cut the ticket steps for foot passengers from "
           "six to two, and boarding time fell from 14 minutes to 5. I replaced the paper manifests the crews "
           "kept with one shared tablet list, and late sailings for foot passengers fell from 11% to 3%.")
    assert len(_items(two)) == 1 and _items(two)[0].ready
    also = "**Moved the ferry timetable to the tide tables.** " + BODY + " I also ran the pier café tender."
    assert any(item.text.startswith("I also ran") for item in _items(also))
    # a numbered line with no bold is a bullet of a list: one item, as before
    listed = analyze(story("1. Moved the ferry timetable to the tide tables. " + BODY)).items
    assert len([i for i in listed if i.kind == "claim"]) == 1


def test_the_joined_story_is_the_same_from_a_session() -> None:
    session = Session()
    for title in TITLES:
        text = story(f"{title} {BODY}", "Ferries")
        assert [i.text for i in session.analyze(text).items] == [i.text for i in analyze(text).items]
        assert session.analyze(text).reading == analyze(text).reading
