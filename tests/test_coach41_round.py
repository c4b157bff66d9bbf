"""The coach round on four new drafts of our own (docs/accuracy.md, "The retell keeps the company's
our, a rule's bound is no result, and no question quotes a topic title"). Text in our own words.

- The retell said in the third person keeps the writer's "our" (the company's sellers, shelves and
  customers are the manager's too): "our sellers' conversion rose", never "their sellers'"; "I",
  "my" and "we" still become "they" and "their".
- An amount a rule or a product applies under or over, told after the thing it bounds ("disputes
  under $20", "every transfer over $500"), is no result: the sentence for the room takes the
  story's result beside it, and the rehearsal's "How do you know ... came from your decision?"
  never quotes the call itself. An amount reached, kept or paid ("fell to under $2", "cost under
  £9,000") stays a result.
- "Whose life is better because of ...?" asked of an item with no number quotes its claim past a
  bold topic title ("**Disputes.** Worked closely with ..."), never the title alone.
"""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.coach.rehearse import rehearse
from packetcoach.coach.sentences import bound_in, retell, room_sentences, third_person

MARKETPLACE = """\
# 2025 Self-assessment: Jonas Berg, Product Manager (L5)

## Listing quality

Our sellers were losing sales because their listings had no photos of the back of the item. We
found that 41% of listings on our shelves had a single photo. I proposed a photo checklist in the
listing flow and launched it in May. Listings with three or more photos rose from 22% to 64%, and
our sellers' conversion rose by 9% on those listings.
"""

REFUNDS = """\
# 2025 Self-assessment

I own returns for the marketplace.

**Returns**

Buyers who sent an item back used to wait for an agent to check the parcel. I changed the returns flow so that a carrier scan releases the refund, and refunds paid on the scan rose from 8% to 61%.

**Fraud**

I stopped the manual review queue for returns under $20 in Q3. It cost 11 agents' time and recovered less than it cost, so we now refund those buyers immediately and watch the pattern instead.

I started a monthly returns review with the category managers.
"""

LEVEL_KEPT = """\
# 2025 Self-assessment

## Shipping

I renegotiated the carrier contract for bulky items in April, and the shipping cost per sofa fell
from $48 to under $30 for 12,000 customers a quarter.
"""


def _sentence(report, words):
    return next(s for i in report.items for s in i.sentences if words in i.source[s.span.start:s.span.end])


def test_the_retell_keeps_the_company_our():
    report = analyze(MARKETPLACE, level="L5")
    told = retell(report)
    assert told is not None
    assert "our sellers' conversion" in told and "their sellers'" not in told


def test_third_person_still_turns_the_writer_into_they():
    assert third_person("I proposed it and we shipped it to our stores with my team") == \
        "they proposed it and they shipped it to our stores with their team"
    assert third_person("Our shelves had gaps") == "Our shelves had gaps"


def test_a_rule_bound_is_no_result_for_the_room():
    report = analyze(REFUNDS, level="L6")
    sentence = _sentence(report, "under $20")
    metric = next(m for i in report.items for m in i.metrics if m.text.strip().startswith("$20"))
    assert bound_in(sentence, metric, report.rubric)
    texts = [s.text for s in room_sentences(report)]
    assert texts and all(t != "I stopped the manual review queue for returns under $20 in Q3." for t in texts)
    assert any("11 agents' time" in t for t in texts)  # the stop said with its reason


def test_the_causal_question_never_quotes_the_bound_call():
    questions = rehearse(analyze(REFUNDS, level="L6"))
    causal = [q.text for q in questions if q.kind == "attribution"]
    assert not any("under $20" in q for q in causal)


def test_a_level_reached_under_an_amount_stays_a_result():
    report = analyze(LEVEL_KEPT, level="L6")
    sentence = _sentence(report, "under $30")
    metrics = [m for i in report.items for m in i.metrics if "$" in m.text]
    assert metrics and not any(bound_in(sentence, m, report.rubric) for m in metrics)
    assert any("under $30" in s.text for s in room_sentences(report))


TOPICS = """\
# 2025 Self-assessment

I own supplier payments for the wholesale channel.

## What I delivered

- **Faster payment.** I proposed paying small suppliers in seven days and won finance's approval on
  the second attempt; first-year supplier churn fell from 18% to 11%.
- **Supplier portal.** I launched a portal where suppliers see every payment we make to them.
- **Disputes.** Worked closely with the disputes team on a new triage flow. Disputes were resolved
  faster and the team was very happy with the result.
"""


def test_the_served_party_question_never_quotes_a_bold_topic_title():
    questions = [q for q in rehearse(analyze(TOPICS, level="L6")) if q.kind == "no-customer"]
    assert questions
    assert all('"Disputes"' not in q.text for q in questions)
    assert any("Worked closely with the disputes team" in q.text for q in questions)
