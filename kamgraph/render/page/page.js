(function () {
  "use strict";
  // Every text from the data goes into the page with textContent; no HTML is built
  // from strings. Colours come from our own palette (checked against #rrggbb).
  var T = {start: performance.now()};
  window.kgTimes = T;
  // A large map's data comes deflated in base64 (see kamgraph/render/html.py): the
  // browser inflates it (DecompressionStream) before anything is drawn.
  var block = document.getElementById("kg-data");
  if (block.getAttribute("data-encoding") !== "deflate-base64") {
    run(JSON.parse(block.textContent));
    return;
  }
  if (typeof DecompressionStream === "undefined") {  // before 2023 in Firefox and Safari
    document.getElementById("kg-foot").textContent = block.getAttribute("data-too-old");
    return;
  }
  var bin = atob(block.textContent), bytes = new Uint8Array(bin.length);
  for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
  new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate")))
    .text().then(function (text) { T.inflated = performance.now(); run(JSON.parse(text)); });

  function run(spec) {
    T.parsed = performance.now();
    var ui = spec.ui;
    function $(id) { return document.getElementById(id); }
    function el(tag, cls, text) {
      var e = document.createElement(tag);
      if (cls) { e.className = cls; }
      if (text !== undefined && text !== null) { e.textContent = String(text); }
      return e;
    }
    function tip(text) { return el("div", "kg-tip", text); }
    function hex(c) { return /^#[0-9a-fA-F]{6}$/.test(String(c)) ? c : "#999999"; }
    $("kg-title").textContent = spec.title;
    $("kg-foot").textContent = spec.footer;

    // ---- the data and its indexes --------------------------------------------------
    var byId = {}, orig = {}, adj = {}, hiddenTouch = {};
    // vis-network gets an item only once it is first shown (a folded account of 10,000
    // people opens with its departments alone); after that, shown or hidden by a flag
    function visItem(n, look) {
      var o = Object.assign({}, n);
      if (typeof o.title === "string") { o.title = tip(o.title); }
      if (n.kind === "dept" && n.pie) { o.shape = "custom"; o.ctxRenderer = pie(n); delete o.image; }
      if (look === "f") { Object.assign(o, n.from === undefined ? fadeNode(n) : FADE_EDGE); }
      return o;
    }
    // A folded department's stance mix is drawn on the canvas from its slices, with its
    // label below as vis-network places an image's: no image to load and decode before
    // the map can be drawn.
    function pie(n) {
      var r = Number(n.size) || 20, total = 0;
      var slices = n.pie.map(function (s) {
        var c = Math.max(0, Number(s[1]) || 0);
        total += c;
        return [hex(s[0]), c];
      });
      function box(x, y) {  // the disc and the label below it (what fit and hover use)
        var lm = network.body.nodes[n.id].labelModule, b = this.boundingBox;
        var w = Math.max(r, (lm.size.width || 0) / 2);
        b.left = x - w; b.right = x + w; b.top = y - r; b.bottom = y + r + (lm.size.height || 0);
      }
      return function (a) {
        return {drawNode: function () {
          var ctx = a.ctx, node = network.body.nodes[n.id], lit = a.state.selected || a.state.hover;
          var from = -Math.PI / 2;
          ctx.globalAlpha = state[n.id] === "f" ? 0.3 : 1;
          slices.forEach(function (s) {
            var to = from + 2 * Math.PI * s[1] / (total || 1);
            ctx.beginPath(); ctx.moveTo(a.x, a.y); ctx.arc(a.x, a.y, 0.96 * r, from, to);
            ctx.closePath(); ctx.fillStyle = s[0]; ctx.fill();
            from = to;
          });
          ctx.beginPath(); ctx.arc(a.x, a.y, 0.96 * r, 0, 2 * Math.PI);
          ctx.lineWidth = (lit ? 3 : 1) * r / 25; ctx.strokeStyle = lit ? "#000000" : "#555555";
          ctx.stroke();
          ctx.globalAlpha = 1;
          if (node.shape.updateBoundingBox !== box) { node.shape.updateBoundingBox = box; }
          var lm = node.labelModule, size = lm.getTextSize(ctx, a.state.selected, a.state.hover);
          lm.draw(ctx, a.x, a.y + r + (size.lineCount >= 1 ? size.height / 2 : 0),
                  a.state.selected, a.state.hover, "hanging");
          node.shape.updateBoundingBox(a.x, a.y);
        }};
      };
    }
    spec.nodes.forEach(function (n) { byId[n.id] = n; adj[n.id] = []; });
    var collapsible = !!spec.meta.collapse;
    var collapsed = {};
    spec.nodes.forEach(function (n) { if (n.kind === "dept") { collapsed[n.dept] = collapsible; } });
    var S = {stance: "", dept: "", role: "", comp: false, hid: false, unc: false};
    var vis_ = {}, focusId = null, pathIds = null, proxies = {}, extra = {}, near = {};
    // id -> "h" hidden, "f" faded, "n" normal: what the DataSet holds (absent: not in it)
    var state = {};
    var FADE = {background: "rgba(225,225,225,0.35)", border: "rgba(200,200,200,0.35)"};
    var FADE_EDGE = {color: {color: "#dddddd", opacity: 0.25}};
    function fadeNode(n) {
      return {color: FADE,
              font: Object.assign({}, n.font || {}, {color: "rgba(120,120,120,0.25)", strokeWidth: 0})};
    }
    spec.edges.forEach(function (e) {
      if (adj[e.from] && adj[e.to]) { adj[e.from].push(e.to); adj[e.to].push(e.from); }
      if (e.kind === "hidden") { hiddenTouch[e.from] = true; hiddenTouch[e.to] = true; }
    });
    // vis-network starts empty with its drawing held back; the opening items (apply, below)
    // go in once the page around it is built, and the opening view is drawn once, complete
    var data = {nodes: new vis.DataSet(), edges: new vis.DataSet()};
    var network = new vis.Network($("kg-net"), data, spec.options);
    network.body.emitter.emit("_blockRedraw");
    T.network = performance.now();
    window.network = network;

    // ---- legend --------------------------------------------------------------------
    var legend = $("kg-legend");
    var legendHead = el("h3", "", ui.legend || "Legend");
    legendHead.addEventListener("click", function () { legend.classList.toggle("kg-folded"); });
    legend.appendChild(legendHead);
    spec.legend.forEach(function (it) {
      if (it.kind === "text") { legend.appendChild(el("div", "kg-lt", it.label)); return; }
      var row = el("div", "kg-li"), sw;
      if (it.kind === "edge") {
        sw = el("span", "kg-ln");
        sw.style.borderTop = Math.max(1, Number(it.width) || 2) + "px " +
          (it.dashes ? "dashed " : "solid ") + hex(it.color);
      } else {
        sw = el("span", "kg-sw " + (["box", "diamond", "star"].indexOf(it.shape) >= 0 ? it.shape : ""));
        sw.style.background = hex(it.color);
        sw.style.border = Math.max(1, Number(it.borderWidth) || 1) + "px " +
          (it.dashes ? "dashed " : "solid ") + hex(it.border);
      }
      row.appendChild(sw);
      row.appendChild(el("span", "", it.label));
      legend.appendChild(row);
    });
    if (spec.groups && spec.groups.length && !spec.meta.matrix) {
      legend.appendChild(el("div", "kg-lt", ui.department || ""));
      spec.groups.forEach(function (g) {
        legend.appendChild(el("div", "kg-li", g.label + " (" + g.count + ")"));
      });
    }
    if (spec.meta.matrix || spec.meta.collapse) { legend.classList.add("kg-folded"); }

    // ---- filter bar ----------------------------------------------------------------
    var bar = $("kg-bar");
    function select(key, label, options) {
      var wrap = el("label", "kg-f", label + " ");
      var s = el("select");
      s.id = "kg-f-" + key;
      var any = el("option", "", ui.any); any.value = ""; s.appendChild(any);
      options.forEach(function (o) { var op = el("option", "", o[1]); op.value = o[0]; s.appendChild(op); });
      s.addEventListener("change", function () { S[key] = s.value; apply(); });
      wrap.appendChild(s);
      bar.appendChild(wrap);
      return s;
    }
    function check(key, label, show) {
      if (!show) { return null; }
      var wrap = el("label", "kg-f"), c = el("input");
      c.type = "checkbox"; c.id = "kg-f-" + key;
      c.addEventListener("change", function () { S[key] = c.checked; apply(); });
      wrap.appendChild(c); wrap.appendChild(document.createTextNode(" " + label));
      bar.appendChild(wrap);
      return c;
    }
    bar.appendChild(el("span", "kg-bt", ui.filters));
    select("stance", ui.stance, [["sup", ui.supporters], ["neu", ui.neutral],
                                 ["opp", ui.opponents], ["unk", ui.unassessed]]);
    if (spec.filters.departments && spec.filters.departments.length) {
      select("dept", ui.department, spec.filters.departments);
    }
    if (spec.filters.roles && spec.filters.roles.length) { select("role", ui.role, spec.filters.roles); }
    check("comp", ui.compsup, spec.nodes.some(function (n) { return !!n.supports; }));
    check("hid", ui.hiddenonly, Object.keys(hiddenTouch).length > 0);
    check("unc", ui.uncovered, spec.nodes.some(function (n) { return n.key && n.gap; }));
    var clear = el("button", "kg-btn", ui.clear);
    clear.addEventListener("click", function () {
      Object.keys(S).forEach(function (k) { S[k] = (typeof S[k] === "boolean") ? false : ""; });
      bar.querySelectorAll("select").forEach(function (s) { s.value = ""; });
      bar.querySelectorAll("input").forEach(function (c) { c.checked = false; });
      apply();
    });
    bar.appendChild(clear);
    var shown = el("span", "kg-shown");
    bar.appendChild(shown);

    function filtering() { return !!(S.stance || S.dept || S.role || S.comp || S.hid || S.unc); }
    function passes(n) {
      if (n.kind === "cell") { n = byId[n.person] || n; }
      if (n.kind !== "person") { return true; }
      var v = n.stance;
      if (S.stance === "sup" && !(v >= 1)) { return false; }
      if (S.stance === "neu" && v !== 0) { return false; }
      if (S.stance === "opp" && !(v <= -1)) { return false; }
      if (S.stance === "unk" && v !== null && v !== undefined) { return false; }
      if (S.dept && n.dept !== S.dept) { return false; }
      if (S.role && (n.roles || []).indexOf(S.role) < 0) { return false; }
      if (S.comp && !n.supports) { return false; }
      if (S.hid && !hiddenTouch[n.id]) { return false; }
      if (S.unc && !(n.key && n.gap)) { return false; }
      return true;
    }

    // ---- visibility: filters, folded departments, focus, path -----------------------
    function wanted(n) {
      var f = filtering();
      if (pathIds && pathIds[n.id]) { return true; }
      if (n.kind === "dept") { return !f && collapsed[n.dept] === true; }
      if (n.kind === "staff" && n.pathOnly) { return false; }
      if (n.kind === "person" && !f && n.dept && collapsed[n.dept] === true) { return false; }
      if (f && n.kind === "heading" && !spec.meta.matrix) { return false; }
      return passes(n);
    }
    function rep(id) {
      if (vis_[id]) { return id; }
      var n = byId[id];
      if (n && n.kind === "person" && n.dept && !filtering() && collapsed[n.dept] === true) {
        return "dept:" + n.dept;
      }
      return null;
    }
    function faded(n) { return focusId !== null && near[n.id] === undefined; }
    function neighbourhood(id) {
      var out = {}; out[id] = 0;
      var front = [id];
      for (var step = 1; step <= 2; step++) {
        var next = [];
        front.forEach(function (u) {
          (adj[u] || []).forEach(function (v) {
            if (out[v] === undefined && vis_[v]) { out[v] = step; next.push(v); }
          });
        });
        front = next;
      }
      return out;
    }
    // Flags and colours of items vis-network already holds are set on its own objects and
    // refreshed once ("_dataChanged"): a DataSet update re-parses every item's options,
    // too slow for a filter or a focus over thousands of people.
    var dirty = false;
    function fast(item, isEdge, look, was) {
      var obj = network && (isEdge ? network.body.edges[item.id] : network.body.nodes[item.id]);
      if (!obj || !obj.options) { return false; }
      if (!obj.kgOrig) {
        obj.kgOrig = {color: obj.options.color,
                      font: isEdge ? null : {color: obj.labelModule.fontOptions.color,
                                             strokeWidth: obj.labelModule.fontOptions.strokeWidth}};
      }
      obj.options.hidden = look === "h";
      if (look === "f") {
        if (isEdge) {
          obj.options.color = Object.assign({}, obj.kgOrig.color, {color: "#dddddd",
            highlight: "#dddddd", hover: "#dddddd", opacity: 0.25, inherit: false});
        } else {
          obj.options.color = Object.assign({}, obj.kgOrig.color, FADE);
          obj.labelModule.fontOptions.color = "rgba(120,120,120,0.25)";
          obj.labelModule.fontOptions.strokeWidth = 0;
        }
      } else if (was === "f") {
        obj.options.color = obj.kgOrig.color;
        if (!isEdge) {
          obj.labelModule.fontOptions.color = obj.kgOrig.font.color;
          obj.labelModule.fontOptions.strokeWidth = obj.kgOrig.font.strokeWidth;
        }
      }
      dirty = true;
      return true;
    }
    function change(n, look, add, up) {
      var was = state[n.id];
      if (was === look || (was === undefined && look === "h")) { return; }
      state[n.id] = look;
      if (was === undefined) { add.push(visItem(n, look)); return; }
      if (fast(n, n.from !== undefined, look, was)) { return; }
      var o = {id: n.id, hidden: look === "h"};
      if (look === "f") { Object.assign(o, n.from === undefined ? fadeNode(n) : FADE_EDGE); }
      else if (look === "n" && was === "f") {
        o.color = n.color;
        if (n.from === undefined) { o.font = n.font || {}; }
      }
      up.push(o);
    }
    function apply() {
      var t0 = performance.now();
      var nUp = [], nAdd = [], count = 0, total = 0;
      spec.nodes.forEach(function (n) { vis_[n.id] = wanted(n); });
      Object.keys(extra).forEach(function (id) { vis_[id] = true; });
      near = focusId !== null ? neighbourhood(focusId) : {};
      if (pathIds) { Object.keys(pathIds).forEach(function (id) { near[id] = 1; }); }
      spec.nodes.forEach(function (n) {
        var look = !vis_[n.id] ? "h" : (faded(n) ? "f" : "n");
        if (n.kind === "person") { total++; if (vis_[n.id]) { count++; } }
        if (n.kind === "dept" && vis_[n.id]) { count += n.count || 0; }
        change(n, look, nAdd, nUp);
      });
      if (nAdd.length) { data.nodes.add(nAdd); }
      if (nUp.length) { data.nodes.update(nUp); }
      var eUp = [], eAdd = [];
      spec.edges.forEach(function (e) {
        var on = vis_[e.from] && vis_[e.to] && (!S.hid || e.kind === "hidden");
        var look = !on ? "h" : ((focusId !== null && !(near[e.from] !== undefined &&
                    near[e.to] !== undefined)) ? "f" : "n");
        change(e, look, eAdd, eUp);
      });
      if (eAdd.length) { data.edges.add(eAdd); }
      if (eUp.length) { data.edges.update(eUp); }
      // links into folded departments, drawn as one line per pair of departments
      var want = {};
      if (collapsible && !filtering()) {
        spec.edges.forEach(function (e) {
          if (vis_[e.from] && vis_[e.to]) { return; }
          var a = rep(e.from), b = rep(e.to);
          if (!a || !b || a === b) { return; }
          var k = a < b ? a + "|" + b : b + "|" + a;
          want[k] = (want[k] || 0) + 1;
        });
      }
      var add = [];
      Object.keys(proxies).forEach(function (k) {  // kept in vis-network, hidden when unused
        if (!want[k] && proxies[k]) { fast({id: "px:" + k}, true, "h", "n"); proxies[k] = 0; }
      });
      Object.keys(want).forEach(function (k) {
        if (proxies[k] === want[k]) { return; }
        var width = Math.min(12, 1 + Math.log2(want[k]));
        if (proxies[k] === undefined) {
          var ends = k.split("|");
          add.push({id: "px:" + k, from: ends[0], to: ends[1], kind: "proxy", smooth: false,
                    width: width, color: {color: "#9aa5ad", opacity: 0.55},
                    title: tip(want[k] + " \u2194")});
        } else {
          var obj = network.body.edges["px:" + k];
          if (obj) { obj.options.width = width; }
          fast({id: "px:" + k}, true, "n", "h");
        }
        proxies[k] = want[k];
      });
      if (add.length) { data.edges.add(add); }
      if (dirty) {  // what vis-network's own "_dataUpdated" does for a change of flags
        dirty = false;
        network._updateVisibleIndices();
        network.body.emitter.emit("_requestRedraw");
      }
      shown.textContent = count + " " + ui.of + " " + total + " " + ui.shown;
      window.kgLastApplyMs = performance.now() - t0;
    }

    // ---- the person panel --------------------------------------------------------------
    var panel = $("kg-panel");
    function closePanel() {
      panel.classList.remove("kg-open"); panel.textContent = "";
      document.body.classList.remove("kg-paneled");
    }
    function showPath(id) {
      var p = spec.panels[id];
      clearPath();
      if (!p || !p.path) { return false; }
      pathIds = {};
      p.path.forEach(function (x) { pathIds[x] = true; });
      apply();  // the people on the path are shown, even in a folded department
      var pathEdges = [];
      var pos = network.getPositions(p.path.filter(function (x) { return !!byId[x]; }));
      p.path.forEach(function (x, i) {
        if (!byId[x]) {  // one of our staff: placed beside the first person on the path
          var next = pos[p.path[i + 1]] || pos[id] || {x: 0, y: 0};
          var sp = spec.panels[x] || {name: x};
          extra[x] = true;
          data.nodes.add({id: x, label: sp.name, shape: "box", x: next.x - 160, y: next.y - 90,
                          color: {background: "#4f81bd", border: "#1f3b5a"},
                          font: {color: "#ffffff", size: 16}, kind: "staff"});
          byId[x] = {id: x, kind: "staff", pathStaff: true};
          adj[x] = [];
        }
        if (i) {
          pathEdges.push({id: "path:" + i, from: p.path[i - 1], to: x, width: 5, kind: "path",
                          color: {color: "#e6550d"}, arrows: "to", smooth: false});
        }
      });
      data.edges.add(pathEdges);
      apply();
      network.fit({nodes: p.path, animation: false});
      if (network.getScale() > 1.3) { network.moveTo({scale: 1.3, animation: false}); }
      return true;
    }
    function clearPath() {
      if (!pathIds) { return; }
      data.edges.remove(data.edges.getIds({filter: function (e) { return e.kind === "path"; }}));
      Object.keys(extra).forEach(function (x) { data.nodes.remove(x); delete byId[x]; delete adj[x]; });
      extra = {};
      pathIds = null;
    }
    // closeness by month as a small SVG drawn from numbers only (the words as textContent)
    function spark(c) {
      var NS = "http://www.w3.org/2000/svg", W = 220, H = 36, pad = 3;
      var sec = el("section", "kg-sec kg-spark");
      sec.appendChild(el("h4", "", c.title));
      var svg = document.createElementNS(NS, "svg");
      svg.setAttribute("width", W); svg.setAttribute("height", H);
      svg.setAttribute("viewBox", "0 0 " + W + " " + H);
      var sc = (c.scores || []).map(function (v) { return Math.max(0, Math.min(100, Number(v) || 0)); });
      var n = Math.max(1, sc.length - 1), pts = sc.map(function (v, i) {
        return [pad + (W - 2 * pad) * i / n, H - pad - (H - 2 * pad) * v / 100];
      });
      var color = c.falling ? "#c0392b" : "#2c7fb8";
      var base = document.createElementNS(NS, "line");
      base.setAttribute("x1", pad); base.setAttribute("x2", W - pad);
      base.setAttribute("y1", H - pad); base.setAttribute("y2", H - pad);
      base.setAttribute("stroke", "#cccccc"); svg.appendChild(base);
      if (pts.length) {
        var line = document.createElementNS(NS, "polyline");
        line.setAttribute("points", pts.map(function (q) { return q[0].toFixed(1) + "," + q[1].toFixed(1); }).join(" "));
        line.setAttribute("fill", "none"); line.setAttribute("stroke", color);
        line.setAttribute("stroke-width", "1.8"); svg.appendChild(line);
        var dot = document.createElementNS(NS, "circle"), last = pts[pts.length - 1];
        dot.setAttribute("cx", last[0].toFixed(1)); dot.setAttribute("cy", last[1].toFixed(1));
        dot.setAttribute("r", "2.6"); dot.setAttribute("fill", color); svg.appendChild(dot);
      }
      var tip = document.createElementNS(NS, "title");
      tip.textContent = (c.months || []).map(function (m, i) { return m + " " + Math.round(sc[i]); }).join(", ");
      svg.appendChild(tip);
      sec.appendChild(svg);
      sec.appendChild(el("div", "kg-sub", c.note));
      return sec;
    }
    function openPanel(id) {
      var p = spec.panels[id];
      panel.textContent = "";
      if (!p) { closePanel(); return; }
      var close = el("button", "kg-x", "\u00d7");
      close.title = ui.close;
      close.addEventListener("click", function () { closePanel(); focus(null); });
      panel.appendChild(close);
      panel.appendChild(el("h2", "", p.name));
      if (p.sub) { panel.appendChild(el("div", "kg-sub", p.sub)); }
      if (p.path) {
        var b = el("button", "kg-btn kg-pathbtn", ui.path);
        b.addEventListener("click", function () { showPath(id); });
        panel.appendChild(b);
        panel.appendChild(el("div", "kg-pathtext", p.pathText || ""));
      } else if (byId[id] && byId[id].kind === "person") {
        panel.appendChild(el("div", "kg-pathtext", ui.nopath));
      }
      if (p.closeness) { panel.appendChild(spark(p.closeness)); }
      p.sections.forEach(function (s) {
        var sec = el("section", "kg-sec");
        sec.appendChild(el("h4", "", s[0]));
        var lines = s[1] || [];
        if (!lines.length) { sec.appendChild(el("div", "kg-none", "\u2014")); }
        var ul = el("ul");
        lines.forEach(function (t) { ul.appendChild(el("li", "", t)); });
        if (lines.length) { sec.appendChild(ul); }
        panel.appendChild(sec);
      });
      if (byId[id] && byId[id].kind === "dept") { return; }
      panel.classList.add("kg-open");
      document.body.classList.add("kg-paneled");  // hover cards would cover the panel
    }
    function focus(id) {
      focusId = id;
      if (id === null) { clearPath(); }
      apply();
    }
    window.kgFocus = function (id) { focus(id); return window.kgLastApplyMs; };
    window.kgShowPath = showPath;
    window.kgOpenPanel = openPanel;
    window.kgApply = function (f) { Object.assign(S, f || {}); apply(); return window.kgLastApplyMs; };
    window.kgVisibleIds = function () {
      return data.nodes.getIds().filter(function (id) {
        return network.body.nodes[id] && !network.body.nodes[id].options.hidden;
      });
    };
    window.kgNear = function () { return Object.keys(near); };

    network.on("click", function (ev) {
      if (!ev.nodes.length) { closePanel(); focus(null); return; }
      var id = ev.nodes[0], n = byId[id];
      window.kgLastClick = id;
      if (!n) { return; }
      if (n.kind === "dept") {  // unfold the department and zoom to its people
        collapsed[n.dept] = false;
        apply();
        var members = spec.nodes.filter(function (m) {
          return m.kind === "person" && m.dept === n.dept;
        }).map(function (m) { return m.id; });
        network.fit({nodes: members, animation: false});
        return;
      }
      if (n.kind === "cell") { id = n.person; n = byId[id]; }
      if (n.kind === "heading") { return; }
      clearPath();
      openPanel(id);
      focus(spec.meta.matrix ? null : id);
      if (spec.meta.matrix) { network.selectNodes([id]); }
    });

    // ---- toolbar: fold/unfold, PNG, print ------------------------------------------------
    var tools = $("kg-tools");
    function button(label, fn, id) {
      var b = el("button", "kg-btn", label);
      if (id) { b.id = id; }
      b.addEventListener("click", fn);
      tools.appendChild(b);
      return b;
    }
    var folded = true, fold = null;
    function foldAll(on) {
      folded = on;
      Object.keys(collapsed).forEach(function (d) { collapsed[d] = on; });
      if (fold) { fold.textContent = on ? ui.expandall : ui.collapseall; }
      apply();
      return window.kgLastApplyMs;
    }
    window.kgFoldAll = foldAll;
    if (collapsible) { fold = button(ui.expandall, function () { foldAll(!folded); }, "kg-fold"); }
    function exportCanvas(ratio) {
      var cv = network.canvas;
      var saved = cv._determinePixelRatio;
      cv._determinePixelRatio = function () { return ratio; };
      cv.setSize(); network.redraw();
      var src = $("kg-net").querySelector("canvas");
      var out = document.createElement("canvas");
      out.width = src.width; out.height = src.height;
      var ctx = out.getContext("2d");
      ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, out.width, out.height);
      ctx.drawImage(src, 0, 0);
      ctx.fillStyle = "#222222";
      ctx.font = "bold " + (16 * ratio) + "px " + spec.options.nodes.font.face;
      ctx.fillText(spec.title, 12 * ratio, 24 * ratio);
      ctx.font = (11 * ratio) + "px " + spec.options.nodes.font.face;
      ctx.fillStyle = "#444444";
      ctx.fillText(spec.footer, 12 * ratio, out.height - 10 * ratio);
      cv._determinePixelRatio = saved;
      cv.setSize(); network.redraw();
      return out;
    }
    window.kgExportPNG = function () { return exportCanvas(2).toDataURL("image/png"); };
    button(ui.png, function () {
      exportCanvas(2).toBlob(function (blob) {
        var a = el("a");
        a.href = URL.createObjectURL(blob);
        a.download = (spec.meta.account || "map") + "-" + spec.meta.view + ".png";
        document.body.appendChild(a); a.click(); a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
      }, "image/png");
    }, "kg-png");
    button(ui.print, function () { closePanel(); window.print(); }, "kg-print");

    // ---- search ------------------------------------------------------------------------
    var box = $("kg-search"), count = $("kg-count");
    box.placeholder = ui.search;
    function find(q) {
      q = q.trim().toLowerCase();
      if (!q) { return []; }
      return spec.nodes.filter(function (n) {
        return n.kind !== "heading" && n.kind !== "cell" && ((n.search || "").indexOf(q) >= 0 ||
          String(n.label || "").toLowerCase().indexOf(q) >= 0);
      }).map(function (n) { return n.id; });
    }
    function show(ids, zoom) {
      ids.forEach(function (id) {
        var n = byId[id];
        if (n && n.kind === "person" && n.dept && collapsed[n.dept]) { collapsed[n.dept] = false; }
      });
      if (ids.length && collapsible) { apply(); }
      ids = ids.filter(function (id) { return vis_[id]; });
      network.selectNodes(ids);
      count.textContent = box.value.trim() ? (ids.length ? ids.length + " " + ui.matches
                                                       : ui.nomatch) : "";
      if (zoom && ids.length === 1) {
        network.focus(ids[0], {scale: 1.4, animation: false});
      } else if (zoom && ids.length > 1) {
        network.fit({nodes: ids, animation: false});
      }
    }
    box.addEventListener("input", function () { show(find(box.value), false); });
    box.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { show(find(box.value), true); } });
    window.kgFind = find;

    // ---- opening view: the legend's room, key persons legible ---------------------------
    T.ui = performance.now();
    apply();  // the opening items, with the links between folded departments
    T.applied = performance.now();
    network.redraw();  // held back: sizes the canvas only
    // a drawing that is cleared at once ("hidden"): it measures every label, which fit needs
    network.body.emitter.emit("_allowRedraw");
    network.renderer._redraw(true);
    network.body.emitter.emit("_blockRedraw");
    // fit the map into the canvas right of the legend
    var lw = legend.classList.contains("kg-folded") ? 0 : legend.offsetWidth + 16;
    var cw = $("kg-net").clientWidth || 1;
    network.fit({animation: false});
    var s = network.getScale() * Math.min(1, (cw - lw) / cw) * 0.97, p = network.getViewPosition();
    network.moveTo({position: {x: p.x - lw / 2 / s, y: p.y}, scale: s, animation: false});
    if (spec.meta.matrix && s < 0.85) {  // a long matrix opens at its top, readable
      var pos = network.getPositions(), top = Infinity, xs = [];
      Object.keys(pos).forEach(function (k) { top = Math.min(top, pos[k].y); xs.push(pos[k].x); });
      var ch = $("kg-net").clientHeight || 1;
      var cx = (Math.min.apply(null, xs) + Math.max.apply(null, xs)) / 2;
      network.moveTo({position: {x: cx, y: top - 30 + ch / 2 / 0.85}, scale: 0.85,
                      animation: false});
    }
    s = network.getScale();
    var up = [];
    spec.nodes.forEach(function (n) {
      if (state[n.id] === undefined) { return; }  // folded away: sized when shown
      var least = n.kind === "dept" ? 14 : (n.key ? 13 : (spec.meta.legible ? 12.5 : 0));
      if (least && n.font && n.font.size * s < least && n.kind !== "cell") {
        n.font = Object.assign({}, n.font, {size: Math.min(least / s, 200)});
        up.push({id: n.id, font: n.font});
      }
    });
    if (up.length) { data.nodes.update(up); }
    T.opened = performance.now();
    // the departments' stance pies are images: drawn once loaded, so the clock of the first
    // drawing (window.kgDrawn, read by `kamgraph bench`) stops on a complete picture
    imagesLoaded(function () {
      T.images = performance.now();
      network.body.emitter.emit("_allowRedraw");
      network.once("afterDrawing", function () { window.kgDrawn = performance.now(); });
      network.redraw();
      document.body.setAttribute("data-ready", "1");
      setTimeout(warmUp, 50);
    });

    function imagesLoaded(done) {
      var cache = (network.images && network.images.images) || {};
      var waiting = Object.keys(cache).map(function (k) { return cache[k]; }).filter(function (c) {
        return c && c.image && typeof c.initialized === "function" && !c.initialized() &&
          !(c.image.complete && c.image.naturalWidth === 0 && c.image.src);  // broken: drawn empty
      });
      if (!waiting.length) { done(); return; }
      var left = waiting.length;
      waiting.forEach(function (c) {
        // vis-network's own onload (set before ours) readies the image first
        function one() { if (--left === 0) { setTimeout(done, 0); } }
        c.image.addEventListener("load", one, {once: true});
        c.image.addEventListener("error", one, {once: true});
      });
    }

    // after the first drawing, hand vis-network the rest (hidden) in small batches, so
    // that filters and unfolding later only flip flags
    function warmUp() {
      var pn = spec.nodes.filter(function (n) { return state[n.id] === undefined; });
      var pe = spec.edges.filter(function (e) { return state[e.id] === undefined; });
      function batch(list, set, size) {
        var add = [];
        while (list.length && add.length < size) {
          var it = list.pop();
          if (state[it.id] === undefined) {
            state[it.id] = "h";
            var o = visItem(it, "n");
            o.hidden = true;
            add.push(o);
          }
        }
        if (!add.length) { return; }
        // hidden items change nothing on screen: no redraw for them
        network.body.emitter.emit("_blockRedraw");
        try { set.add(add); } finally { network.body.emitter.emit("_allowRedraw"); }
      }
      // in slices of about 25 ms, so that a click or a zoom meanwhile is answered at once
      function step() {
        var t0 = performance.now();
        while ((pn.length || pe.length) && performance.now() - t0 < 25) {
          if (pn.length) { batch(pn, data.nodes, 100); } else { batch(pe, data.edges, 250); }
        }
        if (pn.length || pe.length) { setTimeout(step, 4); } else { window.kgWarm = true; }
      }
      step();
    }
  }
})();
