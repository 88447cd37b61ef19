/*
 * Astrocyte's arena drawing, shared by the run report (a replay of a trace) and the live view (a run as it goes):
 * the world of world.json (walls, obstacles, moving ones on their paths, food, lights, chemical sources, hazards,
 * goals) and the agents (body, heading, trail, planner goal, sensor rays, reflex overrides). Lengths in metres,
 * times in simulated seconds, angles in radians counter-clockwise from +x; y points up on the canvas.
 */
'use strict';

const AstroArena = (function () {
  const PALETTE = ['#1c7ed6', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#c2255c', '#5c940d', '#6741d9',
    '#d9480f', '#495057'];
  const OVERRIDE = '#e8590c';
  const MARGIN = 14;

  /** The colour of agent number i. */
  function colour(i) {
    return PALETTE[((i % PALETTE.length) + PALETTE.length) % PALETTE.length];
  }

  /** The polyline an obstacle's anchor follows: start, waypoints, and the start again for a loop. */
  function pathOf(def) {
    const xs = [def.x];
    const ys = [def.y];
    for (const w of def.path.waypoints) {
      xs.push(w[0]);
      ys.push(w[1]);
    }
    const pingPong = def.path.mode === 'ping_pong';
    if (!pingPong) {
      xs.push(def.x);
      ys.push(def.y);
    }
    const cumulative = [0];
    for (let i = 1; i < xs.length; i++) {
      cumulative.push(cumulative[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]));
    }
    return { xs, ys, cumulative, length: cumulative[cumulative.length - 1], pingPong, speed: def.path.speed };
  }

  /** Where a moving obstacle's anchor is `elapsed` seconds after it was placed (as the world's PathWalker). */
  function anchorAt(path, elapsed) {
    const period = path.pingPong ? 2 * path.length : path.length;
    if (!(period > 0)) {
      return [path.xs[0], path.ys[0]];
    }
    let travelled = (path.speed * Math.max(0, elapsed)) % period;
    if (path.pingPong && travelled > path.length) {
      travelled = period - travelled;
    }
    let segment = 1;
    while (segment < path.cumulative.length - 1 && path.cumulative[segment] < travelled) {
      segment++;
    }
    const span = path.cumulative[segment] - path.cumulative[segment - 1];
    const f = span === 0 ? 0 : (travelled - path.cumulative[segment - 1]) / span;
    return [path.xs[segment - 1] + f * (path.xs[segment] - path.xs[segment - 1]),
      path.ys[segment - 1] + f * (path.ys[segment] - path.ys[segment - 1])];
  }

  /**
   * The obstacles over time: those of the layout from 0 s, plus the timeline's changes ({t, id, change: added |
   * moved | removed, x, y}), which must be given in time order. at(t) lists each obstacle present at t with the
   * offset of its anchor from where its definition puts it.
   */
  class ObstacleTrack {
    constructor(world) {
      this.initial = (world.obstacles || []).map((def) => this.entry(def, 0));
      this.defs = new Map();
      for (const def of (world.timelineObstacles || [])) {
        this.defs.set(def.id, def);
      }
      this.changes = [];
    }

    entry(def, placedAt) {
      return { def, placedAt, dx: 0, dy: 0, path: def.path ? pathOf(def) : null };
    }

    add(change) {
      this.changes.push(change);
    }

    /** The anchor of entry e at time t. */
    anchor(e, t) {
      if (!e.path) {
        return [e.def.x + e.dx, e.def.y + e.dy];
      }
      const at = anchorAt(e.path, t - e.placedAt);
      return [at[0] + e.dx, at[1] + e.dy];
    }

    at(t) {
      const present = this.initial.map((e) => Object.assign({}, e));
      for (const c of this.changes) {
        if (c.t > t) {
          break;
        }
        const i = present.findIndex((e) => e.def.id === c.id);
        if (c.change === 'added' && this.defs.has(c.id)) {
          present.push(this.entry(this.defs.get(c.id), c.t));
        } else if (c.change === 'removed' && i >= 0) {
          present.splice(i, 1);
        } else if (c.change === 'moved' && i >= 0) {
          const now = this.anchor(present[i], c.t);
          present[i].dx += c.x - now[0];
          present[i].dy += c.y - now[1];
        }
      }
      return present.map((e) => ({ def: e.def, anchor: this.anchor(e, t) }));
    }
  }

  /**
   * Which food items are there: an eaten item is gone from when it was eaten until it regrows (regrowSeconds later;
   * never if null). Events must come in time order.
   */
  class FoodLedger {
    constructor(count, regrowSeconds) {
      this.gone = Array.from({ length: count }, () => []);
      this.regrow = regrowSeconds === null || regrowSeconds === undefined ? Infinity : regrowSeconds;
    }

    take(id, t) {
      if (id >= 0 && id < this.gone.length) {
        this.gone[id].push([t, t + this.regrow]);
      }
    }

    /** The timeline took every item that was there at t. */
    takeAll(t) {
      for (let id = 0; id < this.gone.length; id++) {
        if (this.available(id, t)) {
          this.take(id, t);
        }
      }
    }

    available(id, t) {
      for (const g of this.gone[id]) {
        if (g[0] <= t && t < g[1]) {
          return false;
        }
      }
      return true;
    }
  }

  /** A world for a run without world.json: an empty arena around what the bodies visited. */
  function worldAround(points) {
    let width = 1;
    let height = 1;
    for (const p of points) {
      width = Math.max(width, p[0] + 0.5);
      height = Math.max(height, p[1] + 0.5);
    }
    return { width, height, obstacles: [], timelineObstacles: [], food: { radius: 0.05, items: [] }, lights: [],
      chemicals: [], hazards: [], goals: [], sensors: null, bodies: [] };
  }

  /** A view of `world` on `canvas`; call draw(scene) to paint a moment. */
  function create(canvas, world) {
    const ctx = canvas.getContext('2d');
    let scale = 1;
    let cssHeight = 0;
    let background = null;

    function px(x) {
      return MARGIN + x * scale;
    }

    function py(y) {
      return cssHeight - MARGIN - y * scale;
    }

    function resize() {
      const dpr = window.devicePixelRatio || 1;
      const cssWidth = Math.max(200, canvas.clientWidth || canvas.parentElement.clientWidth || 600);
      scale = Math.min((cssWidth - 2 * MARGIN) / world.width, (window.innerHeight * 0.8 - 2 * MARGIN) / world.height);
      scale = Math.max(scale, 5);
      cssHeight = Math.round(world.height * scale + 2 * MARGIN);
      canvas.style.height = cssHeight + 'px';
      canvas.width = Math.round(cssWidth * dpr);
      canvas.height = Math.round(cssHeight * dpr);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      background = paintBackground(cssWidth, dpr);
    }

    function paintBackground(cssWidth, dpr) {
      const layer = document.createElement('canvas');
      layer.width = canvas.width;
      layer.height = canvas.height;
      const g = layer.getContext('2d');
      g.setTransform(dpr, 0, 0, dpr, 0, 0);
      g.fillStyle = '#fbfaf7';
      g.fillRect(0, 0, cssWidth, cssHeight);
      g.strokeStyle = '#ecebe6';
      g.lineWidth = 1;
      for (let x = 1; x < world.width; x++) {
        line(g, px(x), py(0), px(x), py(world.height));
      }
      for (let y = 1; y < world.height; y++) {
        line(g, px(0), py(y), px(world.width), py(y));
      }
      g.save();
      g.beginPath();
      g.rect(px(0), py(world.height), world.width * scale, world.height * scale);
      g.clip();
      for (const c of world.chemicals || []) {
        const r = 2.5 * c.sigma * scale;
        const grad = g.createRadialGradient(px(c.x), py(c.y), 0, px(c.x), py(c.y), r);
        grad.addColorStop(0, 'rgba(174, 62, 201, ' + Math.min(0.45, 0.25 + 0.2 * c.strength) + ')');
        grad.addColorStop(1, 'rgba(174, 62, 201, 0)');
        g.fillStyle = grad;
        g.beginPath();
        g.arc(px(c.x), py(c.y), r, 0, 2 * Math.PI);
        g.fill();
        label(g, c.id, px(c.x), py(c.y) - 6, '#7b2c8f');
      }
      for (const l of world.lights || []) {
        const r = 2 * l.halfDistance * scale;
        const grad = g.createRadialGradient(px(l.x), py(l.y), 0, px(l.x), py(l.y), r);
        grad.addColorStop(0, 'rgba(250, 200, 20, 0.55)');
        grad.addColorStop(1, 'rgba(250, 200, 20, 0)');
        g.fillStyle = grad;
        g.beginPath();
        g.arc(px(l.x), py(l.y), r, 0, 2 * Math.PI);
        g.fill();
        star(g, px(l.x), py(l.y), 7, '#f59f00');
        label(g, l.id, px(l.x), py(l.y) - 10, '#a16207');
      }
      for (const h of world.hazards || []) {
        g.fillStyle = 'rgba(224, 49, 49, 0.16)';
        g.strokeStyle = 'rgba(224, 49, 49, 0.7)';
        g.setLineDash([5, 4]);
        circle(g, px(h.x), py(h.y), h.radius * scale, true, true);
        g.setLineDash([]);
        label(g, h.id, px(h.x), py(h.y), '#c92a2a');
      }
      for (const goal of world.goals || []) {
        g.fillStyle = 'rgba(47, 158, 68, 0.12)';
        g.strokeStyle = '#2f9e44';
        g.lineWidth = 2;
        circle(g, px(goal.x), py(goal.y), goal.radius * scale, true, true);
        g.lineWidth = 1;
        label(g, goal.id, px(goal.x), py(goal.y), '#2b8a3e');
      }
      g.restore();
      g.strokeStyle = '#343a40';
      g.lineWidth = 3;
      g.strokeRect(px(0), py(world.height), world.width * scale, world.height * scale);
      return layer;
    }

    function line(g, x1, y1, x2, y2) {
      g.beginPath();
      g.moveTo(x1, y1);
      g.lineTo(x2, y2);
      g.stroke();
    }

    function circle(g, x, y, r, fill, stroke) {
      g.beginPath();
      g.arc(x, y, Math.max(r, 0.5), 0, 2 * Math.PI);
      if (fill) {
        g.fill();
      }
      if (stroke) {
        g.stroke();
      }
    }

    function star(g, x, y, r, fill) {
      g.fillStyle = fill;
      g.beginPath();
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + i * Math.PI / 5;
        const rr = i % 2 === 0 ? r : r * 0.45;
        g.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
      }
      g.closePath();
      g.fill();
    }

    function label(g, text, x, y, fill) {
      g.font = '11px system-ui, sans-serif';
      g.fillStyle = fill;
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText(text, x, y);
    }

    function drawObstacles(obstacles) {
      for (const o of obstacles) {
        const moving = !!o.def.path;
        ctx.fillStyle = moving ? '#868e96' : '#adb5bd';
        ctx.strokeStyle = '#495057';
        ctx.lineWidth = 1.5;
        const ax = o.anchor[0];
        const ay = o.anchor[1];
        if (o.def.shape === 'circle') {
          circle(ctx, px(ax), py(ay), o.def.radius * scale, true, true);
        } else {
          const dx = ax - o.def.x;
          const dy = ay - o.def.y;
          ctx.beginPath();
          for (const v of o.def.vertices) {
            ctx.lineTo(px(v[0] + dx), py(v[1] + dy));
          }
          ctx.closePath();
          ctx.fill();
          ctx.stroke();
        }
        if (moving) {
          label(ctx, '\u2194', px(ax), py(ay), '#f8f9fa');
        }
      }
    }

    function drawFood(available) {
      const food = world.food || { items: [] };
      const r = Math.max(3, (food.radius || 0.05) * scale);
      for (let id = 0; id < food.items.length; id++) {
        const item = food.items[id];
        if (available(id)) {
          ctx.fillStyle = '#40c057';
          ctx.strokeStyle = '#2b8a3e';
          ctx.lineWidth = 1;
          circle(ctx, px(item[0]), py(item[1]), r, true, true);
        } else {
          ctx.strokeStyle = 'rgba(43, 138, 62, 0.35)';
          ctx.setLineDash([2, 2]);
          circle(ctx, px(item[0]), py(item[1]), r, false, true);
          ctx.setLineDash([]);
        }
      }
    }

    function drawTrail(a) {
      const trail = a.trail;
      if (!trail || trail.to < trail.from) {
        return;
      }
      ctx.lineWidth = 2;
      ctx.lineJoin = 'round';
      let k = trail.from;
      while (k <= trail.to) {
        const held = trail.o[k] === 1;
        ctx.strokeStyle = held ? OVERRIDE : a.colour;
        ctx.globalAlpha = held ? 0.95 : 0.55;
        ctx.beginPath();
        ctx.moveTo(px(trail.x[Math.max(trail.from, k - 1)]), py(trail.y[Math.max(trail.from, k - 1)]));
        while (k <= trail.to && (trail.o[k] === 1) === held) {
          ctx.lineTo(px(trail.x[k]), py(trail.y[k]));
          k++;
        }
        if (k > trail.to && trail.tip) {
          ctx.lineTo(px(trail.tip[0]), py(trail.tip[1]));
        }
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
    }

    function drawRays(a) {
      const s = world.sensors;
      if (!s) {
        return;
      }
      ctx.strokeStyle = 'rgba(73, 80, 87, 0.22)';
      ctx.lineWidth = 1;
      for (let i = 0; i < s.rays; i++) {
        const offset = s.rays === 1 ? 0 : s.fieldOfView / 2 - i * s.fieldOfView / (s.rays - 1);
        const angle = a.heading + offset;
        const c = Math.cos(angle);
        const sn = Math.sin(angle);
        line(ctx, px(a.x + a.radius * c), py(a.y + a.radius * sn), px(a.x + (a.radius + s.range) * c),
          py(a.y + (a.radius + s.range) * sn));
      }
    }

    function drawGoal(a) {
      if (!a.goal) {
        return;
      }
      ctx.strokeStyle = a.colour;
      ctx.globalAlpha = 0.6;
      ctx.setLineDash([4, 4]);
      ctx.lineWidth = 1.2;
      line(ctx, px(a.x), py(a.y), px(a.goal[0]), py(a.goal[1]));
      ctx.setLineDash([]);
      ctx.globalAlpha = 1;
      const gx = px(a.goal[0]);
      const gy = py(a.goal[1]);
      ctx.lineWidth = 2.2;
      line(ctx, gx - 6, gy - 6, gx + 6, gy + 6);
      line(ctx, gx - 6, gy + 6, gx + 6, gy - 6);
    }

    function drawBody(a, labelled) {
      const r = Math.max(4, a.radius * scale);
      if (a.overriding) {
        ctx.fillStyle = 'rgba(232, 89, 12, 0.25)';
        circle(ctx, px(a.x), py(a.y), r + 6, true, false);
      }
      ctx.fillStyle = a.overriding ? OVERRIDE : a.colour;
      ctx.strokeStyle = '#212529';
      ctx.lineWidth = a.selected ? 2.5 : 1;
      circle(ctx, px(a.x), py(a.y), r, true, true);
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 2;
      line(ctx, px(a.x), py(a.y), px(a.x + a.radius * Math.cos(a.heading) * 1.1),
        py(a.y + a.radius * Math.sin(a.heading) * 1.1));
      if (labelled) {
        label(ctx, a.id, px(a.x), py(a.y) - r - 8, '#212529');
      }
    }

    function drawFlash(f) {
      ctx.strokeStyle = 'rgba(224, 49, 49, ' + (1 - f.age) + ')';
      ctx.lineWidth = 2;
      circle(ctx, px(f.x), py(f.y), 6 + 14 * f.age, false, true);
    }

    /**
     * Paints one moment. scene: {obstacles: from ObstacleTrack.at, foodAvailable(id), agents: [{id, colour, x, y,
     * heading, radius, overriding, selected, goal: [x, y] or null, trail: {x, y, o, from, to, tip}}], flashes:
     * [{x, y, age 0..1}], rays: boolean}.
     */
    function draw(scene) {
      if (!background) {
        resize();
      }
      const dpr = window.devicePixelRatio || 1;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(background, 0, 0);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawObstacles(scene.obstacles || []);
      drawFood(scene.foodAvailable || (() => true));
      for (const a of scene.agents) {
        drawTrail(a);
      }
      ctx.save();
      ctx.beginPath();
      ctx.rect(px(0), py(world.height), world.width * scale, world.height * scale);
      ctx.clip();
      for (const a of scene.agents) {
        if (scene.rays) {
          drawRays(a);
        }
        drawGoal(a);
      }
      ctx.restore();
      for (const f of scene.flashes || []) {
        drawFlash(f);
      }
      const labelled = scene.agents.length <= 12;
      for (const a of scene.agents) {
        drawBody(a, labelled);
      }
    }

    resize();
    return { draw, resize };
  }

  return { create, colour, ObstacleTrack, FoodLedger, worldAround, OVERRIDE };
})();
