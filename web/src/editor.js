// The editor: CodeMirror 6 with undo, find (Ctrl-F), spell-check and IME input, and the
// findings drawn as underlines, one colour and line style per kind (legend.toml).

import { EditorState, StateField, StateEffect, Transaction } from "@codemirror/state";
import {
  EditorView, keymap, drawSelection, highlightActiveLine, showTooltip, placeholder,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { search, searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { setDiagnostics, forEachDiagnostic, lintKeymap, nextDiagnostic } from "@codemirror/lint";
import { syntaxHighlighting, HighlightStyle, Language, defineLanguageFacet } from "@codemirror/language";
import { tags } from "@lezer/highlight";
import { parser as markdownParser, GFM } from "@lezer/markdown";
import { h } from "./dom.js";
import { toUtf16 } from "./offsets.js";

// Markdown structure (headings, lists, emphasis) for the highlighter, without the HTML, CSS and
// JavaScript grammars a full Markdown mode brings for code blocks (170 KiB a draft never needs).
const markdownLanguage = new Language(defineLanguageFacet({}), markdownParser.configure(GFM), [], "markdown");

// Headings bold and larger, emphasis as written, markers quiet; no underlines (those mean findings).
const draftStyle = HighlightStyle.define([
  { tag: tags.heading1, fontWeight: "700", fontSize: "1.3em" },
  { tag: tags.heading2, fontWeight: "700", fontSize: "1.15em" },
  { tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6], fontWeight: "700" },
  { tag: tags.strong, fontWeight: "700" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: [tags.processingInstruction, tags.contentSeparator], color: "#5f6368" },
  { tag: [tags.link, tags.url], color: "#0061A0" },
  { tag: tags.monospace, fontFamily: "ui-monospace, monospace", fontSize: "0.92em" },
]);

export function findingCard(finding, kind, actions) {
  return h("div", { class: `pc-card pc-kind-${kind.name}` },
    h("div", { class: "pc-card-kind" }, h("span", { class: `pc-swatch pc-swatch-${kind.name}`, "aria-hidden": "true" }),
      kind.label, " · ", finding.name),
    h("p", { class: "pc-card-message" }, finding.message),
    finding.rationale ? h("p", { class: "pc-card-why" }, h("strong", {}, "Why it matters: "), finding.rationale) : null,
    finding.suggestion ? h("p", { class: "pc-card-suggestion" }, h("strong", {}, "Suggested: "), finding.suggestion) : null,
    actions && actions.length ? h("div", { class: "pc-card-actions" }, actions) : null);
}

// An edit from the report, made relative to its finding's span, so it still lands where it should
// after the draft moved on a little before the click (the underline is mapped through every edit).
function relativeFix(fix, finding, toUnits) {
  const start = toUnits(finding.start), end = toUnits(finding.end);
  const anchorEnd = fix.start >= finding.end; // an insertion after the item: both ends follow its end
  return { title: fix.title, text: fix.text, anchorEnd,
    fromDelta: toUnits(fix.start) - (anchorEnd ? end : start), toDelta: toUnits(fix.end) - end };
}

export function applyFix(view, fix, from, to) {
  const a = (fix.anchorEnd ? to : from) + fix.fromDelta;
  const b = to + fix.toDelta;
  const length = view.state.doc.length;
  const changes = { from: Math.max(0, Math.min(a, length)), to: Math.max(0, Math.min(Math.max(a, b), length)), insert: fix.text };
  view.dispatch({ changes, selection: { anchor: changes.from + fix.text.length },
    userEvent: "input.fix", annotations: Transaction.addToHistory.of(true), scrollIntoView: true });
  view.focus();
}

export function diagnosticsFor(report, text, kinds) {
  const toUnits = toUtf16(text);
  const diagnostics = [];
  report.findings.forEach((finding, index) => {
    if (!finding.underline) return; // about the whole draft: shown in the side panel
    const kind = kinds.of(finding.name);
    const fixes = (report.fixes?.[index] || []).map((fix) => relativeFix(fix, finding, toUnits));
    const from = toUnits(finding.start), to = toUnits(finding.end);
    diagnostics.push({
      from, to,
      severity: finding.severity === "error" ? "error" : finding.severity === "warning" ? "warning" : "info",
      markClass: `pc-u pc-u-${kind.name}`,
      message: finding.message,
      renderMessage: () => findingCard(finding, kind, null),
      actions: fixes.map((fix) => ({ name: fix.title, apply: (view, f, t) => applyFix(view, fix, f, t) })),
      pc: { finding, kind, fixes },
    });
  });
  return diagnostics;
}

// Keyboard users get the same card as a mouse hover when the cursor rests on an underline.
const cursorCard = StateField.define({
  create: () => null,
  update(value, tr) {
    if (tr.docChanged) return null;
    if (!tr.selection && !tr.effects.length) return value;
    const { head, empty } = tr.state.selection.main;
    if (!empty || !tr.selection) return tr.selection ? null : value;
    const found = [];
    forEachDiagnostic(tr.state, (d, from, to) => { if (from <= head && head <= to && d.pc) found.push({ d, from, to }); });
    if (!found.length) return null;
    found.sort((x, y) => (x.to - x.from) - (y.to - y.from));
    return { pos: head, above: false, strictSide: false, arrow: false, found,
      create: (view) => {
        const dom = h("div", { class: "pc-cursor-card", role: "group", "aria-label": "Findings here" },
          found.map(({ d, from, to }) => findingCard(d.pc.finding, d.pc.kind, d.pc.fixes.map((fix) =>
            h("button", { type: "button", class: "pc-fix" }, fix.title)))));
        const buttons = dom.querySelectorAll("button.pc-fix");
        let n = 0;
        found.forEach(({ d, from, to }) => d.pc.fixes.forEach((fix) => {
          buttons[n++].addEventListener("click", () => applyFix(view, fix, from, to));
        }));
        dom.addEventListener("keydown", (event) => { if (event.key === "Escape") { view.focus(); } });
        return { dom };
      } };
  },
  provide: (field) => showTooltip.compute([field], (state) => state.field(field)),
});

function focusCard(view) {
  const button = view.dom.querySelector(".pc-cursor-card button.pc-fix");
  if (button) { button.focus(); return true; }
  return false;
}

export function createEditor(parent, { onChange, onPasteHtml, onFiles, label }) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: "",
      extensions: [
        history(),
        drawSelection(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        search({ top: true }),
        markdownLanguage,
        syntaxHighlighting(draftStyle),
        EditorView.lineWrapping,
        EditorView.cspNonce.of(document.querySelector('meta[name="packetcoach-style-nonce"]')?.content || ""),
        placeholder("Paste your draft here, or open a .md, .txt, .docx or .html file (or drop it on this box)."),
        EditorView.contentAttributes.of({ tabindex: "0", spellcheck: "true", autocorrect: "on", autocapitalize: "sentences",
          "aria-label": label, "aria-describedby": "legend-title editor-help" }),
        keymap.of([
          { key: "Alt-Enter", run: focusCard },
          { key: "Mod-.", run: focusCard },
          { key: "F8", run: nextDiagnostic },
          ...lintKeymap, ...searchKeymap, ...historyKeymap, ...defaultKeymap,
        ]),
        cursorCard,
        EditorView.updateListener.of((update) => { if (update.docChanged) onChange(update); }),
        EditorView.domEventHandlers({
          paste(event, view) {
            const html = event.clipboardData?.getData("text/html");
            if (!html || !/<(p|h[1-6]|li|ul|ol|b|strong|table|div)[\s>]/i.test(html)) return false;
            const plain = event.clipboardData.getData("text/plain");
            // Copied from a Markdown file (a code editor's HTML is only colours): keep the text as written.
            if (/^[ \t]*(#{1,6} |[-*+] |\d{1,3}[.)] )/m.test(plain)) return false;
            event.preventDefault();
            onPasteHtml(html, plain);
            return true;
          },
          drop(event) {
            if (!event.dataTransfer?.files?.length) return false;
            event.preventDefault();
            onFiles(event.dataTransfer.files);
            return true;
          },
          dragover(event) {
            if (event.dataTransfer?.types?.includes("Files")) { event.preventDefault(); return true; }
            return false;
          },
        }),
      ],
    }),
  });
  return view;
}

export function showDiagnostics(view, diagnostics) {
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

// Replace the selection (or the whole draft) with text: one undoable step.
export function insertText(view, text, whole = false) {
  const { from, to } = whole ? { from: 0, to: view.state.doc.length } : view.state.selection.main;
  view.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length },
    userEvent: whole ? "input.open" : "input.paste", scrollIntoView: true });
}

export function jumpTo(view, start, end) {
  view.dispatch({ selection: { anchor: start, head: end ?? start }, scrollIntoView: true,
    effects: EditorView.scrollIntoView(start, { y: "center" }) });
  view.focus();
}
