// The event map: one symbol per real event, coloured by quad class, shaped by how precisely
// the text places it (town, near a town, province), clustered when dense. An event placed only
// in a country is no pin in its capital: its country is outlined and badged with the count.
import L from "leaflet";
import "leaflet.markercluster";
import { BaseMap } from "./basemap.js";

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

// Bounds of the middle half of point-placed events (by latitude and by longitude), padded:
// reports from Ankara, Moscow or New York should not zoom the map out from the front line,
// and country-level events (at a country's centre) are not counted at all.
function coreBounds(events) {
  const quantile = (values, q) => values[Math.min(values.length - 1,
                                                  Math.floor(q * values.length))];
  const lats = events.map((e) => e.place.lat).sort((a, b) => a - b);
  const lons = events.map((e) => e.place.lon).sort((a, b) => a - b);
  return L.latLngBounds([quantile(lats, 0.25), quantile(lons, 0.25)],
                        [quantile(lats, 0.75), quantile(lons, 0.75)]);
}

export class EventMap {
  constructor(element, onSelect, onCountry) {
    this.onSelect = onSelect;
    this.onCountry = onCountry;
    this.map = L.map(element, { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 13 })
      .setView([35.5, 37.5], 6);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution(
      "Borders: Natural Earth via world-atlas; places and provinces: eventwire gazetteer");
    this.base = new BaseMap(this.map);
    this.countryLayer = L.layerGroup().addTo(this.map);
    this.clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
    this.map.addLayer(this.clusters);
    this.markers = new Map();
    this.countries = new Map(); // alpha-2 -> ISO number
  }

  async loadBasemap(bordersURL, countryTable) {
    for (const row of countryTable) if (row.numeric) this.countries.set(row.alpha2, row.numeric);
    await this.base.loadBorders(bordersURL);
  }

  show(events, { fit = false } = {}) {
    this.clusters.clearLayers();
    this.markers.clear();
    const placed = events.filter((e) => e.place && e.place.lat != null && e.place.lon != null);
    const points = placed.filter((e) => !isCountryLevel(e));
    this.showCountryLevel(events.filter(isCountryLevel));
    for (const event of points) this.addMarker(event);
    if (fit && points.length) {
      // Not animated: the view (and the permalink that `moveend` writes) must be settled
      // before the page says it is ready or publishes its filters, or a later action races
      // the end of the animation.
      this.map.fitBounds(coreBounds(points).pad(0.5), { maxZoom: 9, animate: false });
    }
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
    const what = event.plover?.event || event.cameo;
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
        keyboard: true,
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
