/*
 * The live view: draws a run as it goes, from the server's stream of Server-Sent Events (LiveFeed's messages), with
 * the arena drawing of the run report (arena.js). Times in simulated seconds.
 */
'use strict';

(function () {
  const MAX_TRAIL = 6000;
  const LIST_LENGTH = 60;
  const FLASH_SECONDS = 0.6;

  const el = (id) => document.getElementById(id);
  let run = null;
  let dirty = false;
  let received = 0;

  /** Starts over from a snapshot: the world, the trails, food, obstacles, each agent's state and recent events. */
  function reset(snapshot) {
    run = null;
    el('live-events').textContent = '';
    el('live-agents').textContent = '';
    if (!snapshot.world) {
      status('waiting for the run to start', '');
      return;
    }
    const world = snapshot.world;
    const agents = new Map();
    world.bodies.forEach((b, i) => agents.set(b.id, {
      id: b.id, index: i, colour: AstroArena.colour(i), radius: b.radius, x: b.x, y: b.y, heading: b.heading,
      energy: null, overriding: false, goal: null, trail: { t: [], x: [], y: [], o: [] },
    }));
    run = {
      world, agents, t: snapshot.t || 0, finished: snapshot.finished,
      arena: AstroArena.create(el('arena'), world),
      food: new AstroArena.FoodLedger(world.food.items.length, world.food.regrowSeconds),
      obstacles: new AstroArena.ObstacleTrack(world),
      collisions: [],
    };
    el('live-title').textContent = world.scenario + ', seed ' + world.seed;
    for (const a of agents.values()) {
      const row = document.createElement('tr');
      row.id = 'live-agent-' + a.index;
      row.innerHTML = '<td><span class="swatch"></span><span></span></td><td class="pos-x"></td><td class="pos-y">'
        + '</td><td></td><td><span class="badge"></span></td>';
      row.children[0].firstChild.style.background = a.colour;
      row.children[0].lastChild.textContent = a.id;
      el('live-agents').appendChild(row);
    }
    for (const id of Object.keys(snapshot.trails || {})) {
      for (const m of snapshot.trails[id]) {
        body(m);
      }
    }
    for (const id of Object.keys(snapshot.agents || {})) {
      const a = agents.get(id);
      if (a) {
        a.overriding = snapshot.agents[id].overriding;
        a.goal = snapshot.agents[id].goal.length ? snapshot.agents[id].goal : null;
      }
    }
    for (const f of snapshot.food || []) {
      if (f[1] < 0) {
        run.food.takeAll(f[0]);
      } else {
        run.food.take(f[1], f[0]);
      }
    }
    for (const change of snapshot.obstacles || []) {
      run.obstacles.add(change);
    }
    for (const m of snapshot.recent || []) {
      list(m);
    }
    status(run.finished !== null && run.finished !== undefined ? finishedText() : 'running',
      run.finished !== null && run.finished !== undefined ? 'done' : '');
    dirty = true;
  }

  function finishedText() {
    return 'run finished at ' + Number(run.finished).toFixed(1) + ' s';
  }

  function status(text, kind) {
    const s = el('live-status');
    s.textContent = text;
    s.className = 'banner' + (kind ? ' ' + kind : '');
  }

  function body(m) {
    const a = run.agents.get(m.a);
    if (!a) {
      return;
    }
    a.x = m.x;
    a.y = m.y;
    a.heading = m.h;
    a.energy = m.e;
    const trail = a.trail;
    trail.t.push(m.t);
    trail.x.push(m.x);
    trail.y.push(m.y);
    trail.o.push(m.o);
    if (trail.t.length > MAX_TRAIL) {
      const cut = trail.t.length - MAX_TRAIL;
      for (const key of ['t', 'x', 'y', 'o']) {
        trail[key].splice(0, cut);
      }
    }
    run.t = Math.max(run.t, m.t);
  }

  function happened(m) {
    const a = run.agents.get(m.a);
    if (m.foodId !== undefined) {
      run.food.take(m.foodId, m.t);
    }
    if (m.depleted) {
      run.food.takeAll(m.t);
    }
    if (m.obstacle) {
      run.obstacles.add(m.obstacle);
    }
    if (m.at) {
      run.collisions.push({ x: m.at[0], y: m.at[1], t: m.t });
    }
    if (a && m.override !== undefined) {
      a.overriding = m.override;
    }
    if (a && m.type === 'PlannerDecisionApplied') {
      a.goal = m.goal;
    }
    if (m.finished !== undefined) {
      run.finished = m.finished;
      status(finishedText(), 'done');
    }
    run.t = Math.max(run.t, m.t);
    list(m);
  }

  function list(m) {
    const events = el('live-events');
    const li = document.createElement('li');
    li.title = m.text;
    li.innerHTML = '<span class="when"></span><span class="swatch"></span><span class="type"></span>'
      + '<span class="text"></span>';
    li.children[0].textContent = m.t.toFixed(1) + ' s';
    const a = run && run.agents.get(m.a);
    li.children[1].style.background = a ? a.colour : '#adb5bd';
    li.children[2].textContent = m.type;
    li.children[3].textContent = (run && run.agents.size > 1 ? m.a + ' ' : '') + m.text;
    events.insertBefore(li, events.firstChild);
    while (events.children.length > LIST_LENGTH) {
      events.removeChild(events.lastChild);
    }
  }

  function trailFrom(trail) {
    const keep = el('trail').value;
    if (keep === 'full') {
      return 0;
    }
    const since = run.t - Number(keep);
    let k = trail.t.length - 1;
    while (k > 0 && trail.t[k - 1] >= since) {
      k--;
    }
    return Math.max(0, k);
  }

  function draw() {
    if (run && dirty) {
      dirty = false;
      const agents = [];
      for (const a of run.agents.values()) {
        agents.push({ id: a.id, colour: a.colour, x: a.x, y: a.y, heading: a.heading, radius: a.radius,
          overriding: a.overriding, selected: false, goal: a.goal,
          trail: { x: a.trail.x, y: a.trail.y, o: a.trail.o, from: trailFrom(a.trail), to: a.trail.t.length - 1,
            tip: null } });
        const row = el('live-agent-' + a.index);
        row.children[1].textContent = a.x.toFixed(2);
        row.children[2].textContent = a.y.toFixed(2);
        row.children[3].textContent = a.energy === null ? '' : Math.round(a.energy * 100) + '%';
        const badge = row.children[4].firstChild;
        badge.className = a.overriding ? 'badge override' : 'badge';
        badge.textContent = a.overriding ? 'reflex' : (a.goal ? 'to goal' : 'no goal');
      }
      run.collisions = run.collisions.filter((c) => run.t - c.t < FLASH_SECONDS);
      const flashes = run.collisions.map((c) => ({ x: c.x, y: c.y, age: (run.t - c.t) / FLASH_SECONDS }));
      const t = run.t;
      run.arena.draw({ obstacles: run.obstacles.at(t), foodAvailable: (id) => run.food.available(id, t), agents,
        flashes, rays: el('rays').checked });
      el('live-time').textContent = t.toFixed(1);
      el('live-count').textContent = received + ' messages';
    }
    requestAnimationFrame(draw);
  }

  const source = new EventSource('events');
  source.onmessage = (e) => {
    const m = JSON.parse(e.data);
    received++;
    if (m.k === 'snapshot') {
      reset(m);
    } else if (run && m.k === 'b') {
      body(m);
    } else if (run && m.k === 'e') {
      happened(m);
    }
    dirty = true;
  };
  source.onopen = () => {
    if (!run || run.finished === null || run.finished === undefined) {
      status(run ? 'running' : 'waiting for the run to start', '');
    }
  };
  source.onerror = () => {
    if (run && run.finished !== null && run.finished !== undefined) {
      status(finishedText() + '; the server has stopped', 'done');
      source.close();
    } else {
      status('connection lost; retrying', '');
    }
  };
  el('rays').addEventListener('change', () => {
    dirty = true;
  });
  el('trail').addEventListener('change', () => {
    dirty = true;
  });
  window.addEventListener('resize', () => {
    if (run) {
      run.arena.resize();
      dirty = true;
    }
  });
  requestAnimationFrame(draw);
})();
