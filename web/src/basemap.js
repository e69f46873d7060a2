// The base map under the events, all offline: country borders from world-atlas, province
// lines drawn between gazetteer places of different first-level divisions (a Voronoi split of
// our own gazetteer: coarse, but ours to ship), and place names chosen by population for the
// zoom level, all fetched from the local server as the view moves.
import L from "leaflet";
import { Delaunay } from "d3-delaunay";
import { feature } from "topojson-client";
import { getJSON } from "./api.js";

const PROVINCE_ZOOM = 6;      // province lines (and names, served so) from this zoom
const MAX_EDGE_DEGREES = 2.5; // longer Voronoi edges cross empty land: not drawn

// "south,west,north,east" of a Leaflet bounds, latitude first as the API wants.
export function bboxParam(bounds) {
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  return [clamp(bounds.getSouth(), -90, 90), clamp(bounds.getWest(), -180, 180),
          clamp(bounds.getNorth(), -90, 90), clamp(bounds.getEast(), -180, 180)]
    .map((v) => v.toFixed(3)).join(",");
}

// A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps from +180 to -180
// between two points, which Leaflet would draw as a line across the whole map: shift the
// points after such a jump by 360 degrees so the ring continues off the map's edge instead.
export function unwrapAntimeridian(geometry) {
  const unwrap = (ring) => {
    for (let i = 1; i < ring.length; i++) {
      while (ring[i][0] - ring[i - 1][0] > 180) ring[i][0] -= 360;
      while (ring[i][0] - ring[i - 1][0] < -180) ring[i][0] += 360;
    }
    // keep the bulk of the ring on the map's own world (the ring may start in Chukotka)
    const mean = ring.reduce((sum, point) => sum + point[0], 0) / ring.length;
    const shift = mean > 180 ? -360 : mean < -180 ? 360 : 0;
    if (shift) for (const point of ring) point[0] += shift;
  };
  if (geometry?.type === "Polygon") geometry.coordinates.forEach(unwrap);
  if (geometry?.type === "MultiPolygon") geometry.coordinates.forEach((p) => p.forEach(unwrap));
}

export class BaseMap {
  constructor(map) {
    this.map = map;
    this.countryShapes = new Map(); // ISO number ("760") -> Leaflet layer
    this.provinces = L.layerGroup().addTo(map);
    this.labels = L.layerGroup().addTo(map);
    // Place names sit under every event symbol (Leaflet's marker pane is at 600).
    map.createPane("placeLabels").style.zIndex = "450";
    this.request = 0;
    map.on("moveend", () => this.refresh());
  }

  async loadBorders(url) {
    const topology = await (await fetch(url)).json();
    const countries = feature(topology, topology.objects.countries);
    for (const shape of countries.features) unwrapAntimeridian(shape.geometry);
    this.borders = L.geoJSON(countries, {
      style: { color: "#6b7885", weight: 1, fillColor: "#f2efe8", fillOpacity: 1 },
      interactive: false,
      onEachFeature: (shape, layer) => {
        if (shape.id) this.countryShapes.set(String(shape.id).padStart(3, "0"), layer);
      },
    }).addTo(this.map).bringToBack();
  }

  async refresh() {
    const ticket = ++this.request;
    const zoom = this.map.getZoom();
    this.map.getContainer().dataset.zoom = String(zoom);
    const bbox = bboxParam(this.map.getBounds().pad(0.1));
    try {
      const [labels, sites] = await Promise.all([
        getJSON("/api/basemap/labels", { bbox, zoom }),
        zoom >= PROVINCE_ZOOM ? getJSON("/api/basemap/admin-sites",
                                        { bbox: bboxParam(this.map.getBounds().pad(0.6)) })
          : Promise.resolve({ items: [] }),
      ]);
      if (ticket !== this.request) return; // a newer view has been asked for
      this.drawProvinces(sites.items);
      this.drawLabels(labels.items);
    } catch { /* the events still show without a base map */ }
  }

  drawProvinces(sites) {
    this.provinces.clearLayers();
    if (sites.length < 3) return;
    const delaunay = Delaunay.from(sites, (s) => s.lon, (s) => s.lat);
    const { circumcenters } = delaunay.voronoi();
    const { halfedges, triangles } = delaunay;
    const lines = [];
    for (let e = 0; e < halfedges.length; e++) {
      const opposite = halfedges[e];
      if (opposite < e) continue; // each shared edge once; hull edges (-1) skipped
      const a = sites[triangles[e]];
      const b = sites[triangles[e % 3 === 2 ? e - 2 : e + 1]];
      if (a.country !== b.country || a.admin1 === b.admin1) continue;
      const t1 = Math.floor(e / 3);
      const t2 = Math.floor(opposite / 3);
      const p = [circumcenters[2 * t1 + 1], circumcenters[2 * t1]];
      const q = [circumcenters[2 * t2 + 1], circumcenters[2 * t2]];
      if (Math.hypot(p[0] - q[0], p[1] - q[1]) > MAX_EDGE_DEGREES) continue;
      lines.push([p, q]);
    }
    if (lines.length) {
      L.polyline(lines, { className: "province-line", color: "#9a8fb0", weight: 1,
                          dashArray: "4 3", interactive: false }).addTo(this.provinces);
    }
    this.map.getContainer().dataset.provinceLines = String(lines.length);
  }

  drawLabels(items) {
    this.labels.clearLayers();
    const taken = [];
    for (const item of items) {
      // Skip a name that would sit on one already placed (the more populous wins).
      const point = this.map.latLngToContainerPoint([item.lat, item.lon]);
      if (taken.some((p) => Math.abs(p.x - point.x) < 70 && Math.abs(p.y - point.y) < 14)) {
        continue;
      }
      taken.push(point);
      const kind = item.kind === "place" && item.population >= 1000000 ? "city" : item.kind;
      L.marker([item.lat, item.lon], {
        icon: L.divIcon({ className: `place-label label-${kind}`, html: "",
                          iconSize: null }),
        interactive: false, keyboard: false, pane: "placeLabels",
      }).on("add", (e) => { e.target.getElement().textContent = item.name; })
        .addTo(this.labels);
    }
  }
}
