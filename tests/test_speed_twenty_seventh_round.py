"""The twenty-seventh round made reading cheaper with every report unchanged: readings that now ask
a cheap question first (is a word that opens one of the profile's phrases in the item at all? does
the sentence open as a question?) before the slower scan. Drafts of our own that should still be
read as before, and that should not."""

from __future__ import annotations

from test_document_fields_thirty_fifth_set import named, story
from test_stories_dated_back import MISTAKE, REPAIR
from test_document_fields_twenty_fifth_set import story_items

from packetcoach.profile.compile import rubric_for
from packetcoach.profile.lexicon import tokenize
from packetcoach.text.verbs import question_verb


def test_a_bet_pushed_for_with_any_of_the_profiles_openers_is_still_a_start() -> None:
    # every first word of `verbs.pushing_for` opens the scan ("pushed", "argued", "lobbied", "made")
    for push in ("pushed for", "argued for", "lobbied for", "made the case for", "pushed to pilot"):
        told = (f"I {push} a $4 frost-alert add-on in 2024, predicting 10% take-up among our 900 growers; "
                "it reached 2% in three months.")
        assert named(story(told), "initiated_items") == [told[:24]], push
    # a bet told with none of those words, a push with no bet, and a push told of someone else
    for none in ("I offered a $4 frost-alert add-on in 2024, predicting 10% take-up among our 900 growers; "
                 "it reached 2% in three months.",
                 "I pushed for retries on every payment call, and late payments to our 900 growers fell "
                 "from 5% to 1%.",
                 "The sales lead pushed for weekend pickups, betting that growers would come on Saturdays; "
                 "6% did."):
        assert named(story(none), "initiated_items") == [], none


def test_a_trial_won_for_a_case_argued_is_still_a_start() -> None:
    won = ("I argued, against the head of compliance, that the other seven checks could wait until after "
           "award, and won a six-month trial with our 900 growers.")
    assert named(story(won), "initiated_items") == [won[:24]]
    lost = ("I argued, against the head of compliance, that the other seven checks could wait until after "
            "award, and lost; the trial never ran.")
    assert named(story(lost), "initiated_items") == []


def test_a_repair_dated_by_any_listed_time_still_joins_the_mistake() -> None:
    # "within a week" and "the next day" open with words no other listed time opens with
    for time in ("within a week", "the next day", "that afternoon"):
        told = MISTAKE + f"I told the three grower cooperatives {time} that it was my error, " + REPAIR
        assert story_items(told) == [told[:24]], time
    # a time the profile does not list keeps the repair apart
    apart = MISTAKE + "I told the three grower cooperatives a month later that it was my error, " + REPAIR
    assert len(story_items(apart)) == 2


def test_only_a_sentence_that_opens_as_a_question_has_a_question_verb() -> None:
    rubric = rubric_for("amazon-pm")
    for asked, verb in (("Did the queue drop because volumes fell? No: ...", "drop"),
                        ("Why not build the feature first?", "build"),
                        ("Will the panel read this as a data project?", "read")):
        found = question_verb(tokenize(asked), rubric)
        assert found is not None and found[1] == verb, asked
    for told in ("The queue dropped because volumes fell? No.", "Refunds fell from 9% to 4%.",
                 "Did the queue drop because volumes fell.", ""):
        assert question_verb(tokenize(told), rubric) is None, told
