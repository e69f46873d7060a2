// The event map: one symbol per real event, coloured by quad class, shaped by how precisely
// the text places it (town, near a town, province), clustered when dense. An event placed only
// in a country is no pin in its capital: its country is outlined and badged with the count.
import L from "leaflet";
import "leaflet.markercluster";
import { BaseMap } from "./basemap.js";
import { eventKind } from "./panels.js";

const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation",
                     3: "verbal conflict", 4: "material conflict" };
const PRECISION_NAMES = { 1: "in a town", 2: "near a town or in a district",
                          3: "in a province or region" };

export function isCountryLevel(event) {
  return event.place?.feature === "country";
}

function precisionOf(place) {
  if (place.precision) return Math.min(3, Math.max(1, place.precision));
  return place.feature === "city" ? 1 : 3;
}

const FIT_MAX_ZOOM = 9;          // one event, or a few in one town: a province, not a street
const FIT_PADDING = [36, 36];    // pixels kept clear around the fitted events

// The bounds of every placed event (country-level ones at their country's centre): an analyst
// who ingests Sudan beside Syria must see both, so no event is dropped as an outlier.
export function eventBounds(events) {
  const placed = events.filter((e) => e.place && e.place.lat != null && e.place.lon != null);
  if (!placed.length) return null;
  return L.latLngBounds(placed.map((e) => [e.place.lat, e.place.lon]));
}

// "south,west,north,east" of the visible map, for the page (and its tests) to read.
function boundsText(bounds) {
  return [bounds.getSouth(), bounds.getWest(), bounds.getNorth(), bounds.getEast()]
    .map((v) => v.toFixed(4)).join(",");
}

export class EventMap {
  // `onFollow(following)` is told when the view starts or stops following the events.
  constructor(element, { onSelect, onCountry, onFollow }) {
    Object.assign(this, { onSelect, onCountry, onFollow });
    this.events = [];
    this.following = true; // fit the view to the events until the user moves the map
    this.ownMove = false;  // true while the map moves itself (a fit), not the user
    this.map = L.map(element, { worldCopyJump: true, zoomSnap: 0.5, minZoom: 0.5, maxZoom: 13 })
      .setView([20, 20], 2);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution(
      "Borders: Natural Earth via world-atlas; places and provinces: eventwire gazetteer");
    this.base = new BaseMap(this.map);
    this.countryLayer = L.layerGroup().addTo(this.map);
    // A country's badge sits under the events placed at points, which it would hide at a
    // world view (Syria's badge lies on Idlib's cluster).
    this.map.createPane("countryBadges").style.zIndex = "590";
    this.clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
    this.map.addLayer(this.clusters);
    this.markers = new Map();
    this.countries = new Map(); // alpha-2 -> ISO number
    this.addFitControl();
    this.map.on("movestart", () => { if (!this.ownMove) this.setFollowing(false); });
    this.map.on("moveend", () => { element.dataset.bounds = boundsText(this.map.getBounds()); });
    element.dataset.bounds = boundsText(this.map.getBounds());
    element.dataset.follow = "true";
  }

  // A button on the map: fit the view to the events shown, and follow them again.
  addFitControl() {
    const FitControl = L.Control.extend({
      options: { position: "topleft" },
      onAdd: () => {
        const button = L.DomUtil.create("button", "fit-control leaflet-bar");
        button.type = "button";
        button.textContent = "Fit to events";
        button.title = "Show every event in the filters, and keep them in view as new ones arrive";
        L.DomEvent.disableClickPropagation(button);
        L.DomEvent.on(button, "click", () => {
          this.setFollowing(true);
          this.fit();
        });
        return button;
      },
    });
    new FitControl().addTo(this.map);
  }

  setFollowing(following) {
    if (following === this.following) return;
    this.following = following;
    this.map.getContainer().dataset.follow = String(following);
    this.onFollow?.(following);
  }

  // Show a view the user chose (a permalink's `map=`): the map stops following the events.
  setView(lat, lon, zoom) {
    this.setFollowing(false);
    this.map.setView([lat, lon], zoom, { animate: false });
  }

  // Fit the view to the events shown. Never animated: the view (and the permalink that
  // `moveend` writes) is settled when this returns, so nothing later races an animation's end.
  fit() {
    const bounds = eventBounds(this.events);
    if (!bounds) return;
    this.ownMove = true;
    try {
      this.map.fitBounds(bounds, { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, animate: false });
    } finally {
      this.ownMove = false;
    }
  }

  async loadBasemap(bordersURL, countryTable) {
    for (const row of countryTable) if (row.numeric) this.countries.set(row.alpha2, row.numeric);
    await this.base.loadBorders(bordersURL);
  }

  // Draw the events; refit the view to them while it follows them (`fit: false` keeps the
  // view, as the time slider's playback does).
  show(events, { fit = true } = {}) {
    this.events = events;
    this.clusters.clearLayers();
    this.markers.clear();
    const placed = events.filter((e) => e.place && e.place.lat != null && e.place.lon != null);
    this.showCountryLevel(events.filter(isCountryLevel));
    for (const event of placed) if (!isCountryLevel(event)) this.addMarker(event);
    if (fit && this.following) this.fit();
    return placed.length;
  }

  addMarker(event) {
    const precision = precisionOf(event.place);
    const size = Math.min(34, 12 + 4 * Math.log2(1 + (event.report_count || 1)));
    const icon = L.divIcon({
      className: `event-marker quad-${event.quad_class} precision-${precision}`,
      html: "",
      iconSize: [size, size],
    });
    const what = eventKind(event);
    const marker = L.marker([event.place.lat, event.place.lon], {
      icon, title: `${what} — ${event.place.name || ""}`, keyboard: true,
    });
    marker.on("click", () => this.onSelect(event.id));
    marker.on("add", () => {
      const node = marker.getElement();
      if (node) {
        node.dataset.eventId = event.id;
        node.dataset.precision = String(precision);
        node.setAttribute("aria-label", `${QUAD_NAMES[event.quad_class] || "event"}: ${what} ${
          PRECISION_NAMES[precision]} ${event.place.name || "unknown place"}`);
      }
    });
    this.clusters.addLayer(marker);
    this.markers.set(event.id, marker);
  }

  // Country-level events: the country's outline drawn in the colour of its most severe event,
  // with a square badge counting them; never a pin at a point.
  showCountryLevel(events) {
    this.countryLayer.clearLayers();
    const byCountry = new Map();
    for (const event of events) {
      const code = event.place.country;
      if (!byCountry.has(code)) byCountry.set(code, []);
      byCountry.get(code).push(event);
    }
    for (const [code, list] of byCountry) {
      const shape = this.base.countryShapes.get(this.countries.get(code));
      const quad = Math.max(...list.map((e) => e.quad_class || 1));
      const name = list[0].place.name || code;
      let centre = L.latLng(list[0].place.lat, list[0].place.lon);
      if (shape) {
        L.geoJSON(shape.feature, {
          style: { className: `country-events quad-${quad}`, weight: 2, dashArray: "6 4",
                   fillOpacity: 0.07 },
          interactive: false,
        }).addTo(this.countryLayer);
      }
      if (list[0].place.lat == null) centre = shape ? shape.getBounds().getCenter() : null;
      if (!centre) continue;
      const badge = L.marker(centre, {
        icon: L.divIcon({ className: `country-badge quad-${quad}`, html: "",
                          iconSize: [30, 22] }),
        title: `${list.length} country-level events in ${name}`,
        keyboard: true, pane: "countryBadges",
      });
      badge.on("add", () => {
        const node = badge.getElement();
        node.textContent = String(list.length);
        node.dataset.country = code;
        node.setAttribute("aria-label", `${list.length} events placed only in ${name}`);
      });
      badge.on("click", () => this.onCountry(name, list));
      badge.addTo(this.countryLayer);
    }
  }

  focus(eventId) {
    const marker = this.markers.get(eventId);
    if (marker) this.clusters.zoomToShowLayer(marker, () => marker.openTooltip?.());
  }
}
