// One filter state for the whole page: the form, the time slider and the timeline brush write
// it; the map, timeline, list, documents, exports and the address bar read it. The URL's query
// string is its serialised form, so any view is a permalink.

export const FILTER_NAMES = ["actor", "country", "plover", "modality", "since", "until", "text",
                             "place", "km", "near"];
// What the API filters on (place and km are how the analyst wrote `near`).
const API_NAMES = ["actor", "country", "plover", "modality", "since", "until", "text", "near"];

export class ViewState {
  constructor() {
    this.filters = {};
    this.page = 0;
    this.event = null;
    this.map = null; // {lat, lon, zoom}: a view the user chose (none: fit the events)
    this.refresh = null; // seconds between checks for new events (0: never; none: default)
  }

  static fromURL(search) {
    const params = new URLSearchParams(search);
    const state = new ViewState();
    for (const name of FILTER_NAMES) {
      const value = params.get(name);
      if (value) state.filters[name] = value;
    }
    state.page = Math.max(0, parseInt(params.get("page") || "0", 10) || 0);
    state.event = params.get("event");
    const view = (params.get("map") || "").split(",").map(Number);
    if (view.length === 3 && view.every(Number.isFinite)) {
      state.map = { lat: view[0], lon: view[1], zoom: view[2] };
    }
    const refresh = parseFloat(params.get("refresh"));
    if (Number.isFinite(refresh) && refresh >= 0) state.refresh = refresh;
    return state;
  }

  // The filters the API understands, without empty values.
  apiFilters() {
    const out = {};
    for (const name of API_NAMES) if (this.filters[name]) out[name] = this.filters[name];
    return out;
  }

  toSearch() {
    const params = new URLSearchParams();
    for (const name of FILTER_NAMES) if (this.filters[name]) params.set(name, this.filters[name]);
    if (this.page) params.set("page", String(this.page));
    if (this.event) params.set("event", String(this.event));
    if (this.map) {
      params.set("map", [this.map.lat.toFixed(4), this.map.lon.toFixed(4),
                         this.map.zoom].join(","));
    }
    if (this.refresh !== null) params.set("refresh", String(this.refresh));
    const text = params.toString();
    return text ? `?${text}` : "";
  }

  set(name, value) {
    if (value === undefined || value === null || value === "") delete this.filters[name];
    else this.filters[name] = String(value);
  }
}
