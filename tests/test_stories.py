"""Stories as the room reads them (analysis/stories.py): one heading's prose is one story, unless its
paragraphs each tell a whole story under a bold title."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.analysis.stories import stories, told_stories

TITLED = """# 2026 self-assessment

## Outcomes

**Counter drop-off.** I proposed QR labels that a carrier scans at the counter and launched them in
March. Abandoned returns fell from 31% to 12%.

**Refund on drop-off.** I chose to refund when the carrier scans the parcel. Repeat purchase within
60 days of a return rose from 41% to 47%.
"""

PARTS = """# 2026 self-assessment

## Story 1: own credit terms

**Problem.** Buyers who need an invoice could not pay by card; 38% abandoned a cart for that reason.

**Decision.** I chose our own 30-day terms over a lender charging 2.9% of each invoice.

**Result.** Invoice purchases rose from $64M to $212M a year.
"""


def test_titled_paragraphs_that_each_tell_a_story_are_stories() -> None:
    told = stories(analyze(TITLED).items)
    assert len(told) == 2 and all(story.measured and story.owned for story in told)


def test_bold_labels_naming_the_parts_of_one_story_keep_it_whole() -> None:
    report = analyze(PARTS)
    told = stories(report.items, part_labels=report.rubric.story_part_labels)
    assert len(told) == 1 and told[0].measured and told[0].owned


MIXED_TITLES = """# 2026 self-assessment

## What I decided and what it changed

**Bedtime mode.** I wrote the case for a bedtime timer and chose it over the PIN redesign the design
team had planned. Households using bedtime mode cancel 31% less than those without it.

**Stopped the games tab.** Two percent of children opened it twice. I shut it down in March.

**Offline downloads.** Downloads for kids profiles launched in June, and complaints to support about
trips fell by 40%.
"""


def test_titled_paragraphs_are_stories_even_when_only_one_is_whole() -> None:
    """Three titles that name no part of a story are three stories; before, a section with one whole
    story read as one story, and the verdict counted two measured stories where the room sees three."""
    report = analyze(MIXED_TITLES)
    told = stories(report.items, part_labels=report.rubric.story_part_labels)
    assert [story.title for story in told] == ["What I decided and what it changed"] * 3
    assert [story.measured for story in told] == [True, False, True]
    assert len(stories(report.items)) == 1  # without the profile's part labels: the old reading


def test_a_section_with_a_part_label_among_its_titles_stays_one_story() -> None:
    text = PARTS.replace("**Problem.**", "**Invoices.**")
    report = analyze(text)
    assert len(stories(report.items, part_labels=report.rubric.story_part_labels)) == 1


LABELLED_BULLETS = """# 2026 self-assessment

I own returns for the EU marketplace.

## What I delivered

- **Label-free returns.** Shoppers in Germany told us in 40 interviews that printing a label was the
  step they hated most. I launched QR-code returns at drop-off points in March, and return contacts
  fell 22% ($3.1M a year in support cost).
- **Return fee.** When finance asked for a 2 EUR return fee, I showed that fee-paying returners
  bought 18% less, and we kept returns free; repeat purchase held at 34%.
"""


def test_a_bullet_under_a_bold_label_is_read_from_its_first_sentence_with_a_verb() -> None:
    """The label has no verb, so the item's action is the next sentence's; and a ready item whose
    first sentence sets the scene is still the writer's own story."""
    report = analyze(LABELLED_BULLETS)
    fee = next(i for i in report.items if i.text.startswith("Return fee"))
    assert fee.action.verb == "show" and fee.action.subject == "i"
    label_free = next(i for i in report.items if i.text.startswith("Label-free"))
    assert label_free.ready and label_free.action.subject == "other"
    story = next(s for s in stories(report.items) if label_free in s.items)
    assert story.owned and story.complete


def test_a_scene_set_by_someone_else_is_not_the_writer_s_story_when_the_item_is_not_ready() -> None:
    report = analyze("## Work\n\n- Shoppers in Germany told us labels were painful. We are looking at "
                     "QR codes for next year.\n")
    assert not any(story.owned for story in stories(report.items))


CLAIM_TITLES = """# 2026 self-assessment

## Other work

**Stopped the in-house map.** When I joined, a team of seven was rebuilding our own map tiles. I
compared the cost with two licensed providers and closed the project in March. The seven engineers
moved to the coaching card.

**Coaching over alerts.** I proposed a weekly coaching card for fleet managers. I also cut the
weekly alert digest that nobody opened.
"""


def test_a_bold_title_that_is_a_claim_heads_the_story_told_below_it() -> None:
    """"**Stopped the in-house map.** ..." is the story's headline: the sentence after it joins its
    item, rather than leaving a four-word item judged on its own ("needs a customer, a number ...").
    A title that names no deed ("**Coaching over alerts.**") leaves its sentences split as before."""
    items = analyze(CLAIM_TITLES).items
    texts = [" ".join(item.text.replace("*", "").split()) for item in items]
    assert "Stopped the in-house map." not in texts
    stop = next(text for text in texts if text.startswith("Stopped the in-house map"))
    assert "When I joined, a team of seven" in stop
    assert any(text.startswith("I proposed a weekly coaching card") for text in texts)
    assert any(text.startswith("I also cut the weekly alert digest") for text in texts)


WALL = """# Annual review

When I took over the marketplace, growers waited 21 days to be paid. I proposed paying growers at
delivery for the undisputed part of an order, and grower churn fell from 14% to 6% over the year. I also
dropped the rating badges we had planned for Q3; the two engineers moved to photo evidence, which cut the
time to settle a dispute for buyers from 9 days to 3.
"""


def test_another_whole_story_told_in_the_same_paragraph_is_a_story_of_its_own() -> None:
    told = told_stories(analyze(WALL, level="L5"))
    assert [story.measured and story.owned for story in told] == [True, True]
    assert told[1].first.id == "i-also-dropped-the-rating"


def test_a_sentence_that_goes_on_with_the_story_stays_in_it() -> None:
    went_on = WALL.replace("I also\ndropped the rating badges", "We then\ndropped the rating badges")
    assert len(told_stories(analyze(went_on, level="L5"))) == 1


def test_told_stories_are_grouped_once_per_report() -> None:
    report = analyze(TITLED, level="L6")
    told = told_stories(report)
    assert told_stories(report) is told  # the verdict and the retell sentence read the same grouping
    assert told == stories(report.items, part_labels=report.rubric.story_part_labels,
                           openers=report.rubric.new_story_openers, nobody=report.rubric.nobody_harmed,
                           harm_verbs=report.rubric.harm_verbs, continuers=report.rubric.story_continuers)
    again = analyze(TITLED, level="L6")
    assert told_stories(again) is not told and told_stories(again) == told


def test_the_reading_names_the_lead_the_stories_name() -> None:
    """The packet reading names the outcome to lead with from the claims' kept answers, without
    building the stories: the same result as grouping the stories and ranking them, on every
    example and corpus packet."""
    from pathlib import Path

    from packetcoach.analysis.stories import lead_in, lead_of, told_in
    root = Path(__file__).resolve().parent.parent
    for path in sorted([*root.glob("examples/*.md"), *root.glob("corpus/packets/*.md")]):
        report = analyze(path.read_text(encoding="utf-8"))
        stopped = report.reading.stopped_items
        told = lead_of(told_in(report.items, report.rubric), report.rubric, stopped)
        found = lead_in(report.items, report.rubric, stopped)
        assert (found.id if found else None) == (told[1].id if told else None), path.name


def test_an_item_copied_with_other_signals_is_asked_again() -> None:
    """A claim's answers for the lead are kept on it, and a copy with other signals (the top
    changes' re-scoring) works them out again rather than reading the kept ones."""
    from packetcoach.analysis.stories import lead_in
    from packetcoach.core.model import rebased
    report = analyze("# Review\n\n## Outcomes\n\n- I cut refund contacts for small sellers from 9% to 6%.\n")
    item = next(i for i in report.items if i.kind == "claim")
    assert lead_in((item,), report.rubric) is item
    plain = rebased(item, signals=item.signals._replace(business_outcome=False, metric=False))
    assert lead_in((plain,), report.rubric) is None
