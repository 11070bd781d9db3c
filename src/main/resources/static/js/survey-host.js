// The host's projector page: live participant and answer counts as server-sent events, shown only while a theme is open.
document.addEventListener("DOMContentLoaded", () => {
  const fullscreen = document.querySelector("[data-fullscreen]");
  if (fullscreen && document.documentElement.requestFullscreen) {
    fullscreen.hidden = false;
    fullscreen.addEventListener("click", () => document.documentElement.requestFullscreen());
  }
  const live = document.querySelector("[data-live]");
  if (!live || !window.EventSource) {
    return;
  }
  const source = new EventSource(live.dataset.live);
  source.addEventListener("counts", (event) => {
    const counts = JSON.parse(event.data);
    document.getElementById("counts").hidden = !counts.open;
    document.getElementById("counts-hidden").hidden = counts.open;
    if (counts.open) {
      document.getElementById("participants").textContent = counts.participants;
      document.getElementById("answers").textContent = counts.answers;
      // "1 deltaker", "2 deltakere": the page carries both words.
      const unit = document.getElementById("participants-unit");
      if (unit) {
        unit.textContent = counts.participants === 1 ? unit.dataset.one : unit.dataset.many;
      }
    }
  });
});
