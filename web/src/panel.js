// The side panel's review: verdict and top changes, scores and what moved them, the items, the
// principles, the 90-second view, the sentences for the room, the initiated and stopped pair and
// the specialty guess. Each section is rebuilt only when its own data changed, so typing in the
// editor never moves the focus of someone reading the panel.

import { h, svg, clear } from "./dom.js";
import { toUtf16 } from "./offsets.js";

const DIMENSIONS = [["packet", "Packet"], ["evidence", "Evidence"], ["narrative", "Narrative"],
  ["re_role", "Re-role"], ["level_signal", "Level signal"]];

function section(id, title, ...body) {
  return h("section", { class: "pc-section", id: `sec-${id}`, "aria-labelledby": `sec-${id}-title` },
    h("h2", { id: `sec-${id}-title` }, title), ...body);
}

function jumpButton(label, onJump, extra = {}) {
  const button = h("button", { type: "button", class: "pc-link", ...extra }, label);
  button.addEventListener("click", onJump);
  return button;
}

function itemLabel(report, id) {
  const item = report.items.find((i) => i.id === id);
  return item ? item.text.replace(/\s+/g, " ").replace(/\*\*/g, "").slice(0, 90) + (item.text.length > 90 ? "…" : "") : id;
}

export class Panel {
  constructor(root, { jump, principles, apply }) {
    this.root = root;
    this.apply = apply; // (from, to, text) in UTF-16 units: one undoable edit of the draft
    this.jump = jump; // (start, end) in UTF-16 units of the current draft
    this.principles = principles; // () => {slug: title}, expected list
    this.keys = new Map();
    this.baseline = null;
    this.previous = null;
  }

  resetBaseline() { this.baseline = null; this.previous = null; }

  render(report, text) {
    this.units = toUtf16(text);
    this.report = report;
    this.text = text;
    if (!this.baseline) this.baseline = report.score;
    const parts = [
      ["verdict", () => report.verdict ?? null, () => this.verdict(report)],
      ["scores", () => [report.score, report.score_reasons, this.previous, this.baseline], () => this.scores(report)],
      ["room", () => [report.room_sentences, report.document.retell, report.document.retell_scaffold,
        report.document.lead_suggestion, report.document.lead_is_outcome], () => this.room(report)],
      ["items", () => report.items.map((i) => [i.id, i.ready, i.kind, i.missing]), () => this.items(report)],
      ["principles", () => report.document.principles_coverage, () => this.principleChart(report)],
      // the dimmed draft is drawn only while it is open: typing elsewhere costs nothing
      ["skim", () => [report.document.skim, this.skimOpen ? [report.skim_spans, text] : null],
        () => this.skim(report, text)],
      ["judgment", () => [report.document.initiated_items, report.document.stopped_items,
        report.items.map((i) => i.id)], () => this.judgment(report)],
      ["specialty", () => report.document.specialty, () => this.specialty(report)],
      ["whole", () => report.findings.filter((f) => !f.underline).map((f) => [f.name, f.message]),
        () => this.wholeDraft(report)],
    ];
    for (const [id, keyOf, build] of parts) {
      const key = JSON.stringify(keyOf());
      if (this.keys.get(id) === key) continue;
      this.keys.set(id, key);
      const fresh = build();
      const old = this.root.querySelector(`#sec-${id}`);
      if (old) old.replaceWith(fresh); else this.root.append(fresh);
    }
    this.previous = report.score;
  }

  at(start, end) { this.jump(this.units(start), this.units(end)); }

  jumpToLine(line) {
    const lines = this.text.split("\n");
    let start = 0;
    for (let n = 1; n < line && n <= lines.length; n++) start += lines[n - 1].length + 1;
    const end = start + (lines[line - 1] || "").length;
    this.jump(start, end); // UTF-16 offsets of the text as shown
  }

  jumpToItem(id) {
    const item = this.report.items.find((i) => i.id === id);
    if (item) this.at(item.start, item.end);
  }

  verdict(report) {
    const verdict = report.verdict;
    if (!verdict) {
      return section("verdict", "Verdict", h("p", { class: "pc-unavailable" },
        "Not available in this version of packetcoach: the verdict and its top changes appear here once the ",
        "library provides them. The scores and findings below are complete."));
    }
    const changes = (verdict.top_changes || []).map((change) => {
      const target = (change.items || [])[0];
      const line = (change.lines || [])[0];
      const where = target ? jumpButton(line ? `go to line ${line}` : "go to it", () => this.jumpToItem(target))
        : line ? jumpButton(`go to line ${line}`, () => this.jumpToLine(line)) : null;
      return h("li", {}, h("p", { class: "pc-change" }, change.what),
        h("p", { class: "pc-muted" }, change.gain ? `+${change.gain} points` : "", change.gain && where ? " · " : "", where));
    });
    return section("verdict", "Verdict",
      h("p", { class: `pc-verdict pc-verdict-${verdict.reading}` }, h("strong", {}, `Reads ${verdict.reading} the bar`),
        verdict.gap && verdict.gap !== "none" ? ` · the gap is ${verdict.gap}` : ""),
      h("p", {}, verdict.summary),
      changes.length ? [h("h3", {}, "The top changes"), h("ol", { class: "pc-changes" }, changes)] : null);
  }

  scores(report) {
    const cells = DIMENSIONS.map(([key, label]) => {
      const value = report.score[key];
      const before = this.previous?.[key];
      const since = this.baseline?.[key];
      const delta = before === undefined ? 0 : value - before;
      const total = since === undefined ? 0 : value - since;
      return h("div", { class: `pc-score ${key === "packet" ? "pc-score-main" : ""}` },
        h("div", { class: "pc-score-value" }, String(value)),
        h("div", { class: "pc-score-label" }, label),
        delta ? h("div", { class: `pc-delta ${delta > 0 ? "up" : "down"}` },
          `${delta > 0 ? "▲" : "▼"} ${Math.abs(delta)} just now`) : null,
        total && total !== delta ? h("div", { class: `pc-delta ${total > 0 ? "up" : "down"}` },
          `${total > 0 ? "+" : "−"}${Math.abs(total)} since opened`) : null);
    });
    const reasons = Object.entries(report.score_reasons || {}).filter(([, list]) => list.length)
      .map(([name, list]) => h("li", {}, h("strong", {}, name.replace("_", " ") + ": "), list.join("; ")));
    return section("scores", "Scores",
      h("div", { class: "pc-scores", role: "group", "aria-label": "Scores out of 100" }, cells),
      reasons.length ? h("details", { class: "pc-reasons" }, h("summary", {}, "What moved them"), h("ul", {}, reasons))
        : h("p", { class: "pc-muted" }, "Nothing is holding the scores down."));
  }

  room(report) {
    const doc = report.document;
    const sentences = (report.room_sentences || []).map((sentence) => h("li", {}, sentence.text, " ",
      sentence.items.length ? jumpButton(sentence.lines.length ? `line ${sentence.lines[0]}` : "go to it",
        () => this.jumpToItem(sentence.items[0])) : null));
    const retell = doc.retell
      ? [h("h3", {}, "The sentence your manager can repeat"), h("blockquote", { class: "pc-retell" }, doc.retell)]
      : [h("h3", {}, "The sentence your manager can repeat"),
        h("p", {}, "The draft has none yet. A candidate from your best item:"),
        doc.retell_scaffold ? h("blockquote", { class: "pc-retell pc-scaffold" }, doc.retell_scaffold) : null];
    const lead = doc.lead_is_outcome
      ? h("p", {}, "The draft opens with a customer outcome.")
      : h("p", {}, "The draft does not open with its strongest outcome",
        doc.lead_suggestion ? [". Lead with: ", jumpButton(itemLabel(report, doc.lead_suggestion),
          () => this.jumpToItem(doc.lead_suggestion))] : ".");
    return section("room", "Sentences for the room",
      sentences.length ? h("ol", { class: "pc-room" }, sentences)
        : h("p", { class: "pc-missing" }, "No outcome the room could repeat yet: no item states a measured result."),
      retell, lead);
  }

  items(report) {
    const claims = report.items.filter((i) => i.kind === "claim");
    const ready = claims.filter((i) => i.ready).length;
    const rows = report.items.map((item) => h("tr", { class: item.ready ? "is-ready" : "" },
      h("td", {}, item.kind !== "claim" ? h("span", { class: "pc-kind-tag" }, item.kind)
        : item.ready ? h("span", { class: "pc-ready" }, "✓ ready") : h("span", { class: "pc-not-ready" }, "✗ not yet")),
      h("td", {}, jumpButton(itemLabel(report, item.id), () => this.jumpToItem(item.id))),
      h("td", {}, item.kind === "claim" ? (item.missing || []).join(", ") || "—" : "not judged")));
    return section("items", `Items: ${ready} of ${claims.length} ready`,
      h("table", { class: "pc-items" },
        h("caption", { class: "pc-sr" }, "Every evidence item, whether it is ready for the room and what it lacks"),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Ready"), h("th", { scope: "col" }, "Item"),
          h("th", { scope: "col" }, "Missing"))),
        h("tbody", {}, rows)));
  }

  principleChart(report) {
    const { titles, expected } = this.principles();
    const coverage = report.document.principles_coverage || {};
    const names = Object.keys(coverage);
    const max = Math.max(1, ...names.map((n) => coverage[n].length));
    const row = 22, labelWidth = 250, barWidth = 140;
    const short = (title) => (title.length > 34 ? `${title.slice(0, 33)}…` : title);
    const rows = names.map((name, index) => {
      const count = coverage[name].length;
      const wanted = expected.includes(name);
      const y = index * row;
      return svg("g", { class: `pc-bar ${count ? "covered" : wanted ? "missing-expected" : "missing"}` },
        svg("title", {}, `${titles[name] || name}: ${count} item${count === 1 ? "" : "s"}`),
        svg("text", { x: labelWidth - 6, y: y + 15, "text-anchor": "end" }, short(titles[name] || name) + (wanted ? " *" : "")),
        svg("rect", { x: labelWidth, y: y + 4, width: Math.max(2, (count / max) * barWidth), height: 14, rx: 2 }),
        svg("text", { x: labelWidth + Math.max(2, (count / max) * barWidth) + 6, y: y + 15 },
          count ? `${count} item${count > 1 ? "s" : ""}` : wanted ? "none: expected" : "none"));
    });
    const chart = svg("svg", { viewBox: `0 0 ${labelWidth + barWidth + 110} ${names.length * row + 4}`, role: "img",
      "aria-labelledby": "principles-desc", class: "pc-chart" }, rows);
    const covered = names.filter((n) => coverage[n].length).map((n) => titles[n] || n);
    const missing = expected.filter((n) => !(coverage[n] || []).length).map((n) => titles[n] || n);
    return section("principles", "Principle coverage",
      h("p", { id: "principles-desc", class: "pc-muted" },
        `Evidenced: ${covered.join(", ") || "none"}. Expected but missing: ${missing.join(", ") || "none"}.`),
      chart, h("p", { class: "pc-muted" }, "* expected in every packet"));
  }

  skimText(report, text) {
    const units = toUtf16(text);
    const spans = (report.skim_spans || []).map(([s, e]) => [units(s), units(e)]);
    const pieces = [];
    let at = 0;
    for (const [start, end] of spans) {
      if (start > at) pieces.push(h("span", { class: "pc-dim" }, text.slice(at, start)));
      pieces.push(h("span", { class: "pc-seen" }, text.slice(start, end)));
      at = end;
    }
    if (at < text.length) pieces.push(h("span", { class: "pc-dim" }, text.slice(at)));
    return h("div", { class: "pc-skim-text", tabindex: "0", role: "document", "aria-label": "What a skimming reader sees" }, pieces);
  }

  skim(report, text) {
    const skim = report.document.skim;
    const missed = skim.strongest_missed || [];
    return section("skim", "The 90-second view",
      h("p", {}, `A skimming reader takes in about ${skim.words_read} words: headings, first sentences and bold text. `,
        missed.length ? ["They miss ", missed.map((id, i) => [i ? ", " : "",
          jumpButton(itemLabel(report, id), () => this.jumpToItem(id))]), "."] : "Your strongest outcomes are inside it."),
      this.skimDetails(report, text));
  }

  skimDetails(report, text) {
    const details = h("details", { class: "pc-skim", open: this.skimOpen }, h("summary", {}, "Show what they see (the rest dimmed)"),
      this.skimOpen ? this.skimText(report, text) : null);
    details.addEventListener("toggle", () => {
      if (details.open === Boolean(this.skimOpen)) return;
      this.skimOpen = details.open;
      if (details.open && !details.querySelector(".pc-skim-text")) details.append(this.skimText(this.report, this.text));
      this.keys.delete("skim");
    });
    return details;
  }

  judgment(report) {
    const doc = report.document;
    const list = (ids) => ids.length
      ? h("ul", {}, ids.map((id) => h("li", {}, jumpButton(itemLabel(report, id), () => this.jumpToItem(id)))))
      : h("p", { class: "pc-missing" }, "none found");
    return section("judgment", "Judgment both ways",
      h("div", { class: "pc-pair" },
        h("div", {}, h("h3", {}, "Initiated"), list(doc.initiated_items || [])),
        h("div", {}, h("h3", {}, "Stopped or said no to"), list(doc.stopped_items || []))));
  }

  specialty(report) {
    const s = report.document.specialty || {};
    return section("specialty", "Old specialty showing",
      s.guess
        ? h("p", {}, "A reader could guess your engineering past, ", h("strong", {}, s.guess), ", from: ",
          (s.evidence || []).map((word, i) => [i ? ", " : "", h("mark", { class: "pc-word" }, word)]), ".")
        : h("p", {}, "No old specialty shows through the words."));
  }

  wholeDraft(report) {
    const found = report.findings.map((f, index) => [f, report.fixes?.[index] || []]).filter(([f]) => !f.underline);
    return section("whole", `About the whole draft (${found.length})`,
      found.length ? h("ul", { class: "pc-whole" }, found.map(([f, fixes]) => h("li", {},
        h("strong", {}, f.message), f.suggestion ? h("div", { class: "pc-muted" }, "→ ", f.suggestion) : null,
        fixes.map((fix) => {
          const button = h("button", { type: "button", class: "pc-fix" }, fix.title);
          button.addEventListener("click", () => this.apply(this.units(fix.start), this.units(fix.end), fix.text));
          return button;
        }))))
        : h("p", {}, "Nothing about the draft as a whole."));
  }
}
