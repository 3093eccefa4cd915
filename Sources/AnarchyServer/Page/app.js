"use strict";
const $ = (id) => document.getElementById(id);
let current = null, source = null, series = [], label = "", previous = null;

// The per-launch token (docs/SECURITY.md): from the start-up URL (/?token=…), kept for the
// session and sent with every API request.
const token = new URLSearchParams(location.search).get("token") || sessionStorage.getItem("anarchy-token") || "";
if (token) sessionStorage.setItem("anarchy-token", token);

async function json(url, options) {
  options = Object.assign({}, options);
  options.headers = Object.assign({ "X-Anarchy-Token": token }, options.headers || {});
  const response = await fetch(url, options);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

async function loadBuiltins() {
  const list = await json("/api/scenarios");
  for (const s of list) {
    const option = document.createElement("option");
    option.value = s.name; option.textContent = s.name + " — " + s.summary;
    $("builtin").appendChild(option);
  }
}

async function loadScenario(name) {
  const s = await json("/api/scenarios/" + encodeURIComponent(name));
  $("builtin").value = name;
  $("yaml").value = s.yaml;
  const ticks = /^ticks:\s*(\d+)/m.exec(s.yaml);
  if (ticks) $("ticks").value = ticks[1];
  await validate();
}

let timer = null;
async function validate() {
  const result = await json("/api/validate", { method: "POST", body: $("yaml").value });
  const list = $("problems");
  list.innerHTML = "";
  for (const p of result.problems) {
    const item = document.createElement("li");
    item.textContent = (p.path ? p.path + ": " : "") + p.message + (p.line ? " (line " + p.line + ", column " + p.column + ")" : "");
    list.appendChild(item);
  }
  $("run").disabled = !result.valid;
  return result.valid;
}

// The current run (blue) beside the previous one (orange, dashed), to compare two options.
function drawLine(svg, values, top, before) {
  const w = 600, h = 160, pad = 24;
  const max = top || [values, before ? before.values : []].reduce((m, vs) => vs.reduce((a, v) => Math.max(a, v), m), 1e-9);
  const total = Math.max(2, Number($("ticks").value) || values.length, before ? before.values.length : 0);
  // At most about 1,200 points a line (the chart is 600 wide): every k-th tick and the last.
  const line = (vs) => {
    if (vs.length === 0) return "";
    const k = Math.ceil(vs.length / 1200), points = [];
    for (let i = 0; i < vs.length; i += k) points.push(i);
    if (points[points.length - 1] !== vs.length - 1) points.push(vs.length - 1);
    return points.map((i) => (pad + i * (w - 2 * pad) / (total - 1)).toFixed(1) + "," + (h - pad - vs[i] / max * (h - 2 * pad)).toFixed(1)).join(" ");
  };
  const esc = (t) => t.replace(/[<&]/g, "");
  let out = '<line x1="24" y1="136" x2="576" y2="136" stroke="#333"/><line x1="24" y1="24" x2="24" y2="136" stroke="#333"/>'
    + '<text x="4" y="28" font-size="10">' + max.toFixed(3) + '</text><text x="4" y="140" font-size="10">0</text>'
    + '<text x="560" y="154" font-size="10">tick</text>';
  if (before) out += '<polyline class="previous" fill="none" stroke="#E69F00" stroke-width="2" stroke-dasharray="5,3" points="' + line(before.values) + '"/>'
    + '<text x="300" y="14" font-size="10" fill="#B07800">- - ' + esc(before.label) + '</text>';
  out += '<polyline class="current" fill="none" stroke="#0072B2" stroke-width="2" points="' + line(values) + '"/>'
    + '<text x="30" y="14" font-size="10" fill="#0072B2">— ' + esc(label) + '</text>';
  svg.innerHTML = out;
  svg.dataset.ticks = String(values.length);
}

function colour(t) {
  const stops = [[0, 32, 77], [124, 123, 120], [255, 234, 70]];
  const u = Math.min(1, Math.max(0, t)) * 2, k = Math.min(1, Math.floor(u)), f = u - k;
  const c = stops[k].map((a, i) => Math.round(a + (stops[k + 1][i] - a) * f));
  return "rgb(" + c.join(",") + ")";
}

function drawMap(run, tick) {
  const n = run.states.length, r = 135, cx = 180, cy = 200;
  const at = (i) => [cx + r * Math.cos(2 * Math.PI * i / n - Math.PI / 2), cy + r * Math.sin(2 * Math.PI * i / n - Math.PI / 2)];
  let out = "";
  for (const [a, b] of run.edges) { const p = at(a), q = at(b); out += '<line x1="' + p[0] + '" y1="' + p[1] + '" x2="' + q[0] + '" y2="' + q[1] + '" stroke="#bbb"/>'; }
  for (const [a, b] of tick.ties || []) { const p = at(a), q = at(b); out += '<line class="tie" x1="' + p[0] + '" y1="' + p[1] + '" x2="' + q[0] + '" y2="' + q[1] + '" stroke="#0072B2" stroke-width="4"/>'; }
  const rings = ["#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#E69F00", "#000000"];
  run.states.forEach((name, i) => {
    const s = tick.states[i], p = at(i);
    const fill = !s.alive ? "#ccc" : s.belief === null ? "#888" : colour(s.belief);
    if (s.community !== null && s.community !== undefined) out += '<circle class="community" cx="' + p[0] + '" cy="' + p[1] + '" r="13" fill="none" stroke="' + rings[s.community % rings.length] + '" stroke-width="3"/>';
    out += '<circle class="state" cx="' + p[0] + '" cy="' + p[1] + '" r="9" fill="' + fill + '" stroke="#222"><title>' + name + (s.belief === null ? "" : ": " + s.belief.toFixed(2)) + (s.community === null || s.community === undefined ? "" : ", community #" + s.community) + '</title></circle>';
    if (n <= 30) out += '<text x="' + (p[0] + 11) + '" y="' + (p[1] + 4) + '" font-size="10">' + name.replace(/[<&]/g, "") + '</text>';
  });
  $("map").innerHTML = out;
}

function addEvents(tick) {
  const list = $("events");
  for (const e of tick.events || []) {
    const item = document.createElement("li");
    item.className = "event " + e.kind;
    item.textContent = "tick " + e.tick + ": " + e.summary;
    item.addEventListener("click", () => {
      for (const other of list.children) other.classList.remove("chosen");
      item.classList.add("chosen");
      const why = $("why");
      why.innerHTML = "";
      const title = document.createElement("strong"); title.textContent = item.textContent; why.appendChild(title);
      const lines = document.createElement("ul");
      for (const line of e.why) { const li = document.createElement("li"); li.textContent = line; lines.appendChild(li); }
      why.appendChild(lines);
    });
    list.insertBefore(item, list.firstChild);
    while (list.children.length > 300) list.removeChild(list.lastChild);
  }
}

function setRunning(running) {
  for (const id of ["pause", "step", "stop"]) $(id).disabled = !running;
  $("run").disabled = running;
}

async function run() {
  if (source) source.close();
  const params = new URLSearchParams({ ticks: $("ticks").value, seed: $("seed").value });
  for (const input of document.querySelectorAll("#parameters input[data-path]")) {
    if (input.value !== "") params.append("set", input.dataset.path + "=" + input.value);
  }
  try {
    current = await json("/api/runs?" + params.toString(), { method: "POST", body: $("yaml").value });
  } catch (error) { $("status").textContent = "Not started: " + error.message; return; }
  if (series.length > 0) previous = { label: label, spiral: series.map((t) => t.spiral), burden: series.map((t) => t.meanShare), wars: series.map((t) => t.wars), ties: series.map((t) => t.alliances), seekerWars: series.map((t) => t.seekerWars) };
  series = [];
  label = "run " + current.id + ": " + current.name + [...params.entries()].filter(([k]) => k === "set").map(([, v]) => ", " + v).join("");
  $("events").innerHTML = ""; $("why").textContent = "";
  delete $("status").dataset.status;
  setRunning(true);
  $("status").textContent = "Run " + current.id + ": running";
  source = new EventSource("/api/runs/" + current.id + "/stream?token=" + encodeURIComponent(token));
  // Ticks may arrive faster than a page can draw: charts, map and status are redrawn at
  // most every 100 ms (and once at the end), so a long run never swamps the page.
  let pending = null;
  const redraw = () => {
    pending = null;
    if (series.length === 0) return;
    const tick = series[series.length - 1];
    drawLine($("spiral"), series.map((t) => t.spiral), 1, previous && { label: previous.label, values: previous.spiral });
    drawLine($("burden"), series.map((t) => t.meanShare), 0, previous && { label: previous.label, values: previous.burden });
    drawLine($("wars"), series.map((t) => t.wars), 0, previous && { label: previous.label, values: previous.wars });
    drawLine($("ties"), series.map((t) => t.alliances), 0, previous && { label: previous.label, values: previous.ties });
    drawLine($("seekerWars"), series.map((t) => t.seekerWars), 0, previous && { label: previous.label, values: previous.seekerWars });
    drawMap(current, tick);
    $("status").textContent = "Run " + current.id + ": tick " + tick.tick + " of " + current.ticks + ", " + tick.alive + " states alive, " + tick.warsBegun + " wars begun (" + tick.seekerWars + " between security seekers alone)";
  };
  source.onmessage = (event) => {
    const tick = JSON.parse(event.data);
    series.push(tick);
    addEvents(tick);
    if (pending === null) pending = setTimeout(redraw, 100);
  };
  source.addEventListener("end", async () => {
    source.close();
    clearTimeout(pending);
    redraw();
    const final = await json("/api/runs/" + current.id);
    setRunning(false);
    $("status").textContent += " — " + final.status + (final.digest ? " (digest " + final.digest + ")" : "") + (final.error ? ": " + final.error : "");
    $("status").dataset.status = final.status;
    if (afterRun) { const next = afterRun; afterRun = null; next(); }
  });
}

let afterRun = null;
function applySettings(settings) {
  for (const setting of settings) {
    const [path, value] = setting.split("=");
    const input = document.querySelector('#parameters input[data-path="' + path + '"]');
    if (input) input.value = value;
  }
}

async function command(name) {
  if (!current) return;
  try {
    const state = await json("/api/runs/" + current.id + "/" + name, { method: "POST" });
    $("pause").textContent = state.status === "paused" ? "Resume" : "Pause";
  } catch (error) { $("status").textContent += " (" + error.message + ")"; }
}

async function loadExperiments() {
  const list = await json("/api/experiments");
  $("store").textContent = list.store || "(none: start with --store FILE)";
  if ($("experiment").options.length === 0) {
    for (const e of list.builtins) {
      const option = document.createElement("option");
      option.value = e.name; option.textContent = e.name + " — " + e.summary;
      $("experiment").appendChild(option);
    }
  }
  const stored = $("stored");
  stored.innerHTML = "";
  for (const e of list.stored) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = "/experiments/" + encodeURIComponent(e.id); link.target = "_blank";
    link.textContent = e.name + " (" + e.points + " points, " + e.runs + " runs): report";
    item.appendChild(link);
    stored.appendChild(item);
  }
}

async function sweep() {
  const params = new URLSearchParams({ experiment: $("experiment").value, replications: $("replications").value });
  let state;
  // An experiment file typed or opened below the list is swept instead of the list's choice.
  try { state = await json("/api/sweeps?" + params.toString(), { method: "POST", body: $("experiment-yaml").value }); }
  catch (error) { $("sweep-status").textContent = "Not started: " + error.message; return; }
  $("sweep").disabled = true;
  while (state.status === "running") {
    $("sweep-status").textContent = state.name + ": " + state.done + " of " + state.total + " runs";
    await new Promise((resolve) => setTimeout(resolve, 500));
    state = await json("/api/sweeps/" + state.id);
  }
  // The stored list first, then the status: a page (or a test) that sees "done" sees the experiment listed.
  await loadExperiments();
  $("sweep-status").textContent = state.name + ": " + state.status + (state.error ? " (" + state.error + ")" : ", " + state.total + " runs stored");
  $("sweep-status").dataset.status = state.status;
  $("sweep").disabled = false;
}

async function debate() {
  let state;
  try { state = await json("/api/debate", { method: "POST" }); }
  catch (error) { $("debate-status").textContent = "Not started: " + error.message; return; }
  $("debate").disabled = true;
  while (state.status === "running") {
    $("debate-status").textContent = "running: " + state.done + " of " + (state.total || "…") + " runs";
    await new Promise((resolve) => setTimeout(resolve, 500));
    state = await json("/api/debate");
  }
  $("debate").disabled = false;
  $("debate-status").dataset.status = state.status;
  $("debate-status").innerHTML = state.status === "done" ? 'done: <a href="/debate" target="_blank">the report</a>' : "failed: " + (state.error || "");
  const list = $("verdicts");
  list.innerHTML = "";
  for (const v of state.verdicts || []) {
    const item = document.createElement("li");
    item.value = v.claim;
    item.textContent = v.title + " — " + v.verdict;
    list.appendChild(item);
  }
}

$("debate").addEventListener("click", debate);
$("sweep").addEventListener("click", sweep);
$("experiment-file").addEventListener("change", async () => {
  const file = $("experiment-file").files[0];
  if (file) $("experiment-yaml").value = await file.text();
});
$("builtin").addEventListener("change", () => loadScenario($("builtin").value));
$("yaml").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(validate, 300); });
$("run").addEventListener("click", run);
$("pause").addEventListener("click", () => command($("pause").textContent === "Pause" ? "pause" : "resume"));
$("step").addEventListener("click", () => command("step"));
$("stop").addEventListener("click", () => command("stop"));

(async () => {
  await loadBuiltins();
  await loadExperiments();
  const hash = new URLSearchParams(location.hash.slice(1));
  await loadScenario(hash.get("scenario") || "spiral");
  applySettings(hash.getAll("set"));
  if (hash.get("ticks")) $("ticks").value = hash.get("ticks");
  // compare=PATH=VALUE: once the run ends, run again with these settings, the first run drawn beside it.
  if (hash.has("compare")) afterRun = () => { applySettings(hash.getAll("compare")); run(); };
  if (hash.has("run")) await run();
  if (hash.has("debate")) await debate();
  if (hash.has("sweep")) { $("experiment").value = hash.get("sweep"); if (hash.get("replications")) $("replications").value = hash.get("replications"); await sweep(); }
})();
