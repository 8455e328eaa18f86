// The electronic RANO-LM scorecard (issue 14): the form, visit by visit, and what the server says.
// One source of truth: every rule lives in the library. The script knows only which fields a
// complete visit fills in ("field is empty"); it posts the case to POST /v1/score, shows the
// library's error beside the field its path names, and shows the computed calls and pictures.
"use strict";

(function () {
  const SITES = [
    "BRAIN_NODULE", "SPINE_NODULE", "BRAIN_LEPTOMENINGEAL_ENHANCEMENT",
    "SPINE_LEPTOMENINGEAL_ENHANCEMENT", "CRANIAL_NERVE_ENHANCEMENT",
    "SPINAL_NERVE_ROOT_ENHANCEMENT", "HYDROCEPHALUS"];
  const NON_TARGET_STATUS = ["ABSENT", "PRESENT", "UNEQUIVOCAL_PROGRESSION", "NE"];
  const CSF_RESULTS = ["POSITIVE", "EQUIVOCAL", "NEGATIVE", "NOT_DONE"];
  const ATTRIBUTIONS = ["BRAIN_METASTASES", "SYSTEMIC_PROGRESSION", "TREATMENT_TOXICITY", "OTHER"];
  const PARENCHYMAL = ["ABSENT", "CR", "PR", "SD", "PD", "NE"];
  const RESPONSES = ["CR", "PR", "SD", "PD", "NE"];
  const LANO_ITEMS = [
    ["brainNodules", "Brain nodules", true], ["brainLinear", "Brain linear enhancement", false],
    ["hydrocephalus", "Hydrocephalus", false], ["spineNodules", "Spine nodules", true],
    ["spineLinear", "Spine linear enhancement", false]];
  const LANO_CHANGE = ["IMPROVED", "NO_CHANGE", "WORSE", "NE"];
  const EMPTY = "Required: this field is empty.";

  let instruments = [];
  // What the form does not show but a case carried (kept for export): other criteria, notes.
  let extraCriteria = {};
  let submitted = 0; // visits submitted without error, in order (0: none, 1: the baseline, ...)
  let lastResult = null;

  const $ = (id) => document.getElementById(id);
  const idOf = (path) => "f-" + path.replace(/[^A-Za-z0-9]+/g, "-");

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  /** A labelled control bound to a case path, with the place for its error beside it. */
  function field(label, control, path, required, hint) {
    control.id = idOf(path);
    control.dataset.path = path;
    if (required) control.dataset.required = "1";
    const error = el("span", {class: "error", id: control.id + "-error", role: "status"});
    control.setAttribute("aria-describedby", error.id);
    const text = el("span", {class: "label-text"}, label, required ? el("span", {
      class: "req", "aria-hidden": "true", text: " *"}) : null);
    return el("div", {class: "field"}, el("label", {for: control.id}, text),
        control, hint ? el("span", {class: "hint", text: hint}) : null, error);
  }

  function select(options, value, blank) {
    const node = el("select", {});
    if (blank !== null) node.append(el("option", {value: "", text: blank}));
    for (const option of options) {
      const [val, text] = Array.isArray(option) ? option : [option, option];
      node.append(el("option", {value: String(val), text: text}));
    }
    node.value = value === undefined || value === null ? "" : String(value);
    lost(node, value);
    return node;
  }

  function input(type, value, extra) {
    const node = el("input", Object.assign({type: type}, extra || {}));
    node.value = value === undefined || value === null ? "" : String(value);
    lost(node, value);
    return node;
  }

  /**
   * Marks a control that could not take the value it was given (a select without that option, a
   * date input given a date that does not exist): the import lists it instead of losing it.
   */
  function lost(node, value) {
    if (value === undefined || value === null || node.value === String(value)) return;
    node.dataset.wanted = typeof value === "string" ? value : JSON.stringify(value);
  }

  /** What a control can hold, in words: "0..3 or NE", "ABSENT, PRESENT or NE", "a real date". */
  function allowedOf(node) {
    if (node.tagName !== "SELECT") {
      return node.type === "date" ? "a date that exists, as YYYY-MM-DD" : "text";
    }
    const values = Array.from(node.options).map((o) => o.value).filter((v) => v !== "");
    const words = [];
    for (let i = 0; i < values.length; i++) {
      let j = i;
      while (j + 1 < values.length && /^\d+$/.test(values[j]) && /^\d+$/.test(values[j + 1])
          && Number(values[j + 1]) === Number(values[j]) + 1) j++;
      words.push(j - i >= 2 ? values[i] + ".." + values[j] : values.slice(i, j + 1).join(", "));
      i = j;
    }
    return words.length <= 1 ? words.join("") : words.slice(0, -1).join(", ") + " or "
        + words[words.length - 1];
  }

  /** The values of the case just rendered that the form could not show, with their paths. */
  function lostValues() {
    const list = [];
    for (const node of $("visits").querySelectorAll("[data-wanted]")) {
      list.push({node: node, path: node.dataset.path, message: node.dataset.wanted
          + " cannot be shown; allowed: " + allowedOf(node)});
    }
    return list;
  }

  /** A checkbox that shows or hides a part of the form ("exam done", "MRI done"). */
  function toggle(label, path, on, part) {
    const row = checkbox(label, path, on);
    const box = row.querySelector("input");
    part.hidden = !on;
    box.addEventListener("change", () => { part.hidden = !box.checked; });
    return row;
  }

  function checkbox(label, path, checked) {
    const box = el("input", {type: "checkbox", id: idOf(path), dataset: {path: path}});
    box.checked = checked;
    // the place for a message about the box's value (an imported "equivocal": "yes")
    const error = el("span", {class: "error", id: box.id + "-error", role: "status"});
    box.setAttribute("aria-describedby", error.id);
    return el("div", {class: "field check"}, box, el("label", {for: box.id, text: " " + label}),
        error);
  }

  /** A number as typed: a JSON number when it reads as one, else the text (the server says why). */
  function number(text) {
    const t = text.trim();
    if (t === "") return undefined;
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
  }

  function instrumentNamed(name) {
    return instruments.find((i) => i.name === name) || instruments[0];
  }

  function imagingOf(c) {
    return c.criteria && c.criteria.imaging === "LANO_2019" ? "LANO_2019" : "RANO_LM_2017";
  }

  // --------------------------------------------------------------------------------- rendering

  function renderNeuro(prefix, neuro, instrument, followUp) {
    const done = neuro !== undefined;
    const box = el("fieldset", {class: "neuro"}, el("legend", {text: "Neurological exam ("
        + instrument.name + ")"}));
    const grid = el("div", {class: "domains"});
    box.append(toggle("Exam done", prefix + ".neuro.done", done, grid));
    for (const domain of instrument.domains) {
      const path = prefix + ".neuro." + domain.key;
      let value = done ? neuro[domain.key] : undefined;
      let attributed = "";
      let note;
      if (value !== null && typeof value === "object") {
        attributed = value.attributedTo || "";
        note = value.note;
        value = value.level;
      }
      const levels = domain.levels.map((text, level) => [level, level + " \u2013 " + text]);
      levels.push(["NE", "NE \u2013 not evaluable"]);
      const level = select(levels, value, "\u2014 choose a level \u2014");
      if (note !== undefined) level.dataset.note = note;
      const row = field(domain.displayName, level, path, true);
      row.classList.add("domain");
      const why = select(ATTRIBUTIONS.map((a) => [a, "worsening attributed to " + a]), attributed,
          "worsening not attributed");
      why.id = idOf(path + ".attributedTo");
      why.dataset.path = path + ".attributedTo";
      why.setAttribute("aria-label", domain.displayName + ": worsening attributed to");
      if (followUp) row.insertBefore(why, row.querySelector(".error"));
      grid.append(row);
    }
    box.append(grid);
    return box;
  }

  function renderCsf(prefix, csf) {
    const box = el("fieldset", {class: "csf"}, el("legend", {text: "CSF cytology"}));
    box.append(field("Result", select(CSF_RESULTS, csf && csf.result, "\u2014 choose \u2014"),
        prefix + ".csf.result", true));
    box.append(field("Volume (mL)", input("text", csf && csf.volumeMl,
        {inputmode: "decimal", size: 5}), prefix + ".csf.volumeMl", false, "optional"));
    return box;
  }

  function diameters(path, value) {
    const d = Array.isArray(value) ? value : [];
    return el("span", {class: "pair"},
        field("Long (mm)", input("text", d[0], {inputmode: "numeric", size: 3}),
            path + "[0]", false),
        field("Short (mm)", input("text", d[1], {inputmode: "numeric", size: 3}),
            path + "[1]", false));
  }

  function render2017(prefix, visit, baseline, isBaseline) {
    const box = el("fieldset", {class: "imaging"}, el("legend", {
      text: "MRI: RANO-LM 2017 scorecard"}));
    const imagingDone = isBaseline || visit.targets !== undefined
        || visit.nonTargets !== undefined || visit.newLesions !== undefined;
    const body = el("div", {class: "imaging-body"});
    if (!isBaseline) box.append(toggle("MRI done", prefix + ".imaging.done", imagingDone, body));
    box.append(body);
    // targets
    const targets = el("fieldset", {class: "rows targets"}, el("legend", {
      text: "Targets (score 0\u20133" + (isBaseline ? "; 1\u20133 at baseline)" : ")")}));
    const baseTargets = baseline.targets || [];
    const rows = isBaseline ? (visit.targets || []) : baseTargets;
    const shown = isBaseline ? [] : matchRows(visit.targets, baseTargets);
    rows.forEach((row, k) => {
      const path = prefix + ".targets[" + k + "]";
      const own = isBaseline ? row : shown[k] >= 0 ? visit.targets[shown[k]] : undefined;
      const line = el("div", {class: "row"});
      if (isBaseline) {
        line.append(field("Id", input("text", row.id, {size: 4}), path + ".id", true));
        line.append(field("Site", select(SITES, row.site, "\u2014 site \u2014"),
            path + ".site", true));
      } else {
        line.append(rowName(row));
      }
      const scores = isBaseline ? [1, 2, 3, "NE"] : [0, 1, 2, 3, "NE"];
      line.append(field("Score", select(scores, own && own.score, "\u2014"), path + ".score", true));
      line.append(diameters(path + ".diametersMm", own && own.diametersMm));
      if (isBaseline) line.append(removeButton("target " + (row.id || k + 1), () => {
        const c = collect(); c.baseline.targets.splice(k, 1); edited(0); renderCase(c);
      }));
      targets.append(line);
    });
    if (isBaseline) targets.append(addButton("Add target", () => {
      const c = collect(); c.baseline.targets = c.baseline.targets || [];
      c.baseline.targets.push({id: "T" + (c.baseline.targets.length + 1)}); edited(0);
      renderCase(c);
      focusPath("baseline.targets[" + (c.baseline.targets.length - 1) + "].site");
    }));
    body.append(targets);
    // non-targets
    const nons = el("fieldset", {class: "rows nontargets"}, el("legend", {text: "Non-targets"}));
    const nonRows = isBaseline ? (visit.nonTargets || []) : (baseline.nonTargets || []);
    const nonShown = isBaseline ? [] : matchRows(visit.nonTargets, nonRows);
    nonRows.forEach((row, k) => {
      const path = prefix + ".nonTargets[" + k + "]";
      const own = isBaseline ? row : nonShown[k] >= 0 ? visit.nonTargets[nonShown[k]] : undefined;
      const line = el("div", {class: "row"});
      if (isBaseline) {
        line.append(field("Id", input("text", row.id, {size: 4}), path + ".id", true));
        line.append(field("Site", select(SITES, row.site, "\u2014 site \u2014"),
            path + ".site", true));
      } else {
        line.append(rowName(row));
      }
      line.append(field("Status", select(NON_TARGET_STATUS, own && own.status, "\u2014"),
          path + ".status", true));
      if (isBaseline) line.append(removeButton("non-target " + (row.id || k + 1), () => {
        const c = collect(); c.baseline.nonTargets.splice(k, 1); edited(0); renderCase(c);
      }));
      nons.append(line);
    });
    if (isBaseline) nons.append(addButton("Add non-target", () => {
      const c = collect(); c.baseline.nonTargets = c.baseline.nonTargets || [];
      c.baseline.nonTargets.push({id: "N" + (c.baseline.nonTargets.length + 1)}); edited(0);
      renderCase(c);
      focusPath("baseline.nonTargets[" + (c.baseline.nonTargets.length - 1) + "].site");
    }));
    body.append(nons);
    // new lesions
    if (!isBaseline) {
      const fresh = el("fieldset", {class: "rows newlesions"}, el("legend", {text: "New lesions"}));
      const index = Number(prefix.replace(/\D+/g, ""));
      (visit.newLesions || []).forEach((row, k) => {
        const path = prefix + ".newLesions[" + k + "]";
        const line = el("div", {class: "row"});
        line.append(field("Site", select(SITES, row.site, "\u2014 site \u2014"), path + ".site",
            true));
        line.append(checkbox("Equivocal", path + ".equivocal", row.equivocal === true));
        line.append(removeButton("new lesion " + (k + 1), () => {
          const c = collect(); c.followUps[index].newLesions.splice(k, 1); edited(index + 1);
          renderCase(c);
        }));
        fresh.append(line);
      });
      fresh.append(addButton("Add new lesion", () => {
        const c = collect(); const f = c.followUps[index];
        f.newLesions = f.newLesions || []; f.newLesions.push({}); edited(index + 1);
        renderCase(c);
        focusPath(prefix + ".newLesions[" + (f.newLesions.length - 1) + "].site");
      }));
      body.append(fresh);
    }
    return box;
  }

  function render2019(prefix, visit, isBaseline) {
    const box = el("fieldset", {class: "imaging"}, el("legend", {
      text: "MRI: revised LM scorecard (2019)"}));
    const lano = visit.lano2019;
    const body = el("div", {class: "imaging-body"});
    if (!isBaseline) box.append(toggle("MRI done", prefix + ".imaging.done", lano !== undefined,
        body));
    box.append(body);
    for (const [key, label, nodules] of LANO_ITEMS) {
      const item = (lano || {})[key] || {};
      const path = prefix + ".lano2019." + key;
      const line = el("fieldset", {class: "row lano"}, el("legend", {text: label}));
      const present = item.present === undefined ? "" : String(item.present);
      line.append(field("Present", select([["true", "yes"], ["false", "no"], ["NE", "NE"]],
          present, "\u2014"), path + ".present", true));
      if (!isBaseline) {
        line.append(field("Change", select(LANO_CHANGE, item.change, "\u2014"), path + ".change",
            true));
      }
      if (nodules) {
        const text = (item.nodulesMm || []).map((pair) => Array.isArray(pair)
            ? pair.join(" x ") : String(pair)).join("; ");
        line.append(field("Nodules (mm)", input("text", text, {size: 16}), path + ".nodulesMm",
            false, "e.g. 12 x 8; 7 x 6"));
      }
      body.append(line);
    }
    return box;
  }

  /** A baseline lesion's name in a follow-up: its id, and its site in words. */
  function rowName(row) {
    return el("span", {class: "rowname", dataset: {id: row.id || ""}},
        el("strong", {text: row.id || "?"}), el("span", {class: "site",
          text: (row.site || "site not given").toLowerCase().replace(/_/g, " ")}));
  }

  const isObject = (x) => x !== null && typeof x === "object" && !Array.isArray(x);

  /**
   * Which element of a follow-up's list (targets or non-targets) each baseline row shows: its
   * index in the list, or -1. A row takes the element with its id (each element once); an element
   * written without an id is shown in the row of its own index if that row has none. An element
   * with an id the baseline does not have is shown in no row (the import lists it), never in the
   * row of another lesion.
   */
  function matchRows(list, baseRows) {
    if (!Array.isArray(list)) return baseRows.map(() => -1);
    const taken = new Set();
    const rows = baseRows.map((row) => {
      const id = isObject(row) ? row.id : undefined;
      if (typeof id !== "string") return -1;
      const i = list.findIndex((x, j) => !taken.has(j) && isObject(x) && x.id === id);
      if (i >= 0) taken.add(i);
      return i;
    });
    return rows.map((i, k) => {
      if (i >= 0 || k >= list.length || taken.has(k) || !isObject(list[k])
          || list[k].id !== undefined) return i;
      taken.add(k);
      return k;
    });
  }

  /**
   * A visit was changed by a button (a lesion added or removed), which fires no change event: it
   * and the visits after it must be submitted again (the re-rendering shows that).
   */
  function edited(v) {
    submitted = Math.min(submitted, v);
  }

  function addButton(text, action) {
    const b = el("button", {type: "button", class: "add", text: "+ " + text});
    b.addEventListener("click", action);
    return b;
  }

  function removeButton(what, action) {
    const b = el("button", {type: "button", class: "remove", "aria-label": "Remove " + what,
      title: "Remove " + what, text: "\u00d7"});
    b.addEventListener("click", action);
    return b;
  }

  function renderVisit(c, v) {
    const isBaseline = v === 0;
    const visit = isBaseline ? c.baseline : c.followUps[v - 1];
    const prefix = isBaseline ? "baseline" : "followUps[" + (v - 1) + "]";
    const title = isBaseline ? "Baseline" : "Follow-up " + v;
    const section = el("section", {class: "visit", id: "visit-" + v, dataset: {visit: v},
      "aria-labelledby": "visit-" + v + "-title"});
    const form = el("div", {class: "visit-form"});
    const head = el("div", {class: "visit-head"},
        el("h2", {id: "visit-" + v + "-title", text: title}),
        field("Date", input("date", visit.date), prefix + ".date", true));
    form.append(head);
    form.append(renderNeuro(prefix, visit.neuro, instrumentNamed(c.instrument), !isBaseline));
    form.append(renderCsf(prefix, visit.csf));
    form.append(imagingOf(c) === "LANO_2019" ? render2019(prefix, visit, isBaseline)
        : render2017(prefix, visit, c.baseline, isBaseline));
    const other = el("fieldset", {class: "other"}, el("legend", {text: "Steroids and parenchyma"}));
    other.append(field("Steroid dose (mg/day dexamethasone)", input("text", visit.steroidMgPerDay,
        {inputmode: "decimal", size: 5}), prefix + ".steroidMgPerDay", false, "optional"));
    const par = visit.parenchymal || {};
    other.append(field("Parenchymal brain", select(PARENCHYMAL, par.brain, "not assessed"),
        prefix + ".parenchymal.brain", false));
    other.append(field("Parenchymal spine", select(PARENCHYMAL, par.spine, "not assessed"),
        prefix + ".parenchymal.spine", false));
    if (!isBaseline) {
      other.append(checkbox("Definite clinical deterioration (NEURO-9)",
          prefix + ".clinicalDeterioration", visit.clinicalDeterioration === true));
    }
    form.append(other);
    const actions = el("div", {class: "actions"});
    const submit = el("button", {type: "button", class: "submit", id: "submit-" + v,
      text: "Submit " + title.toLowerCase()});
    submit.addEventListener("click", () => submitVisit(v));
    const status = el("p", {class: "visit-status", id: "visit-" + v + "-status",
      role: "status", "aria-live": "polite"});
    const general = el("p", {class: "error visit-error", id: "visit-" + v + "-error"});
    actions.append(submit, status, general);
    form.append(actions);
    section.append(form);
    if (!isBaseline) {
      const side = el("aside", {class: "call", "aria-label": title + ": overall response"});
      side.append(field("Rater's overall call", select(RESPONSES, visit.raterCall, "not given"),
          prefix + ".raterCall", false, "your own call, compared with the computed one"));
      side.append(el("div", {class: "computed", id: "computed-" + v, "aria-live": "polite"},
          el("p", {class: "pending", text: "Submit the visit to see the computed call."})));
      side.querySelector("select").addEventListener("change", () => showResult(lastResult));
      section.append(side);
    }
    return section;
  }

  /**
   * Shows a case in the form. Everything that can fail (an unknown instrument, a part of the case
   * of the wrong shape) fails before any control is changed: the form is then as it was. With
   * fresh (an import), what was submitted and computed before is forgotten once the case is shown.
   */
  function renderCase(c, fresh) {
    const names = instruments.map((i) => i.name);
    if (c.instrument !== undefined && !names.includes(c.instrument)) {
      throw new Error("instrument: unknown instrument " + JSON.stringify(c.instrument)
          + "; allowed: " + names.join(", "));
    }
    for (const [key, x] of [["criteria", c.criteria], ["baseline", c.baseline]]) {
      if (x !== undefined && !isObject(x)) throw new Error(key + ": must be a JSON object");
    }
    const imaging = c.criteria === undefined ? undefined : c.criteria.imaging;
    if (imaging !== undefined && imaging !== "RANO_LM_2017" && imaging !== "LANO_2019") {
      throw new Error("criteria.imaging: unknown scorecard " + JSON.stringify(imaging)
          + "; allowed: RANO_LM_2017, LANO_2019");
    }
    if (c.followUps !== undefined && !Array.isArray(c.followUps)) {
      throw new Error("followUps: must be a JSON array");
    }
    const baseline = c.baseline || {};
    const followUps = c.followUps || [];
    followUps.forEach((f, k) => {
      if (!isObject(f)) throw new Error("followUps[" + k + "]: must be a JSON object");
    });
    const shape = Object.assign({}, c, {baseline: baseline, followUps: followUps});
    // the visits, built apart from the page: a part of the wrong shape throws here
    const sections = [renderVisit(shape, 0)];
    for (let v = 1; v <= followUps.length; v++) sections.push(renderVisit(shape, v));
    // nothing failed: now change the form
    c.baseline = baseline;
    c.followUps = followUps;
    if (fresh) {
      submitted = 0;
      lastResult = null;
    }
    $("case-id").value = typeof c.id === "string" ? c.id : c.id === undefined ? "" : String(c.id);
    $("imaging").value = imagingOf(c);
    $("instrument").value = c.instrument || instruments[0].name;
    extraCriteria = Object.assign({}, c.criteria || {});
    delete extraCriteria.imaging;
    $("visits").replaceChildren(...sections);
    submitted = Math.min(submitted, c.followUps.length + 1);
    updateProgress();
    showResult(lastResult);
  }

  function updateProgress() {
    const visits = $("visits").querySelectorAll("section.visit").length;
    $("add-follow-up").disabled = submitted < visits;
    $("add-follow-up-hint").textContent = submitted < visits
        ? "Submit the last visit (without error) before adding a follow-up." : "";
    for (let v = 0; v < visits; v++) {
      const status = $("visit-" + v + "-status");
      if (v < submitted) {
        status.textContent = "\u2714 Submitted: complete and accepted by the scorer.";
        status.className = "visit-status ok";
      } else if (!status.classList.contains("blocked")) {
        status.textContent = "Not submitted yet.";
        status.className = "visit-status";
      }
    }
  }

  // --------------------------------------------------------------------------------- collecting

  const value = (path) => {
    const node = document.getElementById(idOf(path));
    return node ? node.value : "";
  };
  const checked = (path) => {
    const node = document.getElementById(idOf(path));
    return node ? node.checked : false;
  };
  const has = (path) => document.getElementById(idOf(path)) !== null;

  function collectVisit(c, v) {
    const isBaseline = v === 0;
    const prefix = isBaseline ? "baseline" : "followUps[" + (v - 1) + "]";
    const visit = {date: value(prefix + ".date")};
    if (visit.date === "") delete visit.date;
    if (checked(prefix + ".neuro.done")) {
      visit.neuro = {};
      for (const domain of instrumentNamed(c.instrument).domains) {
        const path = prefix + ".neuro." + domain.key;
        const text = value(path);
        if (text === "") continue;
        const level = text === "NE" ? "NE" : Number(text);
        const why = value(path + ".attributedTo");
        const note = document.getElementById(idOf(path)).dataset.note;
        if (why !== "" || note !== undefined) {
          visit.neuro[domain.key] = {level: level};
          if (why !== "") visit.neuro[domain.key].attributedTo = why;
          if (note !== undefined) visit.neuro[domain.key].note = note;
        } else {
          visit.neuro[domain.key] = level;
        }
      }
    }
    const csfResult = value(prefix + ".csf.result");
    const volume = number(value(prefix + ".csf.volumeMl"));
    if (csfResult !== "" || volume !== undefined) {
      visit.csf = {};
      if (csfResult !== "") visit.csf.result = csfResult;
      if (volume !== undefined) visit.csf.volumeMl = volume;
    }
    if (imagingOf(c) === "LANO_2019") {
      if (isBaseline || checked(prefix + ".imaging.done")) {
        visit.lano2019 = {};
        for (const [key, , nodules] of LANO_ITEMS) {
          const path = prefix + ".lano2019." + key;
          const item = {};
          const present = value(path + ".present");
          if (present !== "") item.present = present === "NE" ? "NE" : present === "true";
          if (has(path + ".change") && value(path + ".change") !== "") {
            item.change = value(path + ".change");
          }
          if (nodules && value(path + ".nodulesMm").trim() !== "") {
            item.nodulesMm = value(path + ".nodulesMm").split(/[;,]/).map((pair) => {
              const m = /^\s*(\S+)\s*[x\u00d7*]\s*(\S+)\s*$/i.exec(pair);
              return m ? [number(m[1]), number(m[2])] : pair.trim();
            });
          }
          visit.lano2019[key] = item;
        }
      }
    } else if (isBaseline || checked(prefix + ".imaging.done")) {
      const count = (list) => $("visits").querySelectorAll(
          "[data-path^=\"" + prefix + "." + list + "[\"][data-path$=\"]." + (list === "nonTargets"
              ? "status" : list === "newLesions" ? "site" : "score") + "\"]").length;
      visit.targets = [];
      for (let k = 0; k < count("targets"); k++) {
        const path = prefix + ".targets[" + k + "]";
        const t = {};
        if (isBaseline) {
          t.id = value(path + ".id");
          if (value(path + ".site") !== "") t.site = value(path + ".site");
        } else {
          t.id = rowId(c, "targets", k);
        }
        const score = value(path + ".score");
        if (score !== "") t.score = score === "NE" ? "NE" : Number(score);
        const d0 = number(value(path + ".diametersMm[0]"));
        const d1 = number(value(path + ".diametersMm[1]"));
        if (d0 !== undefined || d1 !== undefined) {
          t.diametersMm = [d0 === undefined ? null : d0, d1 === undefined ? null : d1];
        }
        visit.targets.push(t);
      }
      const nons = [];
      for (let k = 0; k < count("nonTargets"); k++) {
        const path = prefix + ".nonTargets[" + k + "]";
        const n = {};
        if (isBaseline) {
          n.id = value(path + ".id");
          if (value(path + ".site") !== "") n.site = value(path + ".site");
        } else {
          n.id = rowId(c, "nonTargets", k);
        }
        if (value(path + ".status") !== "") n.status = value(path + ".status");
        nons.push(n);
      }
      if (nons.length > 0) visit.nonTargets = nons;
      if (!isBaseline) {
        const fresh = [];
        for (let k = 0; k < count("newLesions"); k++) {
          const path = prefix + ".newLesions[" + k + "]";
          const lesion = {};
          if (value(path + ".site") !== "") lesion.site = value(path + ".site");
          lesion.equivocal = checked(path + ".equivocal");
          fresh.push(lesion);
        }
        if (fresh.length > 0) visit.newLesions = fresh;
      }
    }
    const steroid = number(value(prefix + ".steroidMgPerDay"));
    if (steroid !== undefined) visit.steroidMgPerDay = steroid;
    const brain = value(prefix + ".parenchymal.brain");
    const spine = value(prefix + ".parenchymal.spine");
    if (brain !== "" || spine !== "") {
      visit.parenchymal = {};
      if (brain !== "") visit.parenchymal.brain = brain;
      if (spine !== "") visit.parenchymal.spine = spine;
    }
    if (!isBaseline && checked(prefix + ".clinicalDeterioration")) {
      visit.clinicalDeterioration = true;
    }
    return visit;
  }

  function rowId(c, list, k) {
    const rows = c.baseline[list] || [];
    return rows[k] ? rows[k].id : "";
  }

  /** The case in the form, in the case format (without the rater's calls). */
  function collect() {
    const c = {};
    const id = $("case-id").value.trim();
    if (id !== "") c.id = id;
    if ($("instrument").value !== instruments[0].name) c.instrument = $("instrument").value;
    const criteria = Object.assign({}, extraCriteria);
    if ($("imaging").value === "LANO_2019") criteria.imaging = "LANO_2019";
    if (Object.keys(criteria).length > 0) c.criteria = criteria;
    const visits = $("visits").querySelectorAll("section.visit").length;
    c.baseline = {};
    c.followUps = [];
    c.baseline = collectVisit(c, 0);
    for (let v = 1; v < visits; v++) c.followUps.push(collectVisit(c, v));
    return c;
  }

  /** The rater's calls, by follow-up (1-based), kept apart from the case format. */
  function raterCalls() {
    const calls = {};
    const visits = $("visits").querySelectorAll("section.visit").length;
    for (let v = 1; v < visits; v++) {
      const call = value("followUps[" + (v - 1) + "].raterCall");
      if (call !== "") calls[v] = call;
    }
    return calls;
  }

  // ---------------------------------------------------------------------------------- errors

  function clearErrors() {
    for (const node of document.querySelectorAll(".error")) {
      // the import's report stays whole until the next import or export
      if (!node.closest("#io-status")) node.textContent = "";
    }
    for (const node of document.querySelectorAll("[aria-invalid]")) {
      node.removeAttribute("aria-invalid");
    }
    $("case-error").textContent = "";
  }

  /** The case's own fields (index.html), by path. */
  const CASE_FIELDS = new Map([["id", "case-id"], ["instrument", "instrument"],
    ["criteria.imaging", "imaging"]]);

  /**
   * The control a library path names, or the nearest enclosing one that the form shows with a
   * place for its message (a domain's attribution has none: its domain's level is marked).
   */
  function controlFor(path) {
    let p = path;
    while (p !== "") {
      const node = document.getElementById(CASE_FIELDS.get(p) || idOf(p));
      if (node && node.dataset.path !== undefined
          && document.getElementById(node.id + "-error")) return node;
      const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
      if (cut <= 0) break;
      p = p.substring(0, cut);
    }
    return null;
  }

  function visitOfPath(path) {
    if (path.startsWith("baseline")) return 0;
    const m = /^followUps\[(\d+)\]/.exec(path);
    return m ? Number(m[1]) + 1 : -1;
  }

  function showError(path, message) {
    const control = controlFor(path);
    if (control) {
      const error = document.getElementById(control.id + "-error");
      error.textContent = (path === control.dataset.path ? "" : path + ": ") + message;
      error.dataset.libraryPath = path;
      control.setAttribute("aria-invalid", "true");
      return control;
    }
    const v = visitOfPath(path);
    const target = v >= 0 && $("visit-" + v + "-error") ? $("visit-" + v + "-error")
        : $("case-error");
    target.textContent = (path === "" ? "" : path + ": ") + message;
    target.dataset.libraryPath = path;
    return null;
  }

  /** The required controls of visits 0..v left empty. */
  function emptyFields(v) {
    const empty = [];
    for (let w = 0; w <= v; w++) {
      for (const node of $("visit-" + w).querySelectorAll("[data-required]")) {
        if (node.value === "" && !node.closest("fieldset:disabled") && isActive(node)) {
          empty.push(node);
        }
      }
    }
    return empty;
  }

  /** A control counts unless its section is switched off (exam not done, MRI not done). */
  function isActive(node) {
    const neuro = node.closest("fieldset.neuro");
    if (neuro) {
      const done = neuro.querySelector("input[type=checkbox]");
      if (done && !done.checked) return false;
    }
    const imaging = node.closest("fieldset.imaging");
    if (imaging) {
      const done = imaging.querySelector("input[data-path$=\".imaging.done\"]");
      if (done && !done.checked) return false;
    }
    return true;
  }

  // ----------------------------------------------------------------------------------- server

  async function post(path, body) {
    const response = await fetch(path, {
      method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify(body)});
    return {status: response.status, json: await response.json()};
  }

  /** The case of visits 0..v: the baseline and the first v follow-ups. */
  function caseUpTo(c, v) {
    const copy = Object.assign({}, c);
    copy.followUps = c.followUps.slice(0, v);
    return copy;
  }

  async function submitVisit(v) {
    clearErrors();
    const status = $("visit-" + v + "-status");
    const c = collect();
    const empty = emptyFields(v);
    for (const node of empty) {
      const error = document.getElementById(node.id + "-error");
      error.textContent = EMPTY;
      delete error.dataset.libraryPath;
      node.setAttribute("aria-invalid", "true");
    }
    let answer;
    try {
      answer = await post("/v1/score", caseUpTo(c, v));
    } catch (e) {
      status.textContent = "The server could not be reached: " + e.message;
      status.className = "visit-status blocked";
      return;
    }
    let first = empty.length > 0 ? empty[0] : null;
    let count = empty.length;
    if (answer.json.error) {
      const shown = showError(answer.json.error.path, answer.json.error.message);
      if (shown) first = shown;
      if (!shown || !empty.includes(shown)) count++; // one problem per field
    }
    if (answer.json.error || empty.length > 0) {
      let firstBad = v;
      for (const node of empty) firstBad = Math.min(firstBad, visitOfPath(node.dataset.path));
      if (answer.json.error && visitOfPath(answer.json.error.path) >= 0) {
        firstBad = Math.min(firstBad, visitOfPath(answer.json.error.path));
      }
      submitted = Math.min(submitted, firstBad);
      status.textContent = "\u2716 Blocked: not submitted. " + count + " problem"
          + (count === 1 ? "" : "s") + " marked beside "
          + (count === 1 ? "its field" : "their fields") + ".";
      status.className = "visit-status blocked";
      updateProgress();
      if (first) first.focus();
      return;
    }
    status.className = "visit-status";
    submitted = Math.max(submitted, v + 1);
    lastResult = answer.json;
    updateProgress();
    showResult(lastResult);
    await showCharts(caseUpTo(c, v));
  }

  // ---------------------------------------------------------------------------------- results

  function showResult(result) {
    const visits = $("visits").querySelectorAll("section.visit").length;
    const calls = raterCalls();
    for (let v = 1; v < visits; v++) {
      const box = $("computed-" + v);
      const point = result && result.timepoints ? result.timepoints[v - 1] : undefined;
      if (!point || v >= submitted) {
        box.replaceChildren(el("p", {class: "pending",
          text: "Submit the visit to see the computed call."}));
        continue;
      }
      const overall = el("p", {class: "overall"}, "Computed: ",
          el("strong", {class: "resp resp-" + point.overall, dataset: {overall: point.overall},
            text: point.overall}),
          point.confirmed ? " (confirmed)" : " (not confirmed)");
      const parts = el("dl", {class: "components"},
          el("dt", {text: "Neuro"}), el("dd", {text: point.neuro}),
          el("dt", {text: "CSF"}), el("dd", {text: point.csf}),
          el("dt", {text: "MRI"}), el("dd", {text: point.imaging
              + (point.compositeScore !== null && point.compositeScore !== undefined
                  ? " (composite " + point.compositeScore + ")" : "")}));
      const rules = el("p", {class: "rules"}, "Rules: ", el("span", {class: "rule-ids",
        text: (point.rules || []).join(", ")}));
      const reasons = el("ul", {class: "reasons"});
      for (const reason of point.reasons || []) reasons.append(el("li", {text: reason}));
      const call = calls[v];
      let flag;
      if (call === undefined) {
        flag = el("p", {class: "agreement none", text: "No rater call entered."});
      } else if (call === point.overall) {
        flag = el("p", {class: "agreement agree", text: "\u2714 Agrees: rater " + call
            + ", computed " + point.overall + "."});
      } else {
        flag = el("p", {class: "agreement disagree", role: "alert", text:
          "\u26a0 Disagreement: rater " + call + ", computed " + point.overall
              + ". Check the rules below."});
      }
      box.replaceChildren(overall, flag, parts, rules, reasons);
    }
    const course = $("course");
    if (!result || !result.timepoints || submitted < 2) {
      course.replaceChildren(el("p", {class: "pending",
        text: "Submit the baseline and a follow-up to see the time course."}));
      return;
    }
    const best = (b) => b ? b.response + (b.date ? " on " + b.date : "")
        + (b.reason ? " (" + b.reason + ")" : "") : "\u2014";
    const list = el("dl", {class: "course"},
        el("dt", {text: "Best overall response"}), el("dd", {id: "best", text:
            best(result.bestOverallResponse)}),
        el("dt", {text: "Confirmed best overall response"}), el("dd", {id: "confirmed-best",
          text: best(result.confirmedBestOverallResponse)}),
        el("dt", {text: "Progression"}), el("dd", {id: "progression", text: result.progression
            ? result.progression.date + " (day " + result.progression.daysFromBaseline + ")"
            : "none"}));
    course.replaceChildren(list);
    if (result.warnings && result.warnings.length > 0) {
      const warnings = el("ul", {class: "warnings"});
      for (const w of result.warnings) warnings.append(el("li", {text: typeof w === "string"
          ? w : JSON.stringify(w)}));
      course.append(el("h3", {text: "Warnings"}), warnings);
    }
  }

  async function showCharts(c) {
    const box = $("charts");
    let answer;
    try {
      answer = await post("/v1/charts", c);
    } catch (e) {
      box.replaceChildren(el("p", {class: "error", text: "charts: " + e.message}));
      return;
    }
    if (answer.json.error) {
      box.replaceChildren(el("p", {class: "error", text: answer.json.error.message}));
      return;
    }
    box.replaceChildren();
    for (const [key, title] of [["compositeOverTime", "Composite score over time"],
      ["neuroHeatStrip", "Components at each follow-up"]]) {
      const svg = answer.json[key];
      if (!svg) continue;
      const figure = el("figure", {class: "chart", dataset: {chart: key}, "aria-label": title});
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      figure.append(document.importNode(doc.documentElement, true));
      box.append(figure);
    }
    if (box.children.length === 0) {
      box.append(el("p", {class: "pending", text: "No picture for this case."}));
    }
  }

  // ---------------------------------------------------------------------------- export/import

  function exportCase() {
    const text = JSON.stringify(collect(), null, 2);
    $("case-json").value = text;
    const link = $("download");
    if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([text + "\n"], {type: "application/json"}));
    link.download = ($("case-id").value.trim() || "case") + ".json";
    link.hidden = false;
    $("io-status").textContent = "Exported: the case is in the text box and can be downloaded.";
  }

  // What an import compared with what the form then holds (collect()) treats as equal; everything
  // else the case carried and the form does not hold (left out, or held as another value) is
  // listed, with its path in the case as imported:
  // - the order of keys (objects are compared key by key);
  // - how a number is written (2 and 2.0, 1e1 and 10): JSON.parse reads both alike, and the form
  //   writes the number; that the library wants an integer is the library's to say (the import
  //   also posts the text as given, and shows its error);
  // - a follow-up's targets and non-targets in another order than the baseline's: the form shows
  //   them in the baseline's rows, by id (matchRows), and they are compared by the row they are
  //   shown in; an element shown in no row (an id the baseline lacks) is listed whole;
  // - a domain written {"level": n} and the plain level n (the form writes the plain level
  //   unless there is an attribution or a note);
  // - values the form leaves out because they say what leaving them out says (case format):
  //   empty nonTargets, newLesions and nodulesMm lists, "clinicalDeterioration": false at a
  //   follow-up, "criteria": {}, "criteria": {"imaging": "RANO_LM_2017"} and the default
  //   instrument named.
  // Nothing else: not null (the form leaves a null out; the case format has no null), not an
  // empty object (an empty "csf" is not a left-out one), not a trimmed id, not "8" for 8.
  // What the form adds (a follow-up's baseline rows, "equivocal": false) is not a loss.
  const EMPTY_LISTS = ["nonTargets", "newLesions", "nodulesMm"];
  const LESION_LISTS = ["targets", "nonTargets"];

  /** Text of a value in a list: JSON, cut short. */
  function shown(x) {
    const json = x === undefined ? undefined : JSON.stringify(x);
    const text = json === undefined ? (x === undefined ? "nothing" : String(x)) : json;
    return text.length > 60 ? text.substring(0, 57) + "..." : text;
  }

  /** The same JSON value, whatever the order of the keys. */
  function same(a, b) {
    if (isObject(a) && isObject(b)) {
      const keys = Object.keys(a);
      return keys.length === Object.keys(b).length
          && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same(a[k], b[k]));
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      return a.length === b.length && a.every((x, k) => same(x, b[k]));
    }
    return a === b;
  }

  /** Whether the form's leaving out a value at key says what the value says (see above). */
  function leftOutAlike(key, path, value) {
    if (EMPTY_LISTS.includes(key)) return Array.isArray(value) && value.length === 0;
    if (key === "clinicalDeterioration") return value === false && path.startsWith("followUps[");
    if (path === "criteria.imaging") return value === "RANO_LM_2017";
    if (path === "criteria") return isObject(value) && Object.keys(value).length === 0;
    if (path === "instrument") return value === instruments[0].name;
    return false;
  }

  /**
   * The parts of an imported case the form does not hold: {path (in the case as imported), at
   * (the form's path of the same part, or null if the form shows it nowhere), message}. Also
   * fills rowsOf: for each follow-up's lesion list, its form row by index as imported.
   */
  function importLosses(imported, held, rowsOf) {
    const out = [];
    // the paths the form has a control for (to say "leaves it out" rather than "has no field")
    const paths = Array.from(document.querySelectorAll("[data-path]"), (n) => n.dataset.path);
    const hasField = (at) => at !== null && paths.some((p) => p === at
        || p.startsWith(at + ".") || p.startsWith(at + "["));
    const join = (path, key) => path === "" ? key : path + "." + key;
    const walk = (imp, col, path, at) => {
      if (imp === undefined) return;
      // a domain's {"level": n} and n: compared as objects
      if (/\.neuro\.[^.]+$/.test(path) && isObject(imp) !== isObject(col) && col !== undefined) {
        if (isObject(imp)) col = {level: col}; else imp = {level: imp};
      }
      if (isObject(imp) && (isObject(col) || (path === "criteria" && col === undefined))) {
        const into = col === undefined ? {} : col;
        // own keys only: an imported key such as "constructor" must not find Object's members
        const own = (o, key) => Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
        for (const key of Object.keys(imp)) {
          const p = join(path, key);
          const a = at === null ? null : join(at, key);
          const kept = own(into, key);
          if (kept === undefined && leftOutAlike(key, p, imp[key])) continue;
          if (LESION_LISTS.includes(key) && /^followUps\[\d+\]$/.test(path)
              && Array.isArray(imp[key]) && Array.isArray(kept)) {
            lesions(imp[key], kept, key, p, a);
          } else {
            walk(imp[key], kept, p, a);
          }
        }
        return;
      }
      if (Array.isArray(imp) && Array.isArray(col) && imp.some(isObject)) {
        // a list of parts (visits, lesions): part by part
        imp.forEach((x, k) => walk(x, col[k], path + "[" + k + "]",
            at === null ? null : at + "[" + k + "]"));
        return;
      }
      if (same(imp, col)) return;
      let why;
      if (col !== undefined) {
        why = " is held by the form as " + shown(col);
      } else if (/^followUps\[\d+\]\.raterCall$/.test(path) && value(path) === String(imp)) {
        why = " is shown as the rater's call, which the case format does not carry";
      } else if (hasField(at)) {
        why = " cannot be shown: the form leaves it out";
      } else {
        why = " cannot be shown: the form has no field for it";
      }
      out.push({path: path, at: at, message: shown(imp) + why});
    };
    const lesions = (imp, col, key, path, at) => {
      // the rows as renderCase showed them: the baseline as imported
      const base = isObject(imported.baseline) && Array.isArray(imported.baseline[key])
          ? imported.baseline[key] : [];
      const rows = matchRows(imp, base);
      rowsOf[path] = imp.map((x, k) => rows.indexOf(k));
      imp.forEach((x, k) => {
        const row = rowsOf[path][k];
        const p = path + "[" + k + "]";
        if (row < 0) {
          const what = key === "targets" ? "target" : "non-target";
          out.push({path: p, at: null, message: shown(x) + " cannot be shown: the baseline has no "
              + what + (isObject(x) && x.id !== undefined ? " " + shown(x.id)
                  : " in this place")});
        } else {
          walk(x, col[row], p, at === null ? null : at + "[" + row + "]");
        }
      });
    };
    walk(imported, held, "", "");
    return out;
  }

  /**
   * The form's path of a path in the case as imported (a follow-up's lesion is in the baseline's
   * row with its id), or null when the form shows that part nowhere.
   */
  function formPathOf(path, rowsOf) {
    const m = /^(followUps\[\d+\]\.(?:targets|nonTargets))\[(\d+)\](.*)$/.exec(path);
    if (!m || rowsOf[m[1]] === undefined) return path;
    const row = rowsOf[m[1]][Number(m[2])];
    return row === undefined || row < 0 ? null : m[1] + "[" + row + "]" + m[3];
  }

  /** Marks a field with a message about the import, beside any it already has. */
  function markImport(path, at, message) {
    const control = at === null ? null : controlFor(at);
    if (!control) return;
    const error = document.getElementById(control.id + "-error");
    const text = (at === control.dataset.path ? "" : path + ": ") + message;
    if (error.textContent === "") error.textContent = text;
    else if (!error.textContent.includes(text)) error.textContent += "; " + text;
    control.setAttribute("aria-invalid", "true");
  }

  let importCheck = 0; // the import whose library check is awaited (a later one wins)

  function importText(text) {
    let c;
    try {
      c = JSON.parse(text);
    } catch (e) {
      $("io-status").textContent = "Not imported: the text is not JSON (" + e.message + ").";
      return;
    }
    if (c === null || typeof c !== "object" || Array.isArray(c)) {
      $("io-status").textContent = "Not imported: a case is a JSON object.";
      return;
    }
    if (c.responses !== undefined) {
      $("io-status").textContent = "Not imported: this page edits raw assessments, not a"
          + " sequence of responses assessed elsewhere.";
      return;
    }
    try {
      renderCase(c, true);
    } catch (e) {
      $("io-status").textContent = "Not imported: " + e.message + ". The form is unchanged.";
      return;
    }
    $("charts").replaceChildren();
    clearErrors();
    const status = $("io-status");
    status.replaceChildren("Imported " + (c.id || "a case") + " with "
        + (c.followUps || []).length + " follow-up(s). Submit each visit to score it.");
    // a value the form cannot hold is listed (and marked beside its field), never silently lost:
    // first the values a control could not take, then every other part of the case as imported
    // (read again: renderCase fills in c) that the form does not hold
    const missing = lostValues();
    const rowsOf = {};
    const marked = new Set(missing.map((m) => m.path));
    for (const loss of importLosses(JSON.parse(text), collect(), rowsOf)) {
      const taken = missing.some((m) => m.path === loss.at || m.path + ".level" === loss.at);
      if (!taken) missing.push({path: loss.path, at: loss.at, message: loss.message});
    }
    if (missing.length > 0) {
      const list = el("ul", {class: "lost"});
      for (const item of missing) {
        list.append(el("li", {dataset: {path: item.path}, text: item.path + ": "
            + item.message}));
        if (item.node) showError(item.path, item.message);
        else markImport(item.path, item.at, item.message);
        if (item.at) marked.add(item.at);
      }
      const them = missing.length === 1 ? "it" : "them";
      status.append(el("p", {class: "error lost-title", text: missing.length + " value"
          + (missing.length === 1 ? "" : "s") + " of the case could not be shown; exporting now"
          + " would leave " + them + " out or change " + them + ". Where a field is marked,"
          + " choose " + them + " again:"}), list);
    }
    checkImport(text, rowsOf, marked);
  }

  /**
   * Posts the case as imported (the text as given) to POST /v1/score: the library's error, if it
   * rejects the case, is shown in the import's status and beside the field its path names (unless
   * the import's list marked that field for that path already). The status's data-check says when
   * the answer is in ("done").
   */
  async function checkImport(text, rowsOf, marked) {
    const token = ++importCheck;
    const status = $("io-status");
    status.dataset.check = "pending";
    let line = null;
    let answer = null;
    let response = null;
    try {
      response = await fetch("/v1/score", {method: "POST",
        headers: {"Content-Type": "application/json"}, body: text});
      answer = {status: response.status, json: await response.json()};
    } catch (e) {
      line = "The case as imported could not be checked by the library: " + (response === null
          ? "the server could not be reached" : "HTTP " + response.status + ", an answer that is"
              + " not JSON") + " (" + e.message + ").";
    }
    if (token !== importCheck) return;
    const error = answer && answer.json ? answer.json.error : undefined;
    if (answer && answer.status === 422 && error) {
      line = "The case as imported is rejected by the library: " + (error.path === "" ? ""
          : error.path + ": ") + error.message;
      const at = formPathOf(error.path, rowsOf);
      if (!marked.has(at)) markImport(error.path, at, error.message);
    } else if (answer && answer.status !== 200) {
      line = "The case as imported could not be checked by the library: HTTP " + answer.status
          + (error ? ": " + error.message : "");
    }
    if (line !== null) {
      status.append(el("p", {class: "error import-check", text: line}));
    }
    status.dataset.check = "done";
  }

  // ------------------------------------------------------------------------------------ start

  async function start() {
    const response = await fetch("/v1/instruments");
    instruments = (await response.json()).instruments;
    const choice = $("instrument");
    for (const instrument of instruments) {
      choice.append(el("option", {value: instrument.name, text: instrument.name
          + " (" + instrument.domains.length + " domains)"}));
    }
    choice.addEventListener("change", () => {
      const c = collect();
      c.instrument = choice.value;
      // the new instrument's domains, to be chosen again (an exam stays given)
      for (const visit of [c.baseline].concat(c.followUps)) visit.neuro = {};
      submitted = 0;
      renderCase(c);
    });
    $("imaging").addEventListener("change", () => {
      const c = collect();
      // the other scorecard, empty, in every visit (its MRI stays done)
      const lano = $("imaging").value === "LANO_2019";
      for (const visit of [c.baseline].concat(c.followUps)) {
        delete visit.targets; delete visit.nonTargets; delete visit.newLesions;
        delete visit.lano2019;
        if (lano) visit.lano2019 = {}; else visit.targets = visit === c.baseline ? [{id: "T1"}] : [];
      }
      submitted = 0;
      renderCase(c);
    });
    $("add-follow-up").addEventListener("click", () => {
      const c = collect();
      c.followUps.push(imagingOf(c) === "LANO_2019" ? {neuro: {}, lano2019: {}}
          : {neuro: {}, targets: []});
      renderCase(c);
      focusPath("followUps[" + (c.followUps.length - 1) + "].date");
    });
    $("export").addEventListener("click", exportCase);
    $("import").addEventListener("click", () => importText($("case-json").value));
    $("import-file").addEventListener("change", async (event) => {
      const file = event.target.files[0];
      if (file) importText(await file.text());
    });
    // An edited visit must be submitted again (the rater's call is not part of the case).
    $("visits").addEventListener("change", (event) => {
      const path = event.target.dataset ? event.target.dataset.path : undefined;
      if (path === undefined || path.endsWith(".raterCall")) return;
      const v = visitOfPath(path);
      if (v >= 0 && v < submitted) {
        submitted = v;
        updateProgress();
        showResult(lastResult);
      }
    });
    renderCase({baseline: {neuro: {}, targets: [{id: "T1"}]}, followUps: []});
    document.body.dataset.ready = "true";
  }

  function focusPath(path) {
    const node = document.getElementById(idOf(path));
    if (node) node.focus();
  }

  window.addEventListener("DOMContentLoaded", () => {
    start().catch((e) => {
      $("case-error").textContent = "The page could not start: " + e.message;
    });
  });
})();
