// Line charts from data-chart attributes ({"labels": [...], "series": {"name": [values or null]}}), and event studies
// from data-event-study attributes, drawn when a page or an htmx fragment is loaded. Gaps (null) are masked or missing
// quarters and stay gaps.
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

  // An event study (data-event-study: {"labels", "effect", "ciLow", "ciHigh", "startIndex", "names"}): the effect per
  // relative quarter as points with its 95 % band, a zero line, and the start marked by a vertical line.
  const startLine = {
    id: "startLine",
    afterDatasetsDraw(chart, args, options) {
      if (options.index === undefined) {
        return;
      }
      const x = chart.scales.x.getPixelForValue(options.index);
      const { top, bottom } = chart.chartArea;
      const ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = "#1f2328";
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = "#1f2328";
      ctx.textAlign = "left";
      ctx.fillText(options.label, x + 4, top + 12);
      ctx.restore();
    },
  };

  function drawEventStudy(canvas) {
    if (canvas.dataset.drawn || typeof Chart === "undefined") {
      return;
    }
    canvas.dataset.drawn = "true";
    const data = JSON.parse(canvas.dataset.eventStudy);
    const names = data.names;
    const decimal = (value) =>
      value === null ? "–" : value.toLocaleString("nb-NO", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    new Chart(canvas, {
      type: "line",
      data: {
        labels: data.labels,
        datasets: [
          { label: names.interval, data: data.ciHigh, borderWidth: 0, pointRadius: 0, fill: "+1",
            backgroundColor: "rgba(0, 103, 197, 0.18)", spanGaps: false },
          { label: names.interval + " ", data: data.ciLow, borderWidth: 0, pointRadius: 0, fill: false, spanGaps: false },
          { label: names.effect, data: data.effect, borderColor: colours[0], backgroundColor: colours[0],
            borderWidth: 1.5, pointRadius: 4, pointHoverRadius: 6, spanGaps: false },
          { label: names.zero, data: data.labels.map(() => 0), borderColor: colours[2], borderWidth: 1,
            borderDash: [2, 3], pointRadius: 0, fill: false },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          x: { title: { display: true, text: names.x } },
          y: { title: { display: true, text: names.y } },
        },
        plugins: {
          startLine: { index: data.startIndex, label: names.start },
          legend: { labels: { filter: (item) => item.datasetIndex !== 1 } },
          tooltip: {
            filter: (item) => item.datasetIndex === 2 || item.datasetIndex === 0,
            callbacks: {
              label: (item) => {
                const i = item.dataIndex;
                if (item.datasetIndex === 0) {
                  return names.interval + ": " + decimal(data.ciLow[i]) + " – " + decimal(data.ciHigh[i]);
                }
                return names.effect + ": " + decimal(item.raw);
              },
            },
          },
        },
      },
      plugins: [startLine],
    });
  }

  function drawAll(root) {
    root.querySelectorAll("canvas[data-chart]").forEach(draw);
    root.querySelectorAll("canvas[data-event-study]").forEach(drawEventStudy);
  }

  document.addEventListener("DOMContentLoaded", () => drawAll(document));
  document.addEventListener("htmx:load", (event) => drawAll(event.target));
})();
