// Line charts from data-chart attributes ({"labels": [...], "series": {"name": [values or null]}}), drawn when a page
// or an htmx fragment is loaded. Gaps (null) are masked or missing quarters and stay gaps.
(function () {
  const colours = ["#0067c5", "#c77700", "#5b6470", "#1b6b3a"];

  function draw(canvas) {
    if (canvas.dataset.drawn || typeof Chart === "undefined") {
      return;
    }
    canvas.dataset.drawn = "true";
    const data = JSON.parse(canvas.dataset.chart);
    const datasets = Object.entries(data.series).map(([label, values], i) => ({
      label: label,
      data: values,
      borderColor: colours[i % colours.length],
      backgroundColor: colours[i % colours.length],
      borderWidth: i === 0 ? 3 : 2,
      borderDash: i === 0 ? [] : [6, 4],
      spanGaps: false,
      tension: 0.2,
    }));
    new Chart(canvas, {
      type: "line",
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true, title: { display: true, text: canvas.dataset.unit || "" } } },
        plugins: {
          tooltip: {
            callbacks: {
              label: (item) => item.dataset.label + ": " + (item.raw === null ? "–" : item.raw.toLocaleString("nb-NO") + " %"),
            },
          },
        },
      },
    });
  }

  function drawAll(root) {
    root.querySelectorAll("canvas[data-chart]").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", () => drawAll(document));
  document.addEventListener("htmx:load", (event) => drawAll(event.target));
})();
