// The time slider: a window of 1, 7 or 30 days moved over the store's dates by hand or played
// a day at a time. It writes the page's since/until like any other filter.

const DAY = 86400000;

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

export class TimeSlider {
  constructor({ input, windowSelect, playButton, label }, onWindow) {
    Object.assign(this, { input, windowSelect, playButton, label, onWindow });
    this.first = null;
    this.timer = null;
    input.addEventListener("input", () => this.describe());
    input.addEventListener("change", () => this.emit());
    windowSelect.addEventListener("change", () => this.emit());
    playButton.addEventListener("click", () => (this.timer ? this.stop() : this.play()));
  }

  // The store's first and last event days; the slider covers at most the `recentDays` before
  // the last, as the timeline does: one event dated 2012 in a 2019 corpus must not make
  // playback start seven years back.
  setRange(first, last, recentDays = Infinity) {
    if (!first || !last) return;
    this.first = Math.max(Date.parse(first), Date.parse(last) - recentDays * DAY);
    this.input.max = String(Math.max(0, Math.round((Date.parse(last) - this.first) / DAY)));
    this.describe();
  }

  // Put the handle on a day the filters already hold (a permalink's since).
  place(since) {
    if (this.first === null || !since) return;
    this.input.value = String(Math.round((Date.parse(since) - this.first) / DAY));
    this.describe();
  }

  window() {
    if (this.first === null) return null;
    const start = this.first + Number(this.input.value) * DAY;
    const days = Number(this.windowSelect.value);
    return { since: isoDay(start), until: isoDay(start + (days - 1) * DAY) };
  }

  describe() {
    const range = this.window();
    this.label.textContent = range ? `${range.since} – ${range.until}` : "";
  }

  emit() {
    const range = this.window();
    if (range) this.onWindow(range.since, range.until);
  }

  async play() {
    this.playButton.textContent = "❚❚";
    this.playButton.setAttribute("aria-label", "Pause");
    const step = async () => {
      if (Number(this.input.value) >= Number(this.input.max)) { this.stop(); return; }
      this.input.value = String(Number(this.input.value) + 1);
      this.describe();
      await this.onWindow(...Object.values(this.window()));
      if (this.timer) this.timer = setTimeout(step, 700);
    };
    this.timer = setTimeout(step, 0);
  }

  playing() {
    return this.timer !== null;
  }

  stop() {
    clearTimeout(this.timer);
    this.timer = null;
    this.playButton.textContent = "▶";
    this.playButton.setAttribute("aria-label", "Play");
  }
}
