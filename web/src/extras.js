// Compare, plan and history: each shows its feature when this version of packetcoach has it,
// and says plainly that it is not available when it does not (never a stand-in).

import { post } from "./api.js";
import { h, svg, clear, $ } from "./dom.js";

const NOT_YET = {
  compare: "Calibration (ranking several packets and the manager's brief) is not available in this version of packetcoach.",
  plan: "The planner (phase, evidence or narrative gap, checklist with dates) is not available in this version of packetcoach.",
  history: "Draft history (scores across versions, and a diff against an earlier one) is not available in this version of packetcoach.",
};

const STATE_LABEL = { ready: "ready", "not-ready": "not ready", absent: "absent" };

export class Extras {
  constructor(context) {
    this.context = context;
    const feature = { compare: "calibrate", plan: "plan", history: "history" };
    for (const name of Object.keys(NOT_YET)) {
      const root = $(`#${name}-body`);
      if (!context.features[feature[name]]) clear(root, h("p", { class: "pc-unavailable" }, NOT_YET[name]));
    }
    if (context.features.calibrate) this.compareView($("#compare-body"));
    if (context.features.plan) this.planForm($("#plan-body"));
    if (context.features.history) this.historyView($("#history-body"));
  }

  body(extra = {}) {
    return { text: this.context.draft(), name: this.context.name(), doc: this.context.doc(), ...this.context.settings(), ...extra };
  }

  // ---- calibration ----

  compareView(root) {
    this.packets = [];
    const picker = h("input", { type: "file", id: "compare-input", multiple: true, accept: ".md,.markdown,.txt,.docx,.html,.htm", hidden: true });
    const add = h("button", { type: "button", id: "compare-add" }, "Add packets…");
    const mine = h("input", { type: "checkbox", id: "compare-mine", checked: true });
    const rank = h("button", { type: "button", class: "pc-primary", id: "compare-rank" }, "Rank them");
    const brief = h("button", { type: "button", id: "compare-brief" }, "Manager's brief .html");
    this.packetList = h("ul", { id: "compare-list", class: "pc-packets" });
    this.compareOut = h("div", { id: "compare-out", "aria-live": "polite" });
    const zone = h("div", { class: "pc-dropzone", id: "compare-drop" }, "Drop several packets here (.md, .txt, .docx, .html), or ", add);
    add.addEventListener("click", () => picker.click());
    picker.addEventListener("change", () => { this.addPackets(picker.files); picker.value = ""; });
    zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("dragging"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
    zone.addEventListener("drop", (event) => { event.preventDefault(); zone.classList.remove("dragging"); this.addPackets(event.dataTransfer.files); });
    rank.addEventListener("click", () => this.rank());
    brief.addEventListener("click", () => this.brief());
    clear(root, h("p", {}, "Rank several packets the way the calibration room would, at the level chosen above, with ",
      "each person's case, the peer comparison that hurts and the objections to expect."), zone, picker, this.packetList,
    h("div", { class: "pc-row" }, h("label", {}, mine, " Include the draft in the editor"), rank, brief), this.compareOut);
    this.includeMine = mine;
  }

  async addPackets(files) {
    for (const file of Array.from(files)) {
      try {
        const read = await post("/api/open", file, { headers: { "X-Packetcoach-Filename": encodeURIComponent(file.name) } });
        this.packets.push({ name: read.name, text: read.text });
      } catch (error) { this.context.showMessage(error.message); }
    }
    clear(this.packetList, this.packets.map((packet, index) => {
      const remove = h("button", { type: "button", class: "pc-link", "aria-label": `Remove ${packet.name}` }, "remove");
      remove.addEventListener("click", () => { this.packets.splice(index, 1); this.addPackets([]); });
      return h("li", {}, packet.name, " ", remove);
    }));
  }

  drafts() {
    const drafts = this.packets.slice();
    if (this.includeMine.checked && this.context.draft().trim()) drafts.unshift({ name: this.context.name(), text: this.context.draft() });
    return drafts;
  }

  async rank() {
    const drafts = this.drafts();
    if (drafts.length < 2) { this.context.showMessage("Add at least two packets to compare.", "info"); return; }
    let result;
    try { result = await post("/api/calibrate", { drafts, ...this.context.settings() }); }
    catch (error) { this.context.showMessage(error.message); return; }
    clear(this.compareOut, h("table", { class: "pc-items", id: "compare-ranking" },
      h("caption", {}, `Ranking at ${result.level}`),
      h("thead", {}, h("tr", {}, ["Rank", "Packet", "Score", "The case", "Loses to"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, result.ranking.map((entry) => h("tr", {}, h("td", {}, String(entry.rank)), h("td", {}, entry.source),
        h("td", {}, String(entry.score.packet)), h("td", {}, entry.case || "—"),
        h("td", {}, (entry.loses_to || []).map((loss) => h("div", {}, `${loss.source} on ${loss.dimension.replace("_", " ")}: ${loss.why}`))))))),
    (result.ties || []).length ? h("p", { class: "pc-muted" }, "Ties: ", result.ties.map((t) => `${t[0]} and ${t[1]} (${t[2]})`).join("; ")) : null);
  }

  async brief() {
    const drafts = this.drafts();
    if (drafts.length < 2) { this.context.showMessage("Add at least two packets to compare.", "info"); return; }
    try {
      const response = await post("/api/calibrate/brief", { drafts, ...this.context.settings() }, { raw: true });
      this.context.download(await response.blob(), "calibration-brief.html");
    } catch (error) { this.context.showMessage(error.message); }
  }

  // ---- the plan ----

  planForm(root) {
    const due = h("input", { type: "date", id: "plan-due", required: true });
    const make = h("button", { type: "button", class: "pc-primary", id: "plan-make" }, "Make the plan");
    const out = h("div", { id: "plan-out", "aria-live": "polite" });
    make.addEventListener("click", () => this.plan(due.value, out));
    clear(root, h("p", {}, "When is the document due? The plan reads your draft as it stands: the phase of the cycle, ",
      "whether the gap is evidence or narrative, whether a coach is worth it now, and a dated checklist."),
    h("div", { class: "pc-row" }, h("label", { for: "plan-due" }, "Due date "), due, make), out);
  }

  async plan(due, out) {
    if (!due) { this.context.showMessage("Set the due date first.", "info"); return; }
    let plan;
    try { plan = await post("/api/plan", this.body({ due })); } catch (error) { this.context.showMessage(error.message); return; }
    const days = plan.days_left === 1 ? "1 day" : `${plan.days_left} days`;
    clear(out,
      h("h3", {}, `Phase: ${plan.phase} · ${plan.days_left >= 0 ? `${days} left` : "the due date has passed"}`),
      h("p", {}, plan.focus),
      plan.gap ? h("p", {}, h("strong", {}, `The gap is ${plan.gap}`), plan.gap_why.length ? `: ${plan.gap_why.join("; ")}` : "")
        : h("p", { class: "pc-muted" }, plan.cannot_judge.length ? `Without a draft it cannot judge ${plan.cannot_judge.join("; ")}.` : ""),
      h("p", {}, h("strong", {}, `Coaching: ${plan.coaching.verdict.replace(/-/g, " ")}`),
        plan.coaching.sessions ? ` (${plan.coaching.sessions} sessions)` : "", plan.coaching.why.length ? `. ${plan.coaching.why.join(" ")}` : ""),
      h("table", { class: "pc-items", id: "plan-checklist" },
        h("caption", { class: "pc-sr" }, "The checklist with its dates"),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "By"), h("th", { scope: "col" }, "Task"), h("th", { scope: "col" }, "Done"))),
        h("tbody", {}, plan.checklist.map((task) => h("tr", {}, h("td", { class: "pc-nowrap" }, task.due), h("td", {}, task.task),
          h("td", {}, task.done ? "✓" : ""))))),
      plan.manager_questions.length ? [h("h3", {}, plan.questions_heading || "Ask your manager"),
        h("ul", {}, plan.manager_questions.map((q) => h("li", {}, q)))] : null,
      plan.trend.length > 1 ? h("p", { class: "pc-muted" }, `Packet score across kept versions: ${plan.trend.map((t) => t.packet).join(" → ")}`) : null);
  }

  // ---- the history ----

  historyView(root) {
    const keep = h("button", { type: "button", class: "pc-primary", id: "history-keep" }, "Keep this version");
    const refresh = h("button", { type: "button", id: "history-refresh" }, "Show the history");
    this.historyOut = h("div", { id: "history-out", "aria-live": "polite" });
    keep.addEventListener("click", () => this.keep());
    refresh.addEventListener("click", () => this.history());
    clear(root, h("p", {}, "Keep versions of the draft as you work, see how the scores moved, and compare the draft ",
      "now with any earlier version, item by item. Versions are kept in your private local history, under the ",
      "draft's file name (the same history `packetcoach check` keeps)."), h("div", { class: "pc-row" }, keep, refresh),
    this.historyOut);
  }

  async keep() {
    if (!this.context.draft().trim()) { this.context.showMessage("There is no draft to keep yet.", "info"); return; }
    try {
      const result = await post("/api/history/keep", this.body());
      this.context.showMessage(result.kept ? `Kept version ${result.kept}.` : "This version is already kept.", "info");
      this.renderHistory(result.versions);
    } catch (error) { this.context.showMessage(error.message); }
  }

  async history() {
    try { this.renderHistory((await post("/api/history", this.body())).versions); }
    catch (error) { this.context.showMessage(error.message); }
  }

  renderHistory(versions) {
    if (!versions.length) {
      clear(this.historyOut, h("p", {}, `No version of ${this.context.name()} kept yet.`));
      return;
    }
    const rows = versions.slice().reverse().map((v) => {
      const compare = h("button", { type: "button", class: "pc-link" }, "compare with now");
      compare.addEventListener("click", () => this.diff(v.id));
      return h("tr", {}, h("td", {}, `@${v.id}`), h("td", { class: "pc-nowrap" }, v.at.replace("T", " ").slice(0, 16)),
        h("td", {}, String(v.score.packet)), h("td", {}, String(v.words)), h("td", {}, compare));
    });
    clear(this.historyOut, this.chart(versions),
      h("table", { class: "pc-items" }, h("caption", { class: "pc-sr" }, "Kept versions"),
        h("thead", {}, h("tr", {}, ["Version", "Kept", "Packet", "Words", ""].map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", {}, rows)),
      h("div", { id: "diff-out", "aria-live": "polite" }));
  }

  chart(versions) {
    const width = 420, height = 140, pad = 28;
    const x = (i) => pad + (versions.length === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (versions.length - 1));
    const y = (score) => height - pad - (score / 100) * (height - 2 * pad);
    const points = versions.map((v, i) => `${x(i).toFixed(1)},${y(v.score.packet).toFixed(1)}`).join(" ");
    const scores = versions.map((v) => v.score.packet).join(", ");
    return svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "pc-chart pc-history-chart", role: "img",
      "aria-label": `Packet score across ${versions.length} kept versions: ${scores}` },
    svg("line", { x1: pad, y1: y(0), x2: width - pad, y2: y(0), class: "pc-axis" }),
    svg("line", { x1: pad, y1: y(100), x2: width - pad, y2: y(100), class: "pc-axis pc-axis-top" }),
    svg("text", { x: 4, y: y(100) + 4 }, "100"), svg("text", { x: 12, y: y(0) + 4 }, "0"),
    svg("polyline", { points, class: "pc-line" }),
    versions.map((v, i) => [svg("circle", { cx: x(i), cy: y(v.score.packet), r: 4, class: "pc-point" },
      svg("title", {}, `@${v.id}: ${v.score.packet}`)),
    svg("text", { x: x(i), y: y(v.score.packet) - 8, "text-anchor": "middle" }, String(v.score.packet))]));
  }

  async diff(id) {
    let diff;
    try { diff = await post("/api/diff", this.body({ version: id })); } catch (error) { this.context.showMessage(error.message); return; }
    const change = diff.score.change;
    const moved = Object.entries(change).map(([name, delta]) => `${name.replace("_", " ")} ${delta > 0 ? "+" : ""}${delta}`);
    clear($("#diff-out"), h("h3", {}, `${diff.old} → now`),
      h("p", {}, `Packet ${diff.score.before.packet} → ${diff.score.after.packet} (${moved.join(", ")})`),
      h("ul", { class: "pc-diff" }, diff.items.filter((i) => i.before !== i.after || i.before_text).map((item) =>
        h("li", { class: `pc-diff-${item.after}` }, h("strong", {}, `${STATE_LABEL[item.before]} → ${STATE_LABEL[item.after]}: `),
          item.text, item.before_text ? h("div", { class: "pc-muted" }, "was: ", item.before_text) : null))),
      h("p", { class: "pc-muted" }, `${diff.items.filter((i) => i.before === i.after && !i.before_text).length} items unchanged.`));
  }
}
