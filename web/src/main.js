// The eventwire dashboard: one filter state (form, slider, timeline brush; mirrored in the
// URL) drives every panel — map, timeline, paged list, documents, quotes, claims, exports.
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import "./style.css";
import { getJSON } from "./api.js";
import { clear, el } from "./dom.js";
import { EventMap } from "./map.js";
import { renderClaims, renderCountryEvents, renderDocument, renderDocuments, renderEvent,
         renderExports, renderList, renderQuotes } from "./panels.js";
import { TimeSlider } from "./slider.js";
import { FILTER_NAMES, ViewState } from "./state.js";
import { RECENT_DAYS, Timeline } from "./timeline.js";

const PAGE_SIZE = 50;
const MAP_LIMIT = 5000;
const REFRESH_SECONDS = 15; // how often the page asks whether the store has new events
const $ = (id) => document.getElementById(id);

let state = ViewState.fromURL(window.location.search);
let refreshTicket = 0; // the newest refresh; an older one's late answers are dropped

function setStatus(message, isError = false) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

// The form shows the state; the state is what the form says (one source of truth: the state).
function fillForm() {
  for (const name of FILTER_NAMES) {
    const input = $(`filter-${name}`);
    if (input) input.value = state.filters[name] || (name === "km" ? "25" : "");
  }
  $("range").textContent = state.filters.since || state.filters.until
    ? `${state.filters.since || "…"} – ${state.filters.until || "…"}` : "";
}

async function readForm() {
  for (const name of FILTER_NAMES) {
    const input = $(`filter-${name}`);
    if (input) state.set(name, input.value.trim());
  }
  if (state.filters.place) {
    const place = await getJSON("/api/basemap/resolve", { q: state.filters.place });
    state.set("near", `${place.lat.toFixed(4)},${place.lon.toFixed(4)},${
      state.filters.km || 25}`);
  } else {
    state.set("near", null);
    state.set("km", null);
  }
}

function publish() {
  const search = state.toSearch();
  const url = `${window.location.pathname}${search}`;
  if (url !== `${window.location.pathname}${window.location.search}`) {
    window.history.pushState(null, "", url);
  }
  $("permalink").href = url;
}

// Load every panel for the filters. While the map follows the events (until the user moves
// it, or after "Fit to events"), the view is refitted to what the filters now match.
async function refresh({ fit = true } = {}) {
  const ticket = ++refreshTicket;
  const filters = state.apiFilters();
  fillForm();
  publish();
  try {
    const [page, mapped, timeline] = await Promise.all([
      getJSON("/api/events", { ...filters, limit: PAGE_SIZE, offset: state.page * PAGE_SIZE }),
      getJSON("/api/events", { ...filters, limit: MAP_LIMIT }),
      getJSON("/api/timeline", filters),
    ]);
    if (ticket !== refreshTicket) return;
    const placed = eventMap.show(mapped.items, { fit });
    setStatus(page.total ? `${page.total} events (${placed} on the map${
      mapped.total > MAP_LIMIT ? `, the ${MAP_LIMIT} newest` : ""})`
      : Object.keys(filters).length ? "No events match these filters"
        : "No events yet: add news with `eventwire ingest --db THIS_STORE FILES`; "
          + "they show here as they arrive");
    renderList(page, PAGE_SIZE, showEvent);
    timelineChart.show(timeline.rows, { keepAll: Boolean(filters.since || filters.until) });
    renderExports(filters);
    const [documents, quotes, claims] = await Promise.all([
      getJSON("/api/documents", { q: filters.text, since: filters.since,
                                  until: filters.until, limit: 20 }),
      getJSON("/api/quotes", { ...filters, limit: 50 }),
      getJSON("/api/claims", { ...filters, limit: 50 }),
    ]);
    if (ticket !== refreshTicket) return;
    renderDocuments(documents, filters.text, (id) => showDocument(id));
    renderQuotes(quotes.items);
    renderClaims(claims.items);
  } catch (error) {
    if (ticket !== refreshTicket) return;
    setStatus(`Could not load events: ${error.message}`, true);
  }
  document.body.dataset.filters = state.toSearch();
}

async function showEvent(eventId) {
  const panel = clear($("detail"));
  panel.append(el("p", {}, "Loading…"));
  state.event = String(eventId);
  publish();
  try {
    const event = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
    renderEvent(panel, event, showDocument);
    eventMap.focus(Number(eventId));
    // Chosen low in the list (or on a phone, where the detail comes after it): bring the
    // detail to the reader instead of filling a panel out of sight.
    const top = panel.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight / 2) panel.scrollIntoView({ block: "start" });
  } catch (error) {
    clear(panel).append(el("p", { class: "error" }, `Could not load event: ${error.message}`));
  }
}

async function showDocument(docId, report) {
  const panel = $("detail");
  try {
    renderDocument(panel, await getJSON(`/api/documents/${encodeURIComponent(docId)}`), report);
  } catch (error) {
    clear(panel).append(el("p", { class: "error" }, `Could not load document: ${error.message}`));
  }
}

// The choice filters' options (event classes seen in the store), the chosen one kept.
async function fillChoices() {
  try {
    const facets = await getJSON("/api/facets");
    for (const [name, values] of Object.entries(facets)) {
      const select = $(`filter-${name}`);
      if (!select || select.tagName !== "SELECT") continue;
      const chosen = select.value;
      select.replaceChildren(el("option", { value: "" }, "any"),
                             ...values.map((value) => el("option", { value }, value)));
      select.value = chosen;
    }
  } catch { /* the filters still work as free text */ }
}

async function setDates(since, until) {
  state.set("since", since);
  state.set("until", until);
  state.page = 0;
  await refresh({ fit: !slider.playing() }); // playback keeps the view still
}

const eventMap = new EventMap($("map"), {
  onSelect: showEvent,
  onCountry: (name, events) => renderCountryEvents($("detail"), name, events, showEvent),
  onFollow: () => writeMapView(),
});
const timelineChart = new Timeline($("timeline"), (since, until) => setDates(since, until));
const slider = new TimeSlider({ input: $("slider"), windowSelect: $("slider-window"),
                                playButton: $("play"), label: $("slider-label") }, setDates);

async function applyForm() {
  try {
    await readForm();
  } catch (error) {
    setStatus(`Place filter: ${error.message}`, true);
    return;
  }
  state.page = 0;
  await refresh();
}

$("filters").addEventListener("submit", (e) => { e.preventDefault(); applyForm(); });
$("filters").addEventListener("change", (e) => {
  if (e.target.id !== "filter-place" && e.target.id !== "filter-km") applyForm();
});
$("clear-filters").addEventListener("click", () => {
  const { refresh: seconds } = state;
  state = new ViewState();
  state.refresh = seconds;
  slider.stop();
  eventMap.setFollowing(true);
  refresh();
});
$("clear-range").addEventListener("click", () => setDates(null, null));
$("prev-page").addEventListener("click", () => { state.page -= 1; refresh(); });
$("next-page").addEventListener("click", () => { state.page += 1; refresh(); });
window.addEventListener("popstate", () => {
  state = ViewState.fromURL(window.location.search);
  if (state.map) eventMap.setView(state.map.lat, state.map.lon, state.map.zoom);
  else eventMap.setFollowing(true);
  refresh();
});

// The permalink keeps the view only when the user chose it; a view that follows the events
// is left out, so the link opens fitted to whatever its filters then match.
function writeMapView() {
  const centre = eventMap.map.getCenter();
  state.map = eventMap.following ? null
    : { lat: centre.lat, lon: centre.lng, zoom: eventMap.map.getZoom() };
  $("permalink").href = `${window.location.pathname}${state.toSearch()}`;
}
eventMap.map.on("moveend", writeMapView);

// Live updates: ask the store what it holds every `refresh` seconds (0: never) and reload the
// panels when new documents or events have arrived (an `eventwire ingest` beside `serve`, or
// a POST to the API). A map that follows the events refits; one the user moved stays put.
async function watchStore(seconds) {
  if (!(seconds > 0)) return;
  const stamp = async () => {
    const counts = await getJSON("/api/counts");
    return `${counts.documents}/${counts.events}`;
  };
  let seen = await stamp().catch(() => null);
  const check = async () => {
    try {
      const now = await stamp();
      if (seen !== null && now !== seen) {
        const [summary] = await Promise.all([getJSON("/api/summary"), fillChoices()]);
        slider.setRange(...summary.events_dates, RECENT_DAYS);
        await refresh({ fit: !slider.playing() });
        if (!eventMap.following) {  // the view stays where the user put it: say so
          $("status").textContent += " · new events arrived: “Fit to events” shows them all";
        }
        document.body.dataset.updates = String(Number(document.body.dataset.updates || 0) + 1);
      }
      seen = now;
    } catch { /* the server is away for a moment: ask again later */ }
    window.setTimeout(check, seconds * 1000);
  };
  window.setTimeout(check, seconds * 1000);
}

async function start() {
  try {
    const [countries, summary] = await Promise.all([
      getJSON("/api/basemap/countries"), getJSON("/api/summary"), fillChoices()]);
    await eventMap.loadBasemap($("map").dataset.borders, countries.items);
    slider.setRange(...summary.events_dates, RECENT_DAYS);
    slider.place(state.filters.since);
  } catch (error) {
    setStatus(`Could not load the base map: ${error.message}`, true);
  }
  const view = state.map;
  if (view) eventMap.setView(view.lat, view.lon, view.zoom);
  await refresh();
  if (state.event) await showEvent(state.event);
  await eventMap.base.refresh();
  await watchStore(state.refresh ?? REFRESH_SECONDS);
  document.body.dataset.ready = "true";
}

start();
