/*
 * The run report: a replay of the arena (arena.js) with its controls, and charts on the same time axis (planner and
 * tool calls, reflex overrides, neuron and population rasters and rates, energy and counts), each with a cursor at
 * the replay's time.
 * Reads the JSON data element "run-data" (RunReportData). Times in simulated seconds.
 */
'use strict';

(function () {
  const D = JSON.parse(document.getElementById('run-data').textContent);
  const END = Math.max(D.endSeconds, 0.001);
  const SPEEDS = [0.5, 1, 2, 5, 10, 20, 50];
  const FLASH_SECONDS = 0.6;
  const FEED_LENGTH = 14;

  const world = D.world || AstroArena.worldAround(allPoints());
  const bodies = new Map((world.bodies || []).map((b) => [b.id, b]));
  const agents = D.agents.map((a, i) => ({
    id: a.id, index: i, reflex: a.reflex, model: a.model, frames: a.frames, overrides: a.overrides,
    decisions: a.decisions, colour: AstroArena.colour(i),
    radius: bodies.has(a.id) ? bodies.get(a.id).radius : 0.15, start: bodies.get(a.id) || null,
    turns: [], food: [], hits: [],
  }));

  const food = new AstroArena.FoodLedger((world.food && world.food.items || []).length,
    world.food ? world.food.regrowSeconds : null);
  const foodEvents = D.food.map((f) => ({ t: f.t, id: f.foodId })).concat(D.depletions.map((t) => ({ t, id: -1 })));
  foodEvents.sort((a, b) => a.t - b.t);
  for (const f of foodEvents) {
    if (f.id < 0) {
      food.takeAll(f.t);
    } else {
      food.take(f.id, f.t);
    }
  }
  for (const f of D.food) {
    if (f.agent >= 0) {
      agents[f.agent].food.push(f.t);
    }
  }
  for (const c of D.collisions) {
    if (c.agent >= 0) {
      agents[c.agent].hits.push(c.t);
    }
  }
  for (const call of D.planner) {
    if (call.agent >= 0 && call.latencyMs) {
      agents[call.agent].turns.push([call.t, call.t + call.latencyMs / 1000]);
    }
  }
  const obstacles = new AstroArena.ObstacleTrack(world);
  D.obstacleChanges.forEach((c) => obstacles.add(c));

  const collisionTimes = D.collisions.map((c) => c.t);
  const feed = buildFeed();
  const state = { t: 0, playing: false, speed: defaultSpeed(), lastWall: null, selected: 0, feedFrom: -2 };
  const el = (id) => document.getElementById(id);
  const arena = AstroArena.create(el('arena'), world);
  const cursors = [];
  const tooltip = el('tooltip');

  function allPoints() {
    const points = [];
    for (const a of D.agents) {
      for (let k = 0; k < a.frames.t.length; k++) {
        points.push([a.frames.x[k], a.frames.y[k]]);
      }
    }
    return points;
  }

  function defaultSpeed() {
    for (const s of SPEEDS) {
      if (s >= END / 60) {
        return Math.max(1, s);
      }
    }
    return SPEEDS[SPEEDS.length - 1];
  }

  /** Index of the last value of the sorted array `values` at or below v, or -1. */
  function floorIndex(values, v) {
    let low = 0;
    let high = values.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (values[mid] <= v) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  function angleLerp(a, b, u) {
    let d = b - a;
    while (d > Math.PI) {
      d -= 2 * Math.PI;
    }
    while (d < -Math.PI) {
      d += 2 * Math.PI;
    }
    return a + d * u;
  }

  /** The agent's pose at t, between the frames around it (from its start pose before the first). */
  function poseAt(a, t) {
    const f = a.frames;
    const n = f.t.length;
    const k = floorIndex(f.t, t);
    if (n === 0) {
      return a.start ? { x: a.start.x, y: a.start.y, heading: a.start.heading, k: -1 } : null;
    }
    if (k < 0) {
      if (!a.start || f.t[0] <= 0) {
        return { x: f.x[0], y: f.y[0], heading: f.h[0], energy: f.e[0], k: -1 };
      }
      const u = Math.max(0, t) / f.t[0];
      return { x: a.start.x + (f.x[0] - a.start.x) * u, y: a.start.y + (f.y[0] - a.start.y) * u,
        heading: angleLerp(a.start.heading, f.h[0], u), energy: f.e[0], k: -1 };
    }
    if (k >= n - 1) {
      return { x: f.x[n - 1], y: f.y[n - 1], heading: f.h[n - 1], energy: f.e[n - 1], k: n - 1 };
    }
    const u = (t - f.t[k]) / (f.t[k + 1] - f.t[k]);
    return { x: f.x[k] + (f.x[k + 1] - f.x[k]) * u, y: f.y[k] + (f.y[k + 1] - f.y[k]) * u,
      heading: angleLerp(f.h[k], f.h[k + 1], u), energy: f.e[k] + (f.e[k + 1] - f.e[k]) * u, k };
  }

  function within(intervals, t) {
    let low = 0;
    let high = intervals.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (intervals[mid][0] <= t) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found >= 0 && t < intervals[found][1];
  }

  function goalAt(a, t) {
    let k = -1;
    for (let low = 0, high = a.decisions.length - 1; low <= high;) {
      const mid = (low + high) >> 1;
      if (a.decisions[mid][0] <= t) {
        k = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (k < 0 || a.decisions[k][3] === 1) {
      return null;
    }
    return [a.decisions[k][1], a.decisions[k][2]];
  }

  function countUpTo(times, t) {
    return floorIndex(times, t) + 1;
  }

  function trailFrom(a, t, k) {
    const keep = el('trail').value;
    if (keep === 'full') {
      return 0;
    }
    const from = floorIndex(a.frames.t, t - Number(keep));
    return Math.max(0, Math.min(from + 1, k));
  }

  function scene(t) {
    const list = [];
    for (const a of agents) {
      const pose = poseAt(a, t);
      if (!pose) {
        continue;
      }
      list.push({ id: a.id, colour: a.colour, x: pose.x, y: pose.y, heading: pose.heading, radius: a.radius,
        overriding: within(a.overrides, t), selected: agents.length > 1 && a.index === state.selected,
        goal: goalAt(a, t),
        trail: { x: a.frames.x, y: a.frames.y, o: a.frames.o, from: trailFrom(a, t, pose.k), to: pose.k,
          tip: [pose.x, pose.y] } });
    }
    const flashes = [];
    const last = floorIndex(collisionTimes, t);
    for (let i = last; i >= 0 && t - D.collisions[i].t < FLASH_SECONDS; i--) {
      flashes.push({ x: D.collisions[i].x, y: D.collisions[i].y, age: (t - D.collisions[i].t) / FLASH_SECONDS });
    }
    return { obstacles: obstacles.at(t), foodAvailable: (id) => food.available(id, t), agents: list, flashes,
      rays: el('rays').checked };
  }

  function buildFeed() {
    const items = [];
    for (const m of D.events) {
      items.push({ t: m.t, agent: m.agent, type: m.type, text: m.text });
    }
    for (const c of D.planner) {
      items.push({ t: c.t, agent: c.agent, type: 'PlannerCalled',
        text: c.model + ': ' + (c.error ? 'FAILED ' + c.error : c.reply) });
    }
    for (const c of D.tools) {
      items.push({ t: c.t, agent: c.agent, type: 'ToolCalled',
        text: c.name + ' ' + c.arguments + (c.ok ? '' : ' FAILED') });
    }
    for (const a of D.agents) {
      for (const o of a.overrides) {
        items.push({ t: o[0], agent: D.agents.indexOf(a), type: 'ReflexOverrode',
          text: 'reflex took over for ' + Math.round((o[1] - o[0]) * 1000) + ' ms' });
      }
    }
    items.sort((a, b) => a.t - b.t);
    return { items, times: items.map((i) => i.t) };
  }

  function agentName(index) {
    return index < 0 ? 'world' : agents[index].id;
  }

  function render() {
    const t = state.t;
    arena.draw(scene(t));
    el('replay-time').textContent = t.toFixed(1);
    el('slider').value = String(t);
    for (const c of cursors) {
      c.draw(t);
    }
    renderSide(t);
  }

  function renderSide(t) {
    const last = floorIndex(feed.times, t);
    if (last !== state.feedFrom) {
      state.feedFrom = last;
      const list = el('recent-events');
      list.textContent = '';
      for (let i = last; i >= 0 && i > last - FEED_LENGTH; i--) {
        const item = feed.items[i];
        const li = document.createElement('li');
        li.title = item.text;
        li.innerHTML = '<span class="when"></span><span class="swatch"></span><span class="type"></span>'
          + '<span class="text"></span>';
        li.children[0].textContent = item.t.toFixed(1) + ' s';
        li.children[1].style.background = item.agent < 0 ? '#adb5bd' : agents[item.agent].colour;
        li.children[2].textContent = item.type;
        li.children[3].textContent = (agents.length > 1 ? agentName(item.agent) + ' ' : '') + item.text;
        list.appendChild(li);
      }
    }
    for (const a of agents) {
      const row = el('state-' + a.index);
      const pose = poseAt(a, t);
      row.children[1].textContent = pose && pose.energy !== undefined ? Math.round(pose.energy * 100) + '%' : '';
      row.children[2].textContent = String(countUpTo(a.food, t));
      row.children[3].textContent = String(countUpTo(a.hits, t));
      const badge = row.children[4].firstChild;
      if (within(a.overrides, t)) {
        badge.className = 'badge override';
        badge.textContent = 'reflex';
      } else if (within(a.turns, t)) {
        badge.className = 'badge thinking';
        badge.textContent = 'thinking';
      } else {
        badge.className = 'badge';
        badge.textContent = goalAt(a, t) ? 'to goal' : 'no goal';
      }
    }
  }

  function frame(now) {
    if (!state.playing) {
      return;
    }
    if (state.lastWall !== null) {
      state.t = Math.min(END, state.t + (now - state.lastWall) / 1000 * state.speed);
    }
    state.lastWall = now;
    if (state.t >= END) {
      setPlaying(false);
    }
    render();
    if (state.playing) {
      requestAnimationFrame(frame);
    }
  }

  function setPlaying(playing) {
    if (playing && state.t >= END) {
      state.t = 0;
    }
    state.playing = playing;
    state.lastWall = null;
    el('play').textContent = playing ? '\u275A\u275A Pause' : '\u25B6 Play';
    if (playing) {
      requestAnimationFrame(frame);
    }
  }

  function seek(t) {
    state.t = Math.max(0, Math.min(END, t));
    state.lastWall = null;
    render();
  }

  function select(index) {
    state.selected = index;
    for (const a of agents) {
      el('state-' + a.index).classList.toggle('selected', a.index === index);
    }
    const choice = el('spike-agent');
    if (choice) {
      const option = Array.from(choice.options).find((o) => Number(o.value) === index);
      if (option) {
        choice.value = option.value;
        drawSpikes();
      }
    }
    render();
  }

  // ----- the controls and the agent table -----

  function setUpControls() {
    const slider = el('slider');
    slider.max = String(END);
    slider.step = 'any';
    slider.addEventListener('input', () => seek(Number(slider.value)));
    el('play').addEventListener('click', () => setPlaying(!state.playing));
    const speed = el('speed');
    for (const s of SPEEDS) {
      const option = document.createElement('option');
      option.value = String(s);
      option.textContent = s + '\u00D7';
      speed.appendChild(option);
    }
    speed.value = String(state.speed);
    speed.addEventListener('change', () => {
      state.speed = Number(speed.value);
    });
    if (END > 120) {
      el('trail').value = '30';
    }
    el('trail').addEventListener('change', render);
    el('rays').addEventListener('change', render);
    el('end-time').textContent = END.toFixed(1);
    document.addEventListener('keydown', (e) => {
      if (e.code === 'Space' && e.target === document.body) {
        e.preventDefault();
        setPlaying(!state.playing);
      }
    });
    const table = el('agent-states');
    for (const a of agents) {
      const row = document.createElement('tr');
      row.id = 'state-' + a.index;
      row.innerHTML = '<td><span class="swatch"></span><span></span></td><td></td><td></td><td></td>'
        + '<td><span class="badge"></span></td>';
      row.children[0].firstChild.style.background = a.colour;
      row.children[0].lastChild.textContent = a.id;
      row.title = [a.reflex && 'reflex ' + a.reflex, a.model && 'planner ' + a.model].filter(Boolean).join(', ');
      row.addEventListener('click', () => select(a.index));
      table.appendChild(row);
    }
  }

  // ----- time cursors: a line at the replay's time over every chart -----

  function addCursor(box, xOf, band) {
    const overlay = document.createElement('canvas');
    overlay.className = 'cursor';
    box.appendChild(overlay);
    const cursor = {
      draw(t) {
        const dpr = window.devicePixelRatio || 1;
        const w = box.clientWidth;
        const h = box.clientHeight;
        if (overlay.width !== Math.round(w * dpr) || overlay.height !== Math.round(h * dpr)) {
          overlay.width = Math.round(w * dpr);
          overlay.height = Math.round(h * dpr);
          overlay.style.width = w + 'px';
          overlay.style.height = h + 'px';
        }
        const g = overlay.getContext('2d');
        g.setTransform(dpr, 0, 0, dpr, 0, 0);
        g.clearRect(0, 0, w, h);
        const x = xOf(t);
        const y = band();
        if (x === null || !isFinite(x)) {
          return;
        }
        g.strokeStyle = 'rgba(201, 42, 42, 0.85)';
        g.lineWidth = 1.5;
        g.beginPath();
        g.moveTo(x, y[0]);
        g.lineTo(x, y[1]);
        g.stroke();
      },
    };
    cursors.push(cursor);
    return cursor;
  }

  function chartCursor(box, chart) {
    addCursor(box, (t) => chart.scales.x ? chart.scales.x.getPixelForValue(t) : null,
      () => [chart.chartArea ? chart.chartArea.top : 0, chart.chartArea ? chart.chartArea.bottom : box.clientHeight]);
  }

  function showTip(event, text) {
    if (!text) {
      tooltip.style.display = 'none';
      return;
    }
    tooltip.textContent = text;
    tooltip.style.display = 'block';
    const x = Math.min(event.clientX + 14, window.innerWidth - tooltip.offsetWidth - 8);
    tooltip.style.left = x + 'px';
    tooltip.style.top = (event.clientY + 14) + 'px';
  }

  /** A canvas sized to its box, for charts drawn by hand; returns its 2-D context in CSS pixels. */
  function sized(canvas, height) {
    const dpr = window.devicePixelRatio || 1;
    const width = canvas.parentElement.clientWidth;
    canvas.style.width = width + 'px';
    canvas.style.height = height + 'px';
    canvas.parentElement.style.height = height + 'px';
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    const g = canvas.getContext('2d');
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, width, height);
    return { g, width };
  }

  function timeAxis(g, x0, x1, y, xOf) {
    g.strokeStyle = '#adb5bd';
    g.fillStyle = '#555';
    g.lineWidth = 1;
    g.beginPath();
    g.moveTo(x0, y);
    g.lineTo(x1, y);
    g.stroke();
    const step = niceStep(END / Math.max(2, (x1 - x0) / 70));
    g.font = '11px system-ui, sans-serif';
    g.textAlign = 'center';
    g.textBaseline = 'top';
    for (let s = 0; s <= END + 1e-9; s += step) {
      const x = xOf(s);
      g.beginPath();
      g.moveTo(x, y);
      g.lineTo(x, y + 4);
      g.stroke();
      g.fillText(String(Math.round(s * 100) / 100), x, y + 6);
    }
    g.textAlign = 'right';
    g.fillText('s', x1, y + 18);
  }

  function niceStep(raw) {
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (const m of [1, 2, 5, 10]) {
      if (m * p >= raw) {
        return m * p;
      }
    }
    return 10 * p;
  }

  // ----- the timeline of planner turns, tool calls, overrides and events -----

  const TL = { gutter: 96, row: agents.length <= 3 ? 44 : 30, right: 12 };

  function drawTimeline() {
    const canvas = el('timeline');
    const rows = agents.length + (D.events.some((m) => m.agent < 0) ? 1 : 0);
    const height = rows * TL.row + 34;
    const { g, width } = sized(canvas, height);
    const xOf = (t) => TL.gutter + (width - TL.gutter - TL.right) * t / END;
    const marks = [];
    const rowTop = (agent) => (agent < 0 ? agents.length : agent) * TL.row;
    g.font = '12px system-ui, sans-serif';
    g.textBaseline = 'middle';
    for (let r = 0; r < rows; r++) {
      g.fillStyle = r % 2 === 0 ? '#f8f9fa' : '#fff';
      g.fillRect(TL.gutter, r * TL.row, width - TL.gutter - TL.right, TL.row);
      g.fillStyle = r < agents.length ? agents[r].colour : '#868e96';
      g.textAlign = 'right';
      g.fillText(r < agents.length ? agents[r].id : 'world', TL.gutter - 8, r * TL.row + TL.row / 2);
    }
    for (const a of agents) {
      const y = rowTop(a.index);
      g.fillStyle = 'rgba(232, 89, 12, 0.8)';
      for (const o of a.overrides) {
        const x0 = xOf(o[0]);
        const x1 = Math.max(x0 + 1.5, xOf(o[1]));
        g.fillRect(x0, y + 12, x1 - x0, 7);
        marks.push({ x: (x0 + x1) / 2, y: y + 15, half: (x1 - x0) / 2 + 2, text: a.id + ' reflex override\n'
          + o[0].toFixed(2) + ' s to ' + o[1].toFixed(2) + ' s (' + Math.round((o[1] - o[0]) * 1000) + ' ms)' });
      }
    }
    const toolsByCall = new Map();
    for (const tool of D.tools) {
      const y = rowTop(tool.agent) + TL.row - 5;
      const x = xOf(tool.t);
      g.strokeStyle = tool.ok ? '#2f9e44' : '#e03131';
      g.lineWidth = tool.ok ? 1 : 2;
      g.beginPath();
      g.moveTo(x, y - 5);
      g.lineTo(x, y + 2);
      g.stroke();
      const text = tool.name + ' ' + tool.arguments + (tool.ok ? '\n-> ' : '\nFAILED: ') + tool.result;
      marks.push({ x, y: y - 2, half: 3, text: agentName(tool.agent) + ' tool at ' + tool.t.toFixed(2) + ' s\n'
        + text });
      if (tool.call >= 0) {
        if (!toolsByCall.has(tool.call)) {
          toolsByCall.set(tool.call, []);
        }
        toolsByCall.get(tool.call).push((tool.ok ? '' : 'FAILED ') + tool.name + ' ' + tool.arguments);
      }
    }
    D.planner.forEach((call, i) => {
      const y = rowTop(call.agent) + 7;
      const x = xOf(call.t);
      if (call.latencyMs) {
        g.strokeStyle = 'rgba(28, 126, 214, 0.55)';
        g.lineWidth = 2;
        g.beginPath();
        g.moveTo(x, y);
        g.lineTo(xOf(call.t + call.latencyMs / 1000), y);
        g.stroke();
      }
      g.fillStyle = call.error ? '#e03131' : '#1c7ed6';
      g.beginPath();
      g.arc(x, y, 3.5, 0, 2 * Math.PI);
      g.fill();
      const lines = [agentName(call.agent) + ' planner turn at ' + call.t.toFixed(2) + ' s, ' + call.model,
        call.latencyMs !== null && call.latencyMs !== undefined ? 'latency ' + call.latencyMs + ' ms (simulated)'
          : 'no goal applied',
        'tokens ' + call.inputTokens + ' in, ' + call.outputTokens + ' out' + (call.retries ? ', ' + call.retries
          + ' retries' : ''),
        call.error ? 'FAILED: ' + call.error : 'reply: ' + call.reply];
      for (const tool of toolsByCall.get(i) || []) {
        lines.push('  tool ' + tool);
      }
      marks.push({ x, y, half: 5, text: lines.join('\n') });
    });
    for (const m of D.events) {
      const y = rowTop(m.agent) + TL.row / 2;
      const x = xOf(m.t);
      if (m.type === 'FoodCollected') {
        g.fillStyle = '#2f9e44';
        g.beginPath();
        g.moveTo(x, y - 6);
        g.lineTo(x - 5, y + 3);
        g.lineTo(x + 5, y + 3);
        g.closePath();
        g.fill();
      } else if (m.type === 'CollisionOccurred') {
        g.strokeStyle = '#c92a2a';
        g.lineWidth = 2;
        g.beginPath();
        g.moveTo(x - 4, y - 4);
        g.lineTo(x + 4, y + 4);
        g.moveTo(x - 4, y + 4);
        g.lineTo(x + 4, y - 4);
        g.stroke();
      } else {
        g.fillStyle = '#868e96';
        g.fillRect(x - 2, y - 2, 4, 4);
      }
      marks.push({ x, y, half: 4, text: agentName(m.agent) + ' ' + m.type + ' at ' + m.t.toFixed(2) + ' s\n'
        + m.text });
    }
    timeAxis(g, TL.gutter, width - TL.right, rows * TL.row + 2, xOf);
    canvas.onmousemove = (e) => {
      const r = canvas.getBoundingClientRect();
      const mx = e.clientX - r.left;
      const my = e.clientY - r.top;
      let best = null;
      let bestDistance = 8;
      for (const m of marks) {
        const d = Math.max(0, Math.abs(mx - m.x) - m.half + 3) + Math.abs(my - m.y) * 0.7;
        if (d < bestDistance) {
          bestDistance = d;
          best = m;
        }
      }
      showTip(e, best ? best.text : null);
    };
    canvas.onmouseleave = () => showTip(null, null);
    canvas.onclick = (e) => {
      const r = canvas.getBoundingClientRect();
      seek((e.clientX - r.left - TL.gutter) / (width - TL.gutter - TL.right) * END);
    };
    return { xOf, height: rows * TL.row };
  }

  // ----- spikes: a neuron raster, a population raster and rates of the selected agent's reflex network -----

  const RASTER = { gutter: 150, row: 20, right: 56 };
  const NEURONS = { maxRow: 14, maxPlot: 420, gap: 4, layer: 22 };
  let spikeLayout = null;
  let neuronLayout = null;
  let ratesChart = null;

  function rasterOf(index) {
    return D.spikes.find((s) => s.agent === agents[index].id) || null;
  }

  function neuronsOf(index) {
    return (D.neurons || []).find((s) => s.agent === agents[index].id) || null;
  }

  function drawSpikes() {
    const choice = el('spike-agent');
    if (!choice || choice.value === '') {
      return;
    }
    const index = Number(choice.value);
    const raster = rasterOf(index);
    const neurons = neuronsOf(index);
    const captions = [agents[index].id + (raster ? ': network ' + raster.network : '')];
    if (neurons && el('neurons')) {
      drawNeurons(neurons, raster);
    }
    if (raster && el('raster')) {
      drawPopulations(raster, index);
      captions.push(raster.populations.length + ' populations, windows of '
        + (raster.w.length ? (raster.w[0] * 1000).toFixed(0) : '?') + ' ms');
    }
    el('raster-caption').textContent = captions.join(', ');
  }

  /** The colour of a population in both rasters and the rates: its place among the trace's populations. */
  function populationColour(row, r, raster) {
    if (raster) {
      const key = row.network === raster.network ? row.population : row.network + '/' + row.population;
      const k = raster.populations.indexOf(key);
      if (k >= 0) {
        return AstroArena.colour(k + 2);
      }
    }
    return AstroArena.colour(r + 2);
  }

  /** One dot per recorded spike: a row per neuron, the populations one under the other with their names. */
  function drawNeurons(neurons, raster) {
    const canvas = el('neurons');
    const total = neurons.rows.reduce((sum, row) => sum + row.neurons, 0);
    const rowHeight = Math.max(0.5, Math.min(NEURONS.maxRow, NEURONS.maxPlot / Math.max(1, total)));
    const networks = new Set(neurons.rows.map((row) => row.network));
    const groups = [];
    let y = 0;
    neurons.rows.forEach((row, r) => {
      groups.push({ row, top: y, first: groups.length ? groups[groups.length - 1].first
        + groups[groups.length - 1].row.neurons : 0, colour: populationColour(row, r, raster),
        label: row.population, bottom: y + row.neurons * rowHeight });
      y += row.neurons * rowHeight + NEURONS.gap;
    });
    const plotHeight = Math.max(y - NEURONS.gap, 12);
    const { g, width } = sized(canvas, plotHeight + 32);
    const xOf = (t) => RASTER.gutter + (width - RASTER.gutter - RASTER.right) * t / END;
    const groupOf = new Int32Array(total);
    for (let k = 0; k < groups.length; k++) {
      groupOf.fill(k, groups[k].first, groups[k].first + groups[k].row.neurons);
    }
    const yOf = (n) => groups[groupOf[n]].top + (n - groups[groupOf[n]].first) * rowHeight;
    g.font = '12px system-ui, sans-serif';
    g.textBaseline = 'middle';
    groups.forEach((group, k) => {
      const h = group.row.neurons * rowHeight;
      g.fillStyle = k % 2 === 0 ? '#f8f9fa' : '#f1f3f5';
      g.fillRect(RASTER.gutter, group.top, width - RASTER.gutter - RASTER.right, Math.max(h, 1));
      g.fillStyle = group.colour;
      g.fillRect(RASTER.gutter - 5, group.top, 3, Math.max(h, 1));
      g.fillStyle = '#333';
      g.textAlign = 'right';
      g.fillText(fitText(g, group.label, RASTER.gutter - 9 - (networks.size > 1 ? NEURONS.layer : 0)),
        RASTER.gutter - 9, group.top + h / 2);
      if (group.row.neurons > 1) {
        g.textAlign = 'left';
        g.fillStyle = '#777';
        g.fillText('#0\u2013' + (group.row.neurons - 1), width - RASTER.right + 6, group.top + h / 2);
      }
    });
    if (networks.size > 1) {
      drawLayers(g, groups);
    }
    if (neurons.cutSeconds !== null && neurons.cutSeconds !== undefined) {
      const x0 = xOf(neurons.cutSeconds);
      const x1 = width - RASTER.right;
      g.save();
      g.beginPath();
      g.rect(x0, 0, x1 - x0, plotHeight);
      g.clip();
      g.fillStyle = 'rgba(134, 142, 150, 0.15)';
      g.fillRect(x0, 0, x1 - x0, plotHeight);
      g.strokeStyle = 'rgba(134, 142, 150, 0.45)';
      g.lineWidth = 1;
      g.beginPath();
      for (let x = x0 - plotHeight; x < x1; x += 8) {
        g.moveTo(x, plotHeight);
        g.lineTo(x + plotHeight, 0);
      }
      g.stroke();
      g.restore();
    }
    const dotHeight = Math.max(1, rowHeight * 0.75);
    const dotWidth = 1.6;
    let drawn = 0;
    groups.forEach((group, k) => {
      g.fillStyle = group.colour;
      for (let i = 0; i < neurons.n.length; i++) {
        const n = neurons.n[i];
        if (groupOf[n] === k) {
          g.fillRect(xOf(neurons.t[i]) - dotWidth / 2, yOf(n) + (rowHeight - dotHeight) / 2, dotWidth, dotHeight);
          drawn++;
        }
      }
    });
    canvas.dataset.dots = String(drawn);
    timeAxis(g, RASTER.gutter, width - RASTER.right, plotHeight + 2, xOf);
    neuronLayout = { xOf, height: plotHeight };
    const timeOf = (e) => (e.clientX - canvas.getBoundingClientRect().left - RASTER.gutter)
      / (width - RASTER.gutter - RASTER.right) * END;
    canvas.onclick = (e) => seek(timeOf(e));
    canvas.onmousemove = (e) => {
      const my = e.clientY - canvas.getBoundingClientRect().top;
      const t = timeOf(e);
      const group = groups.find((gr) => my >= gr.top && my < gr.top + gr.row.neurons * rowHeight);
      if (!group || t < 0 || t > END) {
        showTip(e, null);
        return;
      }
      const neuron = Math.min(group.row.neurons - 1, Math.floor((my - group.top) / rowHeight));
      showTip(e, group.row.network + ' / ' + group.row.population + ' neuron ' + neuron + '\nt = ' + t.toFixed(2)
        + ' s');
    };
    canvas.onmouseleave = () => showTip(null, null);
    const parts = [neurons.spikes + ' spikes of ' + total + ' neurons'];
    if (neurons.t.length < neurons.spikes) {
      parts.push('drawn as ' + neurons.t.length + ' dots (one neuron\'s spikes within '
        + Math.round(neurons.mergedBin * 1000) + ' ms make one dot' + (neurons.stride > 1 ? ', then 1 dot in '
        + neurons.stride + ' kept' : '') + ')');
    }
    if (neurons.cutSeconds !== null && neurons.cutSeconds !== undefined) {
      parts.push('recording stopped at ' + neurons.cutSeconds.toFixed(2) + ' s, the run\'s bound (hatched after)');
    }
    el('neuron-caption').textContent = parts.join('; ') + '.';
  }

  /** In a stack of reflexes, each layer's name along its populations, at the left edge, with a bracket. */
  function drawLayers(g, groups) {
    const layers = [];
    for (const group of groups) {
      const last = layers[layers.length - 1];
      if (last && last.network === group.row.network) {
        last.bottom = group.bottom;
      } else {
        layers.push({ network: group.row.network, top: group.top, bottom: group.bottom });
      }
    }
    g.save();
    g.strokeStyle = '#adb5bd';
    g.fillStyle = '#555';
    g.lineWidth = 1;
    g.font = '11px system-ui, sans-serif';
    for (const layer of layers) {
      g.beginPath();
      g.moveTo(NEURONS.layer - 2, layer.top + 1);
      g.lineTo(NEURONS.layer - 6, layer.top + 1);
      g.lineTo(NEURONS.layer - 6, layer.bottom - 1);
      g.lineTo(NEURONS.layer - 2, layer.bottom - 1);
      g.stroke();
      g.save();
      g.translate(NEURONS.layer - 11, (layer.top + layer.bottom) / 2);
      g.rotate(-Math.PI / 2);
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText(fitText(g, layer.network, Math.max(0, layer.bottom - layer.top - 2)), 0, 0);
      g.restore();
    }
    g.restore();
  }

  /** The text, shortened from its start with an ellipsis until it is at most `width` pixels wide. */
  function fitText(g, text, width) {
    if (g.measureText(text).width <= width) {
      return text;
    }
    let kept = text;
    while (kept.length > 1 && g.measureText('\u2026' + kept).width > width) {
      kept = kept.slice(1);
    }
    return '\u2026' + kept;
  }

  function drawPopulations(raster, index) {
    const canvas = el('raster');
    const rows = raster.populations.length;
    const height = rows * RASTER.row + 16 + 30;
    const { g, width } = sized(canvas, height);
    const xOf = (t) => RASTER.gutter + (width - RASTER.gutter - RASTER.right) * t / END;
    g.font = '12px system-ui, sans-serif';
    g.textBaseline = 'middle';
    for (let r = 0; r < rows; r++) {
      const counts = raster.counts[r];
      const max = Math.max(1, ...counts);
      const y = r * RASTER.row;
      g.fillStyle = '#f8f9fa';
      g.fillRect(RASTER.gutter, y, width - RASTER.gutter - RASTER.right, RASTER.row - 2);
      for (let c = 0; c < counts.length; c++) {
        if (counts[c] === 0) {
          continue;
        }
        const x0 = xOf(raster.t[c] - raster.w[c]);
        const x1 = xOf(raster.t[c]);
        const v = Math.pow(counts[c] / max, 0.6);
        g.fillStyle = 'rgba(24, 50, 120, ' + (0.12 + 0.88 * v).toFixed(3) + ')';
        g.fillRect(x0, y, Math.max(1, x1 - x0 + 0.4), RASTER.row - 2);
      }
      g.fillStyle = '#333';
      g.textAlign = 'right';
      g.fillText(fitText(g, raster.populations[r], RASTER.gutter - 10), RASTER.gutter - 8, y + RASTER.row / 2);
      g.textAlign = 'left';
      g.fillStyle = '#777';
      g.fillText('max ' + max, width - RASTER.right + 6, y + RASTER.row / 2);
    }
    const a = agents[index];
    const y = rows * RASTER.row + 2;
    g.fillStyle = 'rgba(232, 89, 12, 0.85)';
    for (const o of a.overrides) {
      g.fillRect(xOf(o[0]), y, Math.max(1.5, xOf(o[1]) - xOf(o[0])), 8);
    }
    g.fillStyle = '#777';
    g.textAlign = 'right';
    g.fillText('reflex overrides', RASTER.gutter - 8, y + 4);
    timeAxis(g, RASTER.gutter, width - RASTER.right, y + 14, xOf);
    spikeLayout = { xOf, height: y + 10 };
    canvas.onclick = (e) => {
      const r = canvas.getBoundingClientRect();
      seek((e.clientX - r.left - RASTER.gutter) / (width - RASTER.gutter - RASTER.right) * END);
    };
    updateRates(raster);
  }

  function updateRates(raster) {
    const datasets = raster.populations.map((p, r) => ({
      label: p,
      data: raster.counts[r].map((n, c) => ({ x: raster.t[c] - raster.w[c] / 2, y: n / raster.w[c] })),
      borderColor: AstroArena.colour(r + 2),
      backgroundColor: AstroArena.colour(r + 2),
      borderWidth: 1.2,
      pointRadius: 0,
    }));
    if (ratesChart) {
      ratesChart.data.datasets = datasets;
      ratesChart.update('none');
      return;
    }
    ratesChart = lineChart(el('rates'), datasets, 'spikes/s (whole population)');
  }

  // ----- energy and counts over time (Chart.js) -----

  function lineChart(canvas, datasets, yTitle, extra) {
    const options = {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', intersect: false, axis: 'x' },
      plugins: { legend: { labels: { boxWidth: 12, font: { size: 11 } } },
        tooltip: { callbacks: { title: (items) => items.length ? Number(items[0].parsed.x).toFixed(1) + ' s' : '' } } },
      scales: {
        x: { type: 'linear', min: 0, max: END, title: { display: true, text: 'simulated time (s)' } },
        y: { title: { display: true, text: yTitle }, beginAtZero: true },
      },
      onClick: (e, items, chart) => {
        const value = chart.scales.x.getValueForPixel(e.x);
        if (isFinite(value)) {
          seek(value);
        }
      },
    };
    if (extra) {
      extra(options);
    }
    const chart = new Chart(canvas, { type: 'line', data: { datasets }, options });
    chartCursor(canvas.parentElement, chart);
    return chart;
  }

  function drawEnergy() {
    const datasets = agents.filter((a) => a.frames.t.length > 0).map((a) => ({
      label: a.id,
      data: Array.from(a.frames.t, (t, k) => ({ x: t, y: a.frames.e[k] * 100 })),
      borderColor: a.colour,
      backgroundColor: a.colour,
      borderWidth: 1.5,
      pointRadius: 0,
    }));
    lineChart(el('energy'), datasets, 'energy (% of battery)', (o) => {
      o.scales.y.max = 100;
    });
  }

  function drawCounts() {
    const names = Object.keys(D.curves.team);
    const datasets = names.map((name, i) => ({
      label: name,
      data: Array.from(D.curves.t, (t, k) => ({ x: t, y: D.curves.team[name][k] })),
      borderColor: AstroArena.colour(i),
      backgroundColor: AstroArena.colour(i),
      borderWidth: 1.5,
      pointRadius: 0,
      stepped: true,
      yAxisID: 'y',
    }));
    datasets.push({
      label: 'distance (m)',
      data: Array.from(D.curves.t, (t, k) => ({ x: t, y: D.curves.distance[k] })),
      borderColor: '#495057',
      backgroundColor: '#495057',
      borderDash: [5, 4],
      borderWidth: 1.5,
      pointRadius: 0,
      yAxisID: 'distance',
    });
    lineChart(el('counts'), datasets, 'count (team, so far)', (o) => {
      o.scales.distance = { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
        title: { display: true, text: 'distance (m)' } };
    });
  }

  // ----- start -----

  setUpControls();
  let timeline = drawTimeline();
  addCursor(el('timeline').parentElement, (t) => timeline.xOf(t), () => [0, timeline.height]);
  const spikeChoice = el('spike-agent');
  if (spikeChoice) {
    for (const a of agents) {
      if (rasterOf(a.index) || neuronsOf(a.index)) {
        const option = document.createElement('option');
        option.value = String(a.index);
        option.textContent = a.id;
        spikeChoice.appendChild(option);
      }
    }
    spikeChoice.addEventListener('change', () => select(Number(spikeChoice.value)));
    drawSpikes();
    if (el('neurons')) {
      addCursor(el('neurons').parentElement, (t) => neuronLayout ? neuronLayout.xOf(t) : null,
        () => [0, neuronLayout ? neuronLayout.height : 0]);
    }
    if (el('raster')) {
      addCursor(el('raster').parentElement, (t) => spikeLayout ? spikeLayout.xOf(t) : null,
        () => [0, spikeLayout ? spikeLayout.height : 0]);
    }
  }
  if (typeof Chart !== 'undefined') {
    drawEnergy();
    drawCounts();
  }
  if (agents.length > 1) {
    select(0);
  }
  const start = /^#t=([0-9.]+)$/.exec(window.location.hash);
  if (start) {
    state.t = Math.min(END, Number(start[1]));
  }
  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      arena.resize();
      timeline = drawTimeline();
      drawSpikes();
      render();
    }, 150);
  });
  render();
})();
