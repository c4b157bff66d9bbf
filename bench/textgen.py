"""Deterministic synthetic packets for the speed benchmark.

Why synthetic: the three example drafts are all about 1,000 words, and speed has
to be known at 300, 1,500 and 5,000 words too. The bank mixes the voices the
analyser has to tell apart (engineering changelog, PM decisions, numbers, "we"
and "I") so the rules do real work instead of skimming empty prose. A seeded
``random.Random`` makes every run analyse byte-identical text.
"""

from __future__ import annotations

import random

SLOTS: dict[str, tuple[str, ...]] = {
    "system": ("checkout service", "search ranking pipeline", "substitution model", "payments gateway",
               "notification trigger", "catalog ingestion job", "pricing API", "delivery ETA model",
               "returns workflow", "seller onboarding flow"),
    "team": ("Fresh operations", "Prime Video", "seller support", "Alexa shopping", "last-mile delivery",
             "marketplace trust", "customer service", "ads measurement"),
    "customer": ("grocery shoppers", "small sellers", "Prime members", "first-time buyers", "delivery drivers",
                 "enterprise customers", "returning customers", "personal shoppers"),
    "verb_eng": ("Refactored", "Rewrote", "Optimized", "Profiled and tuned", "Re-architected"),
    "verb_move": ("Migrated", "Moved", "Ported"),
    "verb_win": ("Convinced", "Persuaded", "Got buy-in from"),
    "metric": ("conversion", "repeat purchase rate", "contact rate", "NPS", "refund rate", "weekly active users",
               "on-time delivery", "cart abandonment"),
    "quarter": ("Q1", "Q2", "Q3", "Q4"),
    "city": ("Seattle", "Austin", "Madrid", "Tokyo", "Bangalore", "Berlin"),
}

ENGINEERING = (
    "{verb_eng} the {system} to reduce p99 latency from {big} ms to {small} ms.",
    "{verb_move} the {system} onto the new event bus, which removed {small} cron jobs.",
    "We moved the {system} from a nightly batch to streaming inference with a {small}-second freshness target.",
    "I wrote the design doc for the {system} cache and implemented the invalidation logic myself.",
    "Reduced memory usage of the {system} by {pct}% by switching the serializer and pooling buffers.",
    "Fixed {small} flaky integration tests and raised unit test coverage of the {system} to {pct}%.",
    "The team upgraded the {system} to the latest framework version across {small} services.",
    "Built dashboards and alarms for the {system}, with on-call runbooks for each alarm.",
    "Debugged a memory leak in the {system} that caused {small} pages a week for the on-call engineer.",
    "We sharded the {system} database into {small} partitions and cut write latency by {pct}%.",
)

PM = (
    "{verb_win} the {team} director to fund a pilot for {customer}, which raised {metric} from {pct}% to {pct2}%.",
    "I decided to stop the {system} rewrite after {small} customer interviews showed the real problem was trust.",
    "We launched the new flow to {millions} million {customer} in {quarter}, and {metric} rose by {small} points.",
    "I wrote the six-page narrative that got {team} to commit {small} engineers to the {system} in {quarter}.",
    "Cut refunds for {customer} by ${millions}M a year by changing what the {system} offers by default.",
    "Ran {small} interviews and {small} ride-alongs with {customer} in {city} before writing the PRD.",
    "Prioritized the {customer} complaint backlog over the roadmap, which cut {metric} complaints by {pct}%.",
    "Negotiated with {team} to share the {system} instead of building a second one, saving {small} months.",
    "I chose to delay the {city} launch by {small} weeks because {customer} could not undo a mistaken order.",
    "We measured {metric} for {customer} weekly and killed {small} experiments that did not move it.",
)

SOFT = (
    "Worked closely with the {team} team on many cross-functional initiatives.",
    "Helped with the rollout of the {system} to {big} stores.",
    "Participated in weekly syncs with {team} and shared updates with leadership.",
    "This was a very challenging year, and I am proud of what we accomplished together.",
    "At the end of the day, the {system} work was about making life easier for {customer}.",
    "Each and every {quarter} review with {team} ended with a list of follow-ups that I owned.",
    "We chose to utilize the existing {system} rather than build a second one.",
    "I think this is L6 scope, since the work crosses {team} and {system} boundaries.",
    "We saw a rise in {metric} in {quarter}, which is likely related to this work.",
)

HEADINGS = ("Summary", "Highlights", "Customer impact", "Working with {team}", "The {system}",
            "Decisions and trade-offs", "What I would do differently", "Growth areas", "Next year")


def _fill(template: str, rng: random.Random) -> str:
    """Fill every slot, numbers included, so no two sentences repeat exactly."""
    values = {name: rng.choice(options) for name, options in SLOTS.items()}
    values.update(big=rng.randint(120, 900), small=rng.randint(2, 40), pct=rng.randint(5, 60),
                  pct2=rng.randint(61, 95), millions=round(rng.uniform(0.3, 40), 1))
    return template.format(**values)


def _sentence(rng: random.Random) -> str:
    bank = rng.choices((ENGINEERING, PM, SOFT), weights=(4, 4, 2))[0]
    return _fill(rng.choice(bank), rng)


def _section(rng: random.Random, budget: int) -> list[str]:
    """One heading followed by prose, bullets or both, as a real packet's sections are.

    ``budget`` (words still wanted) caps the sentence count so small packets land near their size.
    """
    blocks = [f"## {_fill(rng.choice(HEADINGS), rng)}"]
    most = max(1, budget // 17)
    shape = rng.choice(("prose", "bullets", "both"))
    if shape in ("prose", "both"):
        blocks.append(" ".join(_sentence(rng) for _ in range(min(most, rng.randint(3, 6)))))
    if shape in ("bullets", "both"):
        bullets = [f"- {_sentence(rng)}" for _ in range(min(most, rng.randint(3, 6)))]
        if rng.random() < 0.4:
            bullets[0] = f"- **{bullets[0][2:].rstrip('.')}**."
        blocks.append("\n".join(bullets))
    return blocks


def make_packet(words: int, seed: int) -> str:
    """A Markdown packet of at least ``words`` words (whitespace-split), identical for a given seed."""
    rng = random.Random(seed)
    blocks = [f"# Self-Assessment 2025: {_fill('{system}', rng).title()}"]
    count = len(blocks[0].split())
    while count < words:
        section = _section(rng, words - count)
        blocks.extend(section)
        count += sum(len(block.split()) for block in section)
    return "\n\n".join(blocks) + "\n"


def word_count(text: str) -> int:
    """Whitespace-split words: the same rough measure for generated and real drafts."""
    return len(text.split())
