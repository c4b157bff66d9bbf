// Compare, plan and history: each shows its feature when this version of packetcoach has it,
// and says plainly that it is not available when it does not (never a stand-in).

import { h, clear, $ } from "./dom.js";

const NOT_YET = {
  compare: "Calibration (ranking several packets and the manager's brief) is not available in this version of packetcoach.",
  plan: "The planner (phase, evidence or narrative gap, checklist with dates) is not available in this version of packetcoach.",
  history: "Draft history (scores across versions, and a diff against an earlier one) is not available in this version of packetcoach.",
};

export class Extras {
  constructor(context) {
    this.context = context;
    for (const name of Object.keys(NOT_YET)) {
      const root = $(`#${name}-body`);
      if (!context.features[name]) clear(root, h("p", { class: "pc-unavailable" }, NOT_YET[name]));
    }
  }
}
