// The page: the editor, the check loop, the side panel and the tabs around them.

import { post, ApiError } from "./api.js";
import { h, clear, $ } from "./dom.js";
import { createEditor, diagnosticsFor, showDiagnostics, insertText, jumpTo } from "./editor.js";
import { Panel } from "./panel.js";
import { Rehearsal } from "./rehearse.js";
import { Extras } from "./extras.js";

const DEBOUNCE_MS = 20; // after the last keystroke; one request in flight at a time
const MAX_UPLOAD = 50 * 1024 * 1024;

const state = {
  options: null, kinds: null, view: null, panel: null, version: 0, shown: -1,
  inflight: false, timer: 0, name: "draft.md", doc: crypto.randomUUID(), lastReport: null,
};
window.packetcoach = state; // for the browser tests and the latency benchmark

function settings() {
  return { profile: $("#opt-profile").value, level: $("#opt-level").value, doc_type: $("#opt-doctype").value };
}

export function showMessage(text, kind = "error") {
  const box = $("#message");
  clear(box, text ? h("p", { class: `pc-msg pc-msg-${kind}` }, text,
    h("button", { type: "button", class: "pc-msg-close", "aria-label": "Dismiss message" }, "×")) : null);
  box.querySelector(".pc-msg-close")?.addEventListener("click", () => clear(box));
}

function kindsOf(legend) {
  const byRule = new Map();
  for (const kind of legend) for (const rule of kind.rules) byRule.set(rule, kind);
  const other = { name: "other", label: "Other", about: "", rules: [] };
  return { list: legend, of: (rule) => byRule.get(rule) || other };
}

function renderLegend(report) {
  const counts = new Map();
  for (const f of report?.findings || []) {
    if (!f.underline) continue;
    const kind = state.kinds.of(f.name).name;
    counts.set(kind, (counts.get(kind) || 0) + 1);
  }
  clear($("#legend-list"), state.kinds.list.filter((k) => k.name !== "document").map((kind) =>
    h("li", { class: `pc-legend-${kind.name}`, title: kind.about },
      h("span", { class: `pc-legend-sample pc-u pc-u-${kind.name}`, "aria-hidden": "true" }, "word"),
      h("span", { class: "pc-legend-label" }, kind.label),
      h("span", { class: "pc-legend-count" }, String(counts.get(kind.name) || 0)),
      h("span", { class: "pc-sr" }, `: ${kind.about}`))));
}

let announced = "";
function announce(report) {
  const claims = report.items.filter((i) => i.kind === "claim");
  const text = `Packet ${report.score.packet} of 100 · ${report.findings.length} findings · `
    + `${claims.filter((i) => i.ready).length} of ${claims.length} items ready`;
  $("#summary").textContent = text;
  if (text !== announced) { announced = text; $("#status").textContent = text; }
}

function emptyState() {
  showDiagnostics(state.view, []);
  $("#summary").textContent = "No draft yet";
  state.lastReport = null;
  renderLegend(null);
  clear($("#review"), h("p", { class: "pc-empty" },
    "Paste your draft into the editor, or open a file. The review appears here as you type."));
  state.panel.keys.clear();
  state.panel.resetBaseline();
}

async function check() {
  clearTimeout(state.timer);
  if (state.inflight) return; // the answer's arrival re-checks if the draft moved on
  const version = state.version;
  const text = state.view.state.doc.toString();
  if (!text.trim()) { state.shown = version; emptyState(); return; }
  state.inflight = true;
  try {
    const sent = performance.now();
    const report = await post("/api/check", { text, doc: state.doc, ...settings() });
    state.timing = { sent, received: performance.now() }; // for bench/web.py: the round trip and the drawing
    if (version === state.version) show(report, text, version);
    if (state.checkFailed) { state.checkFailed = false; showMessage(""); } // the problem has gone
  } catch (error) {
    if (version === state.version) { state.checkFailed = true; showMessage(error.message); }
  } finally {
    state.inflight = false;
    if (version !== state.version) check();
  }
}

function show(report, text, version) {
  if ($("#review .pc-empty")) clear($("#review"));
  showDiagnostics(state.view, diagnosticsFor(report, text, state.kinds));
  state.panel.render(report, text);
  renderLegend(report);
  announce(report);
  state.lastReport = report;
  state.shown = version;
  document.dispatchEvent(new CustomEvent("pc-checked", { detail: { version, at: performance.now() } }));
}

function changed() {
  state.version += 1;
  state.unsaved = true;
  clearTimeout(state.timer);
  state.timer = setTimeout(check, DEBOUNCE_MS);
}

async function openFiles(files) {
  const list = Array.from(files);
  if (!list.length) return;
  const file = list[0];
  if (list.length > 1) showMessage(`Opened ${file.name}. To compare several packets, drop them on the Compare tab.`, "info");
  if (file.size > MAX_UPLOAD) { showMessage(`${file.name}: is larger than any draft (limit 50 MB)`); return; }
  try {
    const result = await post("/api/open", file, { headers: { "X-Packetcoach-Filename": encodeURIComponent(file.name) } });
    state.name = result.name;
    state.panel.resetBaseline();
    insertText(state.view, result.text, true);
    $("#draft-name").textContent = result.name;
    if (list.length === 1) showMessage(result.notes.length ? `${result.name}: ${result.notes.join("; ")}` : "", "info");
    state.view.focus();
  } catch (error) {
    showMessage(error instanceof ApiError ? error.message : `${file.name}: cannot be read`);
  }
}

async function pasteHtml(html, plain) {
  const { from, to } = state.view.state.selection.main;
  const version = state.version;
  let text = plain;
  try {
    text = (await post("/api/paste", { html })).text;
  } catch (error) {
    showMessage(`The pasted formatting could not be read, so it was pasted as plain text (${error.message}).`, "info");
  }
  if (!text) return;
  if (version !== state.version) { insertText(state.view, text); return; }
  state.view.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length },
    userEvent: "input.paste", scrollIntoView: true });
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: name, class: "pc-sr" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function stem() { return state.name.replace(/\.[^.]+$/, "") || "draft"; }

async function exportAs(kind) {
  const text = state.view.state.doc.toString();
  if (!text.trim()) { showMessage("There is no draft to export yet."); return; }
  try {
    if (kind === "md") {
      download(new Blob([text], { type: "text/markdown;charset=utf-8" }), `${stem()}.md`);
    } else if (kind === "docx") {
      const response = await post("/api/export/docx", { text, name: state.name }, { raw: true });
      download(await response.blob(), `${stem()}.docx`);
    } else {
      const response = await post("/api/export/report", { text, name: state.name, doc: state.doc, ...settings() }, { raw: true });
      download(await response.blob(), `${stem()}-report.html`);
    }
    if (kind !== "html") state.unsaved = false;
    showMessage(`Exported ${kind === "html" ? "the report" : "the draft"}.`, "info");
  } catch (error) {
    showMessage(error.message);
  }
}

function fillOptions() {
  const profiles = state.options.profiles;
  const select = (id, values, chosen) => clear($(id), values.map((v) => h("option", { value: v, selected: v === chosen }, v)));
  select("#opt-profile", Object.keys(profiles), state.options.default.profile);
  const levels = () => {
    const p = profiles[$("#opt-profile").value];
    select("#opt-level", p.levels, p.levels.includes(state.options.default.level) ? state.options.default.level : p.levels[0]);
    select("#opt-doctype", p.doc_types, state.options.default.doc_type);
  };
  levels();
  $("#opt-profile").addEventListener("change", () => { levels(); changed(); });
  $("#opt-level").addEventListener("change", changed);
  $("#opt-doctype").addEventListener("change", changed);
}

function setupTabs() {
  const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
  const select = (tab) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      $(`#${other.getAttribute("aria-controls")}`).hidden = !selected;
    }
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) { const next = tabs[(index + step + tabs.length) % tabs.length]; select(next); next.focus(); event.preventDefault(); }
    });
  });
}

async function boot() {
  state.options = await post("/api/options", {});
  state.kinds = kindsOf(state.options.legend);
  fillOptions();
  setupTabs();
  state.view = createEditor($("#editor"), {
    onChange: changed, onPasteHtml: pasteHtml, onFiles: openFiles, label: "Draft",
  });
  const principles = () => {
    const p = state.options.profiles[$("#opt-profile").value];
    return { titles: p.principles, expected: p.expected_principles };
  };
  const apply = (from, to, insert) => {
    state.view.dispatch({ changes: { from, to, insert }, selection: { anchor: from + insert.length },
      userEvent: "input.fix", scrollIntoView: true });
    state.view.focus();
  };
  state.panel = new Panel($("#review"), { jump: (a, b) => jumpTo(state.view, a, b), principles, apply });
  emptyState();
  const picker = $("#file-input");
  $("#open-file").addEventListener("click", () => picker.click());
  picker.addEventListener("change", () => { openFiles(picker.files); picker.value = ""; });
  const zone = $("#editor-pane");
  zone.addEventListener("dragover", (event) => { if (event.dataTransfer?.types?.includes("Files")) { event.preventDefault(); zone.classList.add("dragging"); } });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (event) => {
    zone.classList.remove("dragging");
    if (event.dataTransfer?.files?.length) { event.preventDefault(); openFiles(event.dataTransfer.files); }
  });
  for (const button of document.querySelectorAll("[data-export]")) {
    button.addEventListener("click", () => exportAs(button.dataset.export));
  }
  state.rehearsal = new Rehearsal($("#rehearse-body"), {
    draft: () => ({ text: state.view.state.doc.toString(), doc: state.doc, ...settings() }), showMessage,
    jumpToLine: (line) => { const l = state.view.state.doc.line(Math.min(line, state.view.state.doc.lines)); jumpTo(state.view, l.from, l.to); },
  });
  state.extras = new Extras({ features: state.options.features, settings, showMessage, doc: () => state.doc,
    draft: () => state.view.state.doc.toString(), name: () => state.name, download });
  // The draft lives only in this page: closing it with unsaved work asks first.
  window.addEventListener("beforeunload", (event) => {
    if (state.unsaved && state.view.state.doc.length) { event.preventDefault(); event.returnValue = ""; }
  });
  document.body.classList.add("ready");
  state.view.focus();
}

boot().catch((error) => showMessage(error.message || String(error)));
