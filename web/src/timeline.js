// Daily counts of the real events matching the page's filters, stacked by quad class;
// brushing a range sets the page's dates. With no match it says so instead of a chart.
import { max } from "d3-array";
import { axisBottom, axisLeft } from "d3-axis";
import { brushX } from "d3-brush";
import { scaleBand, scaleLinear } from "d3-scale";
import { select } from "d3-selection";

const QUADS = [1, 2, 3, 4];
export const RECENT_DAYS = 45;

export class Timeline {
  constructor(element, onRange) {
    this.element = element;
    this.onRange = onRange;
  }

  // rows: [{date: "YYYY-MM-DD", quad_class: n, count: n}]; keepAll: the dates are filtered,
  // so show every day given rather than the recent weeks.
  show(rows, { keepAll = false } = {}) {
    const byDay = new Map();
    for (const row of rows) {
      const day = byDay.get(row.date) || { date: row.date, 1: 0, 2: 0, 3: 0, 4: 0 };
      day[row.quad_class] += row.count;
      byDay.set(row.date, day);
    }
    // Background history (events dated years back) would squeeze the current weeks into a
    // corner: the chart shows the RECENT_DAYS up to the last day with events.
    const all = [...byDay.values()].sort((a, b) => a.date.localeCompare(b.date));
    const last = all.length ? new Date(all[all.length - 1].date) : null;
    const first = last ? new Date(last.getTime() - RECENT_DAYS * 86400000) : null;
    const days = keepAll ? all : all.filter((d) => new Date(d.date) >= first);
    const width = this.element.clientWidth || 800;
    const height = 150;
    const margin = { top: 8, right: 12, bottom: 22, left: 32 };
    const svg = select(this.element).selectAll("svg").data([null]).join("svg")
      .attr("width", width).attr("height", height).attr("role", "img")
      .attr("aria-label", "Events per day by quad class");
    svg.selectAll("*").remove();
    if (!days.length) {
      svg.attr("height", 40);
      this.element.dataset.total = "0";
      svg.append("text").attr("x", 12).attr("y", 24).attr("class", "empty")
        .text("No events match these filters");
      this.element.dataset.days = "0";
      return;
    }
    const x = scaleBand().domain(days.map((d) => d.date))
      .range([margin.left, width - margin.right]).padding(0.15);
    const y = scaleLinear().domain([0, max(days, (d) => QUADS.reduce((s, q) => s + d[q], 0))])
      .nice().range([height - margin.bottom, margin.top]);
    const bars = svg.append("g").attr("class", "bars");
    for (const day of days) {
      let base = 0;
      for (const quad of QUADS) {
        if (!day[quad]) continue;
        bars.append("rect").attr("class", `bar quad-${quad}`)
          .attr("x", x(day.date)).attr("width", x.bandwidth())
          .attr("y", y(base + day[quad])).attr("height", y(base) - y(base + day[quad]))
          .append("title").text(`${day.date}: ${day[quad]} (quad ${quad})`);
        base += day[quad];
      }
    }
    const count = (list) => list.reduce((sum, d) => sum + QUADS.reduce((s, q) => s + d[q], 0), 0);
    this.element.dataset.days = String(days.length);
    this.element.dataset.total = String(count(all)); // every dated real event matching
    this.element.dataset.shown = String(count(days)); // those in the days drawn
    const tickEvery = Math.max(1, Math.ceil(days.length / 10));
    svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`)
      .call(axisBottom(x).tickValues(days.map((d) => d.date).filter((_, i) => i % tickEvery === 0))
        .tickFormat((d) => d.slice(5)));
    svg.append("g").attr("transform", `translate(${margin.left},0)`)
      .call(axisLeft(y).ticks(4));
    const brush = brushX().extent([[margin.left, margin.top], [width - margin.right,
                                                              height - margin.bottom]])
      .on("end", ({ selection }) => {
        if (!selection) { this.onRange(null, null); return; }
        const inside = days.filter((d) => {
          const middle = x(d.date) + x.bandwidth() / 2;
          return middle >= selection[0] && middle <= selection[1];
        });
        if (inside.length) this.onRange(inside[0].date, inside[inside.length - 1].date);
      });
    svg.append("g").attr("class", "brush").call(brush);
  }
}
