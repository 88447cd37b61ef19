/*
 * A Chart.js plugin that draws a vertical error bar with caps through each point of the datasets marked
 * `errorBars: true`. A point's data carries its intervals by kind, e.g. {x, y, t: [low, high], bootstrap: [low,
 * high]}; the chart's option plugins.errorBars.kind says which to draw ("t" or "bootstrap"), cap the half-width of
 * the caps and width the line width, both in CSS pixels. A point without that interval gets no bar.
 */
window.AstrocyteErrorBars = {
  id: 'errorBars',
  afterDatasetsDraw(chart, args, options) {
    const kind = options.kind || 't';
    const cap = options.cap ?? 4;
    const y = chart.scales.y;
    const ctx = chart.ctx;
    const area = chart.chartArea;
    chart.data.datasets.forEach((dataset, index) => {
      if (!dataset.errorBars || !chart.isDatasetVisible(index)) {
        return;
      }
      const elements = chart.getDatasetMeta(index).data;
      ctx.save();
      ctx.beginPath();
      ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
      ctx.clip();
      ctx.strokeStyle = dataset.borderColor;
      ctx.lineWidth = options.width ?? 1.5;
      dataset.data.forEach((datum, j) => {
        const bounds = datum[kind];
        const element = elements[j];
        if (!bounds || !element) {
          return;
        }
        const top = y.getPixelForValue(bounds[1]);
        const bottom = y.getPixelForValue(bounds[0]);
        ctx.beginPath();
        ctx.moveTo(element.x, top);
        ctx.lineTo(element.x, bottom);
        ctx.moveTo(element.x - cap, top);
        ctx.lineTo(element.x + cap, top);
        ctx.moveTo(element.x - cap, bottom);
        ctx.lineTo(element.x + cap, bottom);
        ctx.stroke();
      });
      ctx.restore();
    });
  }
};

/* Paints the canvas white before a chart draws, so that a downloaded PNG is not transparent. */
window.AstrocyteWhiteBackground = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const ctx = chart.ctx;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  }
};
