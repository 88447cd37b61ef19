/*
 * The experiment report's charts, drawn with Chart.js from the page's data element "experiment-data" (see
 * ExperimentPageData): one chart per metric, and per scenario when the experiment ran several. Along x go the values
 * of one variable (the conditions by default, or a parameter the reader picks); every combination of the other
 * variables is a series, drawn as its groups' means with their 95% intervals (error-bars.js) and its trials as faint
 * dots. Colours follow the series across all charts. The reader picks the interval (Student's t or bootstrap), which
 * also switches the pivot tables (class "ci-bootstrap" on the body).
 */
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('experiment-data').textContent);
  // Okabe & Ito's colour-blind safe palette, then a few more.
  const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#8C6D31',
    '#999999', '#F0E442'];
  const CONDITION = 'condition';
  const state = { x: CONDITION, interval: 't', trials: true };
  let charts = []; // {chart, panel}

  Chart.defaults.animation = false;
  Chart.defaults.font.family = 'system-ui, sans-serif';

  /** A number with three significant digits, as the tables show it. */
  function format(value) {
    if (value === null || value === undefined || Number.isNaN(value)) {
      return '–';
    }
    const magnitude = Math.abs(value);
    if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e7)) {
      return value.toExponential(2);
    }
    return String(Number(value.toPrecision(3)));
  }

  function values(variable) {
    if (variable === CONDITION) {
      return data.conditions;
    }
    return data.parameters.find(p => p.name === variable).values;
  }

  function valueOf(group, variable) {
    return variable === CONDITION ? group.condition : group.parameters[variable];
  }

  /** The variables that tell groups apart within a chart: the condition and the parameters with several values. */
  function variables() {
    return [CONDITION].concat(data.parameters.filter(p => p.name !== data.panel && p.values.length > 1)
      .map(p => p.name));
  }

  function seriesVariables() {
    return variables().filter(v => v !== state.x);
  }

  /** Where a group's series comes in the order of the variables' values: a list of value indexes. */
  function seriesKey(group, vars) {
    return vars.map(v => values(v).indexOf(valueOf(group, v)));
  }

  function compareKeys(a, b) {
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        return a[i] - b[i];
      }
    }
    return 0;
  }

  /** Every series of the experiment, in order, so that a series has the same colour in every chart. */
  function allSeries(vars) {
    const keys = new Map();
    data.groups.forEach(group => {
      const key = seriesKey(group, vars);
      keys.set(key.join(','), key);
    });
    return Array.from(keys.values()).sort(compareKeys).map(key => key.join(','));
  }

  function seriesLabel(group, vars) {
    if (vars.length === 0) {
      return 'mean';
    }
    return vars.map(v => v === CONDITION ? group.condition : v + '=' + group.parameters[v]).join(', ');
  }

  function withAlpha(hex, alpha) {
    const n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + alpha + ')';
  }

  /** A fixed spread of a series' trial dots around its x position: the same on every drawing. */
  function jitter(index, width) {
    return (((index * 0.6180339887) % 1) - 0.5) * width;
  }

  /** The panels: one per metric, or per metric and scenario, each with its groups; empty ones left out. */
  function panels() {
    const result = [];
    data.metrics.forEach(metric => {
      const groups = data.groups.filter(g => g.metric === metric);
      if (data.panel) {
        values(data.panel).forEach(value => {
          const inPanel = groups.filter(g => g.parameters[data.panel] === value);
          if (inPanel.length > 0) {
            result.push({ metric: metric, panelValue: value, groups: inPanel });
          }
        });
      } else if (groups.length > 0) {
        result.push({ metric: metric, panelValue: null, groups: groups });
      }
    });
    return result;
  }

  function intervalName() {
    return state.interval === 't' ? "Student's t" : 'bootstrap';
  }

  /** The datasets of one panel: per series its means (with error bars) and its trials. */
  function datasets(panel, categories) {
    const vars = seriesVariables();
    const colours = allSeries(vars);
    const local = Array.from(new Set(panel.groups.map(g => seriesKey(g, vars).join(','))))
      .sort((a, b) => colours.indexOf(a) - colours.indexOf(b));
    const step = local.length === 1 ? 0 : Math.min(0.7 / local.length, 0.2);
    const result = [];
    local.forEach((key, k) => {
      const groups = panel.groups.filter(g => seriesKey(g, vars).join(',') === key)
        .sort((a, b) => categories.indexOf(valueOf(a, state.x)) - categories.indexOf(valueOf(b, state.x)));
      const colour = PALETTE[colours.indexOf(key) % PALETTE.length];
      const offset = (k - (local.length - 1) / 2) * step;
      const label = seriesLabel(groups[0], vars);
      result.push({
        label: label,
        seriesKey: key,
        errorBars: true,
        data: groups.map(g => ({
          x: categories.indexOf(valueOf(g, state.x)) + offset, y: g.mean, t: g.t, bootstrap: g.bootstrap,
          n: g.n, category: valueOf(g, state.x)
        })),
        showLine: state.x !== CONDITION,
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 1.5,
        pointRadius: 4.5,
        pointHoverRadius: 6,
        order: 1
      });
      const dots = [];
      groups.forEach(g => g.trials.forEach((point, i) => dots.push({
        x: categories.indexOf(valueOf(g, state.x)) + offset + jitter(i, Math.max(step, 0.2) * 0.7),
        y: point[2], seed: point[0], repetition: point[1], category: valueOf(g, state.x)
      })));
      result.push({
        label: label + ' (trials)',
        seriesKey: key,
        trials: true,
        hidden: !state.trials,
        data: dots,
        borderColor: withAlpha(colour, 0),
        backgroundColor: withAlpha(colour, 0.28),
        borderWidth: 0,
        pointRadius: 2.5,
        pointHoverRadius: 4,
        order: 2
      });
    });
    return result;
  }

  /**
   * The y axis that shows every interval of the chosen kind (Chart.js would leave them out) and the trials when
   * they are shown; from zero when nothing shown is negative and zero is near (counts, most times), else around the
   * values.
   */
  function yAxis(groups, axis) {
    let low = Infinity;
    let high = -Infinity;
    groups.forEach(g => {
      const bounds = g[state.interval] || [g.mean, g.mean];
      low = Math.min(low, bounds[0], state.trials ? g.min : bounds[0]);
      high = Math.max(high, bounds[1], state.trials ? g.max : bounds[1]);
    });
    axis.min = low >= 0 && (low < high - low || low === high) ? 0 : undefined;
    axis.suggestedMin = low;
    axis.suggestedMax = high;
    return axis;
  }

  /** A long category label as lines, broken before a '+', '-', '_' or space: "planner+reflex", "+memory". */
  function wrap(label) {
    const text = String(label);
    if (text.length <= 14) {
      return text;
    }
    const lines = [];
    let line = '';
    text.split(/(?=[+\-_ ])/).forEach(part => {
      if (line.length > 0 && line.length + part.length > 16) {
        lines.push(line);
        line = part;
      } else {
        line += part;
      }
    });
    lines.push(line);
    return lines;
  }

  function title(panel) {
    return panel.metric + (panel.panelValue === null ? '' : ' — ' + data.panel + ' ' + panel.panelValue);
  }

  function subtitle() {
    return 'mean and ' + intervalName() + ' 95% CI' + (state.trials ? '; dots: single trials' : '');
  }

  function config(panel) {
    const categories = values(state.x).filter(v => panel.groups.some(g => valueOf(g, state.x) === v));
    return {
      type: 'scatter',
      data: { datasets: datasets(panel, categories) },
      plugins: [window.AstrocyteErrorBars, window.AstrocyteWhiteBackground],
      options: {
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: true },
        scales: {
          x: {
            type: 'linear',
            min: -0.5,
            max: categories.length - 0.5,
            afterBuildTicks: axis => {
              axis.ticks = categories.map((c, i) => ({ value: i }));
            },
            ticks: { autoSkip: false, maxRotation: 0, callback: value => wrap(categories[value]) },
            grid: { display: false },
            title: { display: true, text: state.x }
          },
          y: yAxis(panel.groups, { grace: '4%', title: { display: true, text: panel.metric } })
        },
        plugins: {
          title: { display: true, text: title(panel), font: { size: 15, weight: 'bold' } },
          subtitle: { display: true, text: subtitle(), color: '#666', padding: { bottom: 6 } },
          legend: {
            labels: { usePointStyle: true, filter: (item, chartData) => !chartData.datasets[item.datasetIndex].trials },
            onClick: (event, item, legend) => toggleSeries(legend.chart, item.datasetIndex)
          },
          tooltip: {
            callbacks: {
              title: items => items.length ? String(items[0].raw.category) : '',
              label: context => tooltip(context)
            }
          },
          errorBars: { kind: state.interval, cap: 4, width: 1.5 }
        }
      }
    };
  }

  function tooltip(context) {
    const raw = context.raw;
    const dataset = context.dataset;
    if (dataset.trials) {
      return dataset.label.replace(/ \(trials\)$/, '') + ': ' + format(raw.y) + ' (seed ' + raw.seed
        + (raw.repetition > 1 ? ', repetition ' + raw.repetition : '') + ')';
    }
    const bounds = raw[state.interval];
    return dataset.label + ': mean ' + format(raw.y)
      + (bounds ? ', 95% CI [' + format(bounds[0]) + ', ' + format(bounds[1]) + ']' : '') + ', n = ' + raw.n;
  }

  /** Hides or shows a series: its means and its trials together. */
  function toggleSeries(chart, datasetIndex) {
    const key = chart.data.datasets[datasetIndex].seriesKey;
    const hide = chart.isDatasetVisible(datasetIndex);
    chart.data.datasets.forEach((dataset, i) => {
      if (dataset.seriesKey === key) {
        dataset.seriesHidden = hide;
        chart.setDatasetVisibility(i, !hide && (!dataset.trials || state.trials));
      }
    });
    chart.update();
  }

  function fileName(panel) {
    return [data.name, panel.metric, panel.panelValue, state.x === CONDITION ? null : 'by-' + state.x]
      .filter(part => part !== null).join('-').replace(/[^A-Za-z0-9._+-]+/g, '_') + '.png';
  }

  /** Downloads a chart as a PNG at three times its size on screen: sharp enough to print. */
  function download(chart, panel) {
    const screen = chart.options.devicePixelRatio;
    chart.options.devicePixelRatio = 3;
    chart.resize();
    chart.update('none');
    const link = document.createElement('a');
    link.href = chart.toBase64Image('image/png', 1);
    link.download = fileName(panel);
    chart.options.devicePixelRatio = screen;
    chart.resize();
    chart.update('none');
    link.click();
  }

  function draw() {
    charts.forEach(entry => entry.chart.destroy());
    charts = [];
    const grid = document.getElementById('chart-grid');
    grid.textContent = '';
    const all = panels();
    if (all.length === 0) {
      const empty = document.createElement('p');
      empty.className = 'chart-empty';
      empty.textContent = 'No trial succeeded: there is nothing to chart.';
      grid.appendChild(empty);
      return;
    }
    all.forEach(panel => {
      const card = document.createElement('figure');
      card.className = 'chart-card';
      card.dataset.metric = panel.metric;
      if (panel.panelValue !== null) {
        card.dataset.panel = panel.panelValue;
      }
      const tools = document.createElement('div');
      tools.className = 'tools';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'PNG';
      button.title = 'Download this chart as a PNG image (3× resolution)';
      tools.appendChild(button);
      const box = document.createElement('div');
      box.className = 'chart-box';
      const canvas = document.createElement('canvas');
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', title(panel) + ': means with 95% confidence intervals');
      box.appendChild(canvas);
      card.appendChild(tools);
      card.appendChild(box);
      grid.appendChild(card);
      const chart = new Chart(canvas, config(panel));
      button.addEventListener('click', () => download(chart, panel));
      charts.push({ chart: chart, panel: panel });
    });
  }

  function chooseInterval(kind) {
    state.interval = kind;
    document.body.classList.toggle('ci-bootstrap', kind === 'bootstrap');
    charts.forEach(({ chart, panel }) => {
      yAxis(panel.groups, chart.options.scales.y);
      chart.options.plugins.errorBars.kind = kind;
      chart.options.plugins.subtitle.text = subtitle();
      chart.update('none');
    });
  }

  function setTrials(shown) {
    state.trials = shown;
    charts.forEach(({ chart, panel }) => {
      yAxis(panel.groups, chart.options.scales.y);
      chart.data.datasets.forEach((dataset, i) => {
        if (dataset.trials) {
          chart.setDatasetVisibility(i, shown && !dataset.seriesHidden);
        }
      });
      chart.options.plugins.subtitle.text = subtitle();
      chart.update('none');
    });
  }

  function controls() {
    const select = document.getElementById('chart-x');
    variables().forEach(variable => {
      const option = document.createElement('option');
      option.value = variable;
      option.textContent = variable;
      select.appendChild(option);
    });
    select.disabled = select.options.length < 2;
    select.addEventListener('change', () => {
      state.x = select.value;
      draw();
    });
    document.querySelectorAll('input[name="chart-interval"]').forEach(input => {
      input.addEventListener('change', () => chooseInterval(input.value));
    });
    document.getElementById('chart-trials').addEventListener('change', event => setTrials(event.target.checked));
  }

  controls();
  draw();
}());
