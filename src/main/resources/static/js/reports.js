// The report page's bar charts from data-bar-chart attributes ({"labels", "series": {"column": [values]}, "axis"}):
// horizontal bars, so long centre names fit as labels. A missing share (null) draws no bar.
(function () {
  const colours = ["#0067c5", "#c77700", "#5b6470", "#1b6b3a"];

  function draw(canvas) {
    if (canvas.dataset.drawn || typeof Chart === "undefined") {
      return;
    }
    canvas.dataset.drawn = "true";
    const data = JSON.parse(canvas.dataset.barChart);
    const datasets = Object.entries(data.series).map(([label, values], i) => ({
      label: label,
      data: values,
      backgroundColor: colours[i % colours.length],
    }));
    new Chart(canvas, {
      type: "bar",
      data: { labels: data.labels, datasets: datasets },
      options: {
        indexAxis: "y",
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { beginAtZero: true, title: { display: true, text: data.axis } } },
        plugins: {
          tooltip: {
            callbacks: {
              label: (item) => item.dataset.label + ": " + (item.raw === null ? "–" : item.raw.toLocaleString("nb-NO")),
            },
          },
        },
      },
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("canvas[data-bar-chart]").forEach(draw);
  });
})();
