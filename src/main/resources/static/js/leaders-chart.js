// The leaders' overview's turnover chart: collaborations started and ended per quarter as grouped bars, from the
// canvas's data-turnover attribute ({"labels", "started", "ended"}) and its series names in data-started-label and
// data-ended-label (from the page's message bundle). The table beside it holds the same figures.
(function () {
  function draw() {
    const canvas = document.querySelector("canvas[data-turnover]");
    if (!canvas || canvas.dataset.drawn || typeof Chart === "undefined") {
      return;
    }
    canvas.dataset.drawn = "true";
    const data = JSON.parse(canvas.dataset.turnover);
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: [
          { label: canvas.dataset.startedLabel, data: data.started, backgroundColor: "#0067c5" },
          { label: canvas.dataset.endedLabel, data: data.ended, backgroundColor: "#c77700" },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
