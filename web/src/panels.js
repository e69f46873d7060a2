// The page's panels as DOM: the paged event list, an event's reports with links to the
// original articles, a document, documents found by text, quotes, claims and export links.
import { exportURL } from "./api.js";
import { actorLabel, clear, el, highlighted } from "./dom.js";

const $ = (id) => document.getElementById(id);

export function renderList(page, pageSize, onSelect) {
  const list = clear($("event-list"));
  for (const event of page.items) {
    const modalities = Object.keys(event.modalities || { [event.modality]: 1 });
    list.append(el("li", { class: `event-row quad-${event.quad_class}`, tabindex: "0",
                           dataset: { eventId: event.id, modalities: modalities.join(" "),
                                      day: event.day || "" },
                           title: modalities.length > 1
                             ? `reports: ${modalities.join(", ")}` : undefined,
                           onclick: () => onSelect(event.id),
                           onkeydown: (e) => { if (e.key === "Enter") onSelect(event.id); } },
      el("span", { class: "when" }, event.day || event.date || "undated"),
      el("span", { class: "what", title: codeLabel(event) }, eventKind(event)),
      el("span", { class: "who" }, `${actorLabel(event.source)} → ${actorLabel(event.target)}`),
      el("span", { class: "where" }, event.place ? placeName(event.place) : ""),
      el("span", { class: `modality modality-${event.modality}` },
         modalities.length > 1 ? `${event.modality}*` : event.modality),
      el("span", { class: "reports" }, `${event.report_count || 1} rep.`)));
  }
  if (!page.items.length) {
    list.append(el("li", { class: "empty" }, page.total
      ? "No events on this page" : "No events match these filters. Clear a filter to see more."));
  }
  const first = page.total ? page.offset + 1 : 0;
  const last = page.offset + page.items.length;
  $("list-total").textContent = `(${page.total})`;
  $("page-label").textContent = page.total ? `${first}–${last} of ${page.total}` : "0 of 0";
  $("prev-page").disabled = page.offset === 0;
  $("next-page").disabled = last >= page.total;
  $("event-list").dataset.total = String(page.total);
}

function placeName(place) {
  const name = place.name || place.text || "";
  return place.feature === "country" ? `${name} (country)` : name;
}

export function placeLabel(place) {
  const parts = [place.relation, place.name || place.text].filter(Boolean).join(" ");
  const precision = place.precision ? ` — precision ${place.precision}` : "";
  return `${parts}${place.admin1 ? `, ${place.admin1}` : ""}${precision}`;
}

function sourceLink(document) {
  if (!document?.url || !/^https?:\/\//.test(document.url)) return null;
  return el("a", { class: "source-link", href: document.url, target: "_blank",
                   rel: "noopener noreferrer" }, "original article ↗");
}

// What happened, in a word: the PLOVER class, or the CAMEO meaning for the codes PLOVER has
// no class for (statements: "make statement", not a bare "010").
export function eventKind(event) {
  return event.plover?.event || event.cameo_label || event.cameo;
}

function codeLabel(event) {
  const code = `CAMEO ${event.cameo}`;
  return event.cameo_label ? `${event.cameo_label} (${code})` : code;
}

export function renderEvent(panel, event, onDocument) {
  clear(panel).append(
    el("h2", {}, event.plover?.event ? `${event.plover.event} · ${codeLabel(event)}`
                                   : codeLabel(event)),
    el("dl", {},
      el("dt", {}, "Who"), el("dd", {}, `${actorLabel(event.source)} → ${actorLabel(event.target)}`),
      el("dt", {}, "When"), el("dd", {}, event.date || "undated",
                                event.date_granularity ? ` (${event.date_granularity})` : ""),
      el("dt", {}, "Where"), el("dd", {}, event.place ? placeLabel(event.place) : "unknown"),
      el("dt", {}, "Modality"), el("dd", { class: "detail-modality" }, event.modality),
      el("dt", {}, "Casualties"), el("dd", { class: "detail-casualties" },
                                     casualtiesLabel(event.casualties)),
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
      el("div", { class: "report-links" },
        el("a", { href: `#doc=${encodeURIComponent(report.doc_id)}`,
                  onclick: (e) => { e.preventDefault(); onDocument(report.doc_id, report); } },
           "show in document"),
        sourceLink(report.document))))));
}

// "at least 7 killed, 21 injured (civilians)" from the contract's casualties record; an event
// whose text gives no figure says so rather than showing a zero.
export function casualtiesLabel(casualties) {
  if (!casualties || (!casualties.killed && !casualties.injured)) return "not stated";
  const count = (c) => c.max === null || c.max === undefined ? `at least ${c.min}`
    : c.max === c.min ? String(c.min) : `${c.min}–${c.max}`;
  const parts = [];
  if (casualties.killed) parts.push(`${count(casualties.killed)} killed`);
  if (casualties.injured) parts.push(`${count(casualties.injured)} injured`);
  const victims = (casualties.victims || []).map((v) => v.name || v.text).filter(Boolean);
  return parts.join(", ") + (victims.length ? ` (${victims.join(", ")})` : "");
}

export function renderCountryEvents(panel, name, events, onSelect) {
  clear(panel).append(
    el("h2", {}, `${events.length} events placed only in ${name}`),
    el("p", { class: "report-meta" },
       "The text names the country but no place in it: these are not mapped to a point."),
    el("ul", { class: "country-events-list" }, events.map((event) => el("li", {},
      el("a", { href: "#", onclick: (e) => { e.preventDefault(); onSelect(event.id); } },
         `${event.day || "undated"} · ${eventKind(event)} · ${
           actorLabel(event.source)} → ${actorLabel(event.target)}`)))));
}

export function renderDocument(panel, doc, report) {
  clear(panel).append(
    el("h2", {}, doc.title || doc.id),
    el("p", { class: "doc-meta" }, doc.date || "", " ", sourceLink(doc)),
    el("div", { class: "document-text" },
       report ? highlighted(doc.text, report.start, report.end) : doc.text));
  panel.querySelector("mark")?.scrollIntoView({ block: "center" });
}

// A snippet from FTS5 marks the words found with [ and ]: shown as <mark>, never as HTML.
function snippet(text) {
  const parts = [];
  const pattern = /\[([^\]]*)\]/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index), el("mark", {}, match[1]));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

export function renderDocuments(page, words, onOpen) {
  const list = clear($("documents"));
  $("documents-total").textContent = `(${page.total}${words ? ` with “${words}”` : ""})`;
  for (const doc of page.items) {
    list.append(el("li", { class: "document", dataset: { docId: doc.id } },
      el("a", { href: `#doc=${encodeURIComponent(doc.id)}`,
                onclick: (e) => { e.preventDefault(); onOpen(doc.id); } }, doc.title || doc.id),
      el("span", { class: "doc-meta" }, ` ${doc.date || ""} · ${doc.n_events} events `),
      sourceLink(doc),
      doc.snippet ? el("div", { class: "snippet" }, snippet(doc.snippet)) : null));
  }
  if (!page.items.length) {
    list.append(el("li", { class: "empty" }, words
      ? `No document contains “${words}”` : "No documents in these dates"));
  }
}

export function renderQuotes(quotes) {
  const list = clear($("quotes"));
  for (const quote of quotes) {
    list.append(el("li", { class: "quote" },
      el("span", { class: "speaker" }, actorLabel(quote.speaker) !== "—"
        ? actorLabel(quote.speaker) : quote.speaker_text || "unattributed"),
      el("q", {}, quote.text)));
  }
  if (!quotes.length) list.append(el("li", { class: "empty" }, "No quotes match these filters"));
}

export function renderClaims(claims) {
  const list = clear($("claims"));
  for (const claim of claims) {
    list.append(el("li", { class: "claim" },
      el("span", { class: "claimant" }, actorLabel(claim.claimant)),
      el("span", { class: "claim-text" }, claim.text),
      el("span", { class: `assessment assessment-${claim.assessment || "none"}` },
         claim.assessment ? `${claim.assessment}${claim.assessment_text
           ? ` (“${claim.assessment_text}”)` : ""}` : "not assessed")));
  }
  if (!claims.length) list.append(el("li", { class: "empty" }, "No claims match these filters"));
}

export function renderExports(filters) {
  const box = clear($("exports"));
  for (const [format, label] of [["jsonl", "JSON Lines"], ["acled-csv", "ACLED CSV"],
                                 ["gdelt-tsv", "GDELT TSV"], ["geojson", "GeoJSON"]]) {
    box.append(el("a", { class: "export", href: exportURL(format, filters), download: "",
                         dataset: { format } }, label));
  }
  box.append(el("p", { class: "report-meta" },
                "One row per real event, with these filters."));
}
