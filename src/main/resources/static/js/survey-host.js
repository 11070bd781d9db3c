// The host's projector page: live participant and answer counts as server-sent events, shown only while a theme is open.
document.addEventListener("DOMContentLoaded", () => {
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
    }
  });
});
