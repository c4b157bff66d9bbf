// Rehearsal: the questions a skeptical director would ask of this draft, one at a time; each typed
// answer is graded by the server exactly as the terminal drill grades it (coach/drill.py), with
// one follow-up when the answer dodges, and a summary at the end.

import { post } from "./api.js";
import { h, clear } from "./dom.js";

export class Rehearsal {
  constructor(root, { draft, showMessage, jumpToLine }) {
    Object.assign(this, { root, draft, showMessage, jumpToLine });
    this.intro();
  }

  intro() {
    const start = h("button", { type: "button", class: "pc-primary", id: "rehearse-start" }, "Start the rehearsal");
    start.addEventListener("click", () => this.start());
    clear(this.root, h("p", {}, "The questions come from this draft's weakest points. Answer each as you would in ",
      "the room, in a sentence or two; every answer is scored with the same rubric as your items."), start);
  }

  async start() {
    this.input = this.draft();
    if (!this.input.text.trim()) { this.showMessage("Write or open a draft first: the questions come from it."); return; }
    try {
      this.questions = (await post("/api/rehearse", this.input)).questions;
    } catch (error) { this.showMessage(error.message); return; }
    this.answers = [];
    this.index = 0;
    if (!this.questions.length) {
      clear(this.root, h("p", {}, "No hard questions for this draft: every weak point the rehearsal looks for is covered."));
      return;
    }
    this.ask();
  }

  ask() {
    const q = this.questions[this.index];
    const field = h("textarea", { id: "answer", rows: "4", class: "pc-answer", "aria-describedby": "question-text" });
    const submit = h("button", { type: "button", class: "pc-primary" }, "Score my answer");
    const skip = h("button", { type: "button" }, "Skip");
    const stop = h("button", { type: "button" }, "End and see the summary");
    submit.addEventListener("click", () => this.answer(field.value));
    skip.addEventListener("click", () => this.next());
    stop.addEventListener("click", () => this.finish());
    const where = q.line ? h("button", { type: "button", class: "pc-link" }, `line ${q.line}: “${q.quote}”`) : null;
    where?.addEventListener("click", () => this.jumpToLine(q.line));
    clear(this.root,
      h("p", { class: "pc-muted" }, `Question ${this.index + 1} of ${this.questions.length}`, where ? [" · ", where] : ""),
      h("p", { class: "pc-question", id: "question-text" }, q.question),
      h("p", { class: "pc-muted" }, "Why they ask: ", q.why),
      h("label", { for: "answer" }, "Your answer"), field,
      h("div", { class: "pc-row" }, submit, skip, stop),
      h("div", { id: "feedback", "aria-live": "polite" }));
    field.focus();
  }

  async grade() {
    return post("/api/drill", { ...this.input, answers: this.answers });
  }

  async answer(text) {
    if (!text.trim()) { this.showMessage("Type an answer first, or skip the question.", "info"); return; }
    const entry = { question: this.questions[this.index].n, answer: text, follow_up_answer: null };
    this.answers.push(entry);
    let result;
    try { result = await this.grade(); } catch (error) { this.answers.pop(); this.showMessage(error.message); return; }
    const graded = result.answers[result.answers.length - 1];
    const feedback = this.root.querySelector("#feedback");
    clear(feedback, this.verdict(graded.grade, "Your answer"));
    for (const button of this.root.querySelectorAll(".pc-row button")) button.disabled = true;
    this.root.querySelector("#answer").readOnly = true;
    if (graded.follow_up) {
      const more = h("textarea", { id: "follow-up", rows: "3", class: "pc-answer" });
      const send = h("button", { type: "button", class: "pc-primary" }, "Score with the follow-up");
      const next = h("button", { type: "button" }, "Next question");
      send.addEventListener("click", () => this.followUp(entry, more.value, feedback));
      next.addEventListener("click", () => this.next());
      feedback.append(h("p", { class: "pc-question" }, "Follow-up: ", graded.follow_up),
        h("label", { for: "follow-up" }, "Your answer to the follow-up"), more, h("div", { class: "pc-row" }, send, next));
      more.focus();
    } else {
      feedback.append(this.nextButton());
    }
  }

  async followUp(entry, text, feedback) {
    if (!text.trim()) { this.next(); return; }
    entry.follow_up_answer = text;
    let result;
    try { result = await this.grade(); } catch (error) { this.showMessage(error.message); return; }
    const graded = result.answers[result.answers.length - 1];
    feedback.querySelector(".pc-row")?.remove();
    feedback.querySelector("#follow-up").readOnly = true;
    feedback.append(this.verdict(graded.final || graded.grade, "With the follow-up"), this.nextButton());
  }

  nextButton() {
    const last = this.index + 1 >= this.questions.length;
    const button = h("button", { type: "button", class: "pc-primary" }, last ? "See the summary" : "Next question");
    button.addEventListener("click", () => this.next());
    setTimeout(() => button.focus(), 0);
    return button;
  }

  verdict(grade, label) {
    return h("p", { class: `pc-grade ${grade.ready ? "is-ready" : ""}` }, h("strong", {}, `${label}: `),
      grade.ready ? "ready" : "not ready", `, ${grade.score}/5`,
      grade.missing.length ? `; missing: ${grade.missing.join(", ")}` : "");
  }

  next() {
    this.index += 1;
    if (this.index >= this.questions.length) this.finish(); else this.ask();
  }

  async finish() {
    let summary = ["No answers given."];
    let answers = [];
    if (this.answers.length) {
      try { const result = await this.grade(); summary = result.summary; answers = result.answers; }
      catch (error) { this.showMessage(error.message); return; }
    }
    const again = h("button", { type: "button", class: "pc-primary" }, "Rehearse again");
    again.addEventListener("click", () => this.start());
    clear(this.root, h("h3", { id: "drill-summary" }, "Summary"), summary.map((line) => h("p", {}, line)),
      answers.length ? h("ol", { class: "pc-drill-answers" }, answers.map((a) => h("li", {},
        h("p", { class: "pc-muted" }, a.question), h("p", {}, a.answer),
        this.verdict(a.final || a.grade, a.final ? "With the follow-up" : "Scored")))) : null,
      again);
    again.focus();
  }
}
