// The eventwire dashboard: filters drive one query; the map, timeline, list, quotes and
// claims panels show its answer; clicking an event shows its reports in their sentences.
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "./style.css";
import { exportURL, getJSON } from "./api.js";
import { actorLabel, clear, el, highlighted } from "./dom.js";
import { EventMap } from "./map.js";
import { Timeline } from "./timeline.js";

const state = { filters: {}, range: { since: null, until: null }, events: [] };
const $ = (id) => document.getElementById(id);

function currentFilters() {
  const filters = {};
  for (const name of ["actor", "country", "plover", "modality", "since", "until", "text"]) {
    const value = $(`filter-${name}`).value.trim();
    if (value) filters[name] = value;
  }
  if (state.range.since) filters.since = state.range.since;
  if (state.range.until) filters.until = state.range.until;
  return filters;
}

function setStatus(message, isError = false) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

async function refresh({ fit = false } = {}) {
  const filters = currentFilters();
  state.filters = filters;
  try {
    const page = await getJSON("/api/events", { ...filters, limit: 2000 });
    state.events = page.items;
    const placed = eventMap.show(page.items, { fit });
    setStatus(`${page.total} events (${placed} on the map)`);
    renderList(page.items);
    const trendFilters = { since: $("filter-since").value, until: $("filter-until").value };
    if (!state.range.since) {
      const timeline = await getJSON("/api/trends", { interval: "day", by: "quad_class",
                                                      since: trendFilters.since,
                                                      until: trendFilters.until });
      timelineChart.show(timeline.rows);
    }
    renderQuotes((await getJSON("/api/quotes", { ...filters, limit: 50 })).items);
    renderClaims((await getJSON("/api/claims", { ...filters, limit: 50 })).items);
    renderExports(filters);
  } catch (error) {
    setStatus(`Could not load events: ${error.message}`, true);
  }
}

function renderList(events) {
  const list = clear($("event-list"));
  for (const event of events.slice(0, 300)) {
    const modalities = Object.keys(event.modalities || { [event.modality]: 1 });
    list.append(el("li", { class: `event-row quad-${event.quad_class}`, tabindex: "0",
                           dataset: { eventId: event.id, modalities: modalities.join(" ") },
                           title: modalities.length > 1
                             ? `reports: ${modalities.join(", ")}` : undefined,
                           onclick: () => showEvent(event.id),
                           onkeydown: (e) => { if (e.key === "Enter") showEvent(event.id); } },
      el("span", { class: "when" }, event.date || "undated"),
      el("span", { class: "what" }, event.plover?.event || event.cameo),
      el("span", { class: "who" }, `${actorLabel(event.source)} → ${actorLabel(event.target)}`),
      el("span", { class: "where" }, event.place?.name || ""),
      el("span", { class: `modality modality-${event.modality}` },
         modalities.length > 1 ? `${event.modality}*` : event.modality),
      el("span", { class: "reports" }, `${event.report_count || 1} rep.`)));
  }
}

async function showEvent(eventId) {
  const panel = clear($("detail"));
  panel.append(el("p", {}, "Loading…"));
  try {
    const event = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
    clear(panel);
    panel.append(
      el("h2", {}, `${event.plover?.event || ""} · CAMEO ${event.cameo}`),
      el("dl", {},
        el("dt", {}, "Who"), el("dd", {}, `${actorLabel(event.source)} → ${actorLabel(event.target)}`),
        el("dt", {}, "When"), el("dd", {}, event.date || "undated",
                                  event.date_granularity ? ` (${event.date_granularity})` : ""),
        el("dt", {}, "Where"), el("dd", {}, event.place ? placeLabel(event.place) : "unknown"),
        el("dt", {}, "Modality"), el("dd", { class: "detail-modality" }, event.modality),
        el("dt", {}, "ACLED"), el("dd", {}, event.acled
          ? `${event.acled.event_type} / ${event.acled.sub_event_type}` : "—"),
        el("dt", {}, "Goldstein"), el("dd", {}, String(event.goldstein))),
      el("h3", {}, `Reports (${event.reports.length})`),
      el("ol", { class: "reports" }, event.reports.map((report) => el("li", { class: "report" },
        el("div", { class: "report-meta" },
          `${report.document?.title || report.doc_id} · ${report.document?.date || ""} · `,
          el("span", { class: `modality modality-${report.modality}` }, report.modality)),
        el("blockquote", { class: "report-sentence" },
          report.sentence_start === undefined ? report.sentence_text
            : highlighted(report.sentence_text, report.start - report.sentence_start,
                          report.end - report.sentence_start)),
        report.reason ? el("div", { class: "report-reason" }, `joined: ${report.reason}`) : null,
        el("a", { href: `#doc=${encodeURIComponent(report.doc_id)}`,
                  onclick: (e) => { e.preventDefault(); showDocument(report.doc_id, report); } },
           "show in document")))));
    eventMap.focus(eventId);
  } catch (error) {
    clear(panel).append(el("p", { class: "error" }, `Could not load event: ${error.message}`));
  }
}

function placeLabel(place) {
  const parts = [place.relation, place.name || place.text].filter(Boolean).join(" ");
  const precision = place.precision ? ` — precision ${place.precision}` : "";
  return `${parts}${place.admin1 ? `, ${place.admin1}` : ""}${precision}`;
}

async function showDocument(docId, report) {
  const panel = clear($("detail"));
  try {
    const doc = await getJSON(`/api/documents/${encodeURIComponent(docId)}`);
    panel.append(el("h2", {}, doc.title || doc.id), el("p", { class: "doc-meta" }, doc.date || ""),
                 el("div", { class: "document-text" },
                    report ? highlighted(doc.text, report.start, report.end) : doc.text));
    panel.querySelector("mark")?.scrollIntoView({ block: "center" });
  } catch (error) {
    panel.append(el("p", { class: "error" }, `Could not load document: ${error.message}`));
  }
}

function renderQuotes(quotes) {
  const list = clear($("quotes"));
  for (const quote of quotes) {
    list.append(el("li", { class: "quote" },
      el("span", { class: "speaker" }, actorLabel(quote.speaker) !== "—"
        ? actorLabel(quote.speaker) : quote.speaker_text || "unattributed"),
      el("q", {}, quote.text)));
  }
  if (!quotes.length) list.append(el("li", { class: "empty" }, "No quotes"));
}

function renderClaims(claims) {
  const list = clear($("claims"));
  for (const claim of claims) {
    list.append(el("li", { class: "claim" },
      el("span", { class: "claimant" }, actorLabel(claim.claimant)),
      el("span", { class: "claim-text" }, claim.text),
      el("span", { class: `assessment assessment-${claim.assessment || "none"}` },
         claim.assessment ? `${claim.assessment}${claim.assessment_text
           ? ` (“${claim.assessment_text}”)` : ""}` : "not assessed")));
  }
  if (!claims.length) list.append(el("li", { class: "empty" }, "No claims"));
}

function renderExports(filters) {
  const box = clear($("exports"));
  for (const [format, label] of [["jsonl", "JSON Lines"], ["acled-csv", "ACLED CSV"],
                                 ["gdelt-tsv", "GDELT TSV"], ["geojson", "GeoJSON"]]) {
    box.append(el("a", { class: "export", href: exportURL(format, filters), download: "" },
                  label));
  }
}

async function fillChoices() {
  try {
    const facets = await getJSON("/api/facets");
    for (const [name, values] of Object.entries(facets)) {
      const select = $(`filter-${name}`);
      if (!select || select.tagName !== "SELECT") continue;
      for (const value of values) select.append(el("option", { value }, value));
    }
  } catch { /* the filters still work as free text */ }
}

const eventMap = new EventMap($("map"), showEvent);
const timelineChart = new Timeline($("timeline"), (since, until) => {
  state.range = { since, until };
  $("range").textContent = since ? `${since} – ${until}` : "";
  refresh();
});

$("filters").addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
$("filters").addEventListener("change", () => refresh());
$("clear-range").addEventListener("click", () => {
  state.range = { since: null, until: null };
  $("range").textContent = "";
  refresh();
});

async function start() {
  try {
    await Promise.all([eventMap.loadBorders($("map").dataset.borders), fillChoices()]);
  } catch (error) {
    setStatus(`Could not load the map borders: ${error.message}`, true);
  }
  await refresh({ fit: true });
  document.body.dataset.ready = "true";
}

start();
