// duiqi review page: renders the beads written by HtmlReviewWriter, edits them and exports the
// result. The exports follow format/LadderWriter, TsvWriter and TmxWriter byte for byte (the
// browser tests compare them with `duiqi convert`): change both sides together.
(function () {
  'use strict';
  var meta = JSON.parse(document.getElementById('duiqi-meta').textContent);
  var raw = JSON.parse(document.getElementById('duiqi-beads').textContent);
  var LOW = meta.lowScoreThreshold;
  var VERY_LOW = Math.min(0.25, LOW);
  var CHECK = Math.max(0.8, LOW);
  var EDITED = '1.0000';
  var LIST_SIZE = 30;
  // the first rows are drawn at once, the rest in chunks after the first frame
  var FIRST_ROWS = 120, CHUNK_ROWS = 500;

  // sentences by index, and the beads as the aligner gave them
  var zh = [], zhVotes = [], en = [], initial = [], ids = [];
  var complete = meta.beadsOmitted === 0, nextZ = 0, nextE = 0;
  raw.forEach(function (r, k) {
    var z = r[1], e = r[2];
    if (r[0] !== k || z !== nextZ || e !== nextE) { complete = false; }
    nextZ = z + r[3].length; nextE = e + r[5].length;
    for (var a = 0; a < r[3].length; a++) { zh[z + a] = r[3][a]; zhVotes[z + a] = r[4][a]; }
    for (var b = 0; b < r[5].length; b++) { en[e + b] = r[5][b]; }
    initial.push({zn: r[3].length, en: r[5].length, o: r[6], c: false, x: false});
    ids.push(r[0]);
  });
  // the pair's verdict (DocumentVerdict), when the writer had the whole alignment
  if (meta.parallel) {
    var slot = document.getElementById('verdict');
    var said = {parallel: 'the two texts look like translations of each other',
      uncertain: 'cannot tell whether the two texts are translations of each other',
      unrelated: 'the two texts do not look like translations of each other: the bead scores assume they are'};
    slot.textContent = 'Parallel ' + meta.parallel.probability + ': ' + said[meta.parallel.verdict] + '.';
    if (meta.parallel.verdict === 'unrelated') { slot.className += ' warn'; }
    slot.hidden = false;
  }
  var zhPara = {}, enPara = {};
  meta.chineseParagraphs.forEach(function (i) { zhPara[i] = true; });
  meta.englishParagraphs.forEach(function (i) { enPara[i] = true; });

  var beads = initial.map(copy);
  var zStart = [], eStart = [];
  var undo = [];      // {at, removed, added, op}
  var log = [];       // the operations, in order: what local storage keeps
  var sel = beads.length ? 0 : -1;
  var cut = null;     // {z, e}: the split point picked in the selected bead
  var filter = '';
  var storageKey = 'duiqi-review:' + meta.documentKey + ':' + initial.length;
  var note = '';

  function copy(b) { return {zn: b.zn, en: b.en, o: b.o, c: b.c, x: b.x}; }

  function recount() {
    var z = 0, e = 0;
    zStart.length = beads.length; eStart.length = beads.length;
    for (var i = 0; i < beads.length; i++) {
      // a partial page (beads left out) is never edited: its beads stand where they were
      if (!complete) { z = raw[i][1]; e = raw[i][2]; }
      zStart[i] = z; eStart[i] = e; z += beads[i].zn; e += beads[i].en;
    }
  }

  // ---- scores and classes ----
  function score(b) { return b.x || b.c ? EDITED : b.o; }
  function value(b) { return +score(b); }
  function classes(i) {
    var b = beads[i], s = value(b), c = 'row';
    if (s < VERY_LOW) { c += ' band0'; } else if (s < LOW) { c += ' band1'; } else if (s < CHECK) { c += ' band2'; }
    if (s < LOW) { c += ' low'; }
    if (s < CHECK) { c += ' check'; }
    if (b.zn === 0 || b.en === 0) { c += ' empty'; }
    if (b.c || b.x) { c += ' done'; } else if (s < CHECK) { c += ' todo'; }
    if (i > 0 && (b.zn > 0 && zhPara[zStart[i]] || b.en > 0 && enPara[eStart[i]])) { c += ' para'; }
    if (i === sel) { c += ' sel'; }
    return c;
  }

  // ---- text as Java writes it: Bead.chineseText/englishText and format/TextPolicy ----
  function isLoneSurrogate(s, i) {
    var c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF) {
      var d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      return !(d >= 0xDC00 && d <= 0xDFFF);
    }
    if (c >= 0xDC00 && c <= 0xDFFF) {
      var p = i > 0 ? s.charCodeAt(i - 1) : 0;
      return !(p >= 0xD800 && p <= 0xDBFF);
    }
    return false;
  }
  function isXmlChar(s, i) {
    var c = s.charCodeAt(i);
    if (c < 0x20) { return c === 9 || c === 10 || c === 13; }
    if (c >= 0xD800 && c <= 0xDFFF) { return !isLoneSurrogate(s, i); }
    return c !== 0xFFFE && c !== 0xFFFF;
  }
  function isHtmlUnsafe(s, i) {
    var c = s.charCodeAt(i);
    return !isXmlChar(s, i) || (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF);
  }
  function hex4(c) { var h = c.toString(16).toUpperCase(); return '0000'.slice(h.length) + h; }
  function tsvEscape(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var ch = s.charAt(i);
      if (ch === '\\') { out += '\\\\'; } else if (ch === '\t') { out += '\\t'; }
      else if (ch === '\n') { out += '\\n'; } else if (ch === '\r') { out += '\\r'; }
      else if (isLoneSurrogate(s, i)) { out += '\\u' + hex4(s.charCodeAt(i)); }
      else if (ch === '"' && i === 0) { out += '\\u0022'; }   // csv and pandas would read a quoted field
      else { out += ch; }
    }
    return out;
  }
  /** TextPolicy.xmlSafe, then what the JDK's XMLStreamWriter escapes, and CR as &#13;. */
  function xmlText(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var ch = s.charAt(i);
      if (!isXmlChar(s, i)) { out += '\uFFFD'; } else if (ch === '&') { out += '&amp;'; }
      else if (ch === '<') { out += '&lt;'; } else if (ch === '>') { out += '&gt;'; }
      else if (ch === '\r') { out += '&#13;'; } else { out += ch; }
    }
    return out;
  }
  function xmlAttr(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function html(s) {
    var out = '', from = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i), rep = null;
      if (c === 38) { rep = '&amp;'; } else if (c === 60) { rep = '&lt;'; } else if (c === 62) { rep = '&gt;'; }
      else if (c === 34) { rep = '&quot;'; }
      else if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7F && c <= 0x9F) || c >= 0xD800
          && isHtmlUnsafe(s, i)) {
        rep = '<span class="ctl">U+' + hex4(c) + '</span>';
      }
      if (rep !== null) { out += s.slice(from, i) + rep; from = i + 1; }
    }
    return from === 0 ? s : out + s.slice(from);
  }
  function chineseText(i) { return zh.slice(zStart[i], zStart[i] + beads[i].zn).join(''); }
  function englishText(i) { return en.slice(eStart[i], eStart[i] + beads[i].en).join(' '); }
  function votes(i) {
    var v = 0;
    for (var k = zStart[i]; k < zStart[i] + beads[i].zn; k++) { v += zhVotes[k]; }
    return v;
  }
  function range(from, n) {
    var r = [];
    for (var k = 0; k < n; k++) { r.push(from + k); }
    return r.join(',');
  }

  // ---- exports: identical to the command line's writers for the same beads ----
  function exportLadder() {
    var out = [];
    for (var i = 0; i < beads.length; i++) {
      out.push('[' + range(zStart[i], beads[i].zn) + ']:[' + range(eStart[i], beads[i].en) + ']:'
          + score(beads[i]) + '\n');
    }
    return out.join('');
  }
  function exportTsv() {
    var out = [];
    for (var i = 0; i < beads.length; i++) {
      out.push(tsvEscape(chineseText(i)) + '\t' + tsvEscape(englishText(i)) + '\t' + score(beads[i]) + '\n');
    }
    return out.join('');
  }
  function exportTmx() {
    // TmxWriter: the document's script is the first non-zero balance of votes over at most
    // LOOKAHEAD beads, Simplified when none decides; a bead's own votes label its Chinese
    var docScript = meta.chineseScript;
    if (docScript === null) {
      var held = 0;
      docScript = 'zh-Hans';
      for (var k = 0; k < beads.length && k < meta.tmxLookahead; k++) {
        held += votes(k);
        if (held !== 0) { docScript = held > 0 ? 'zh-Hant' : 'zh-Hans'; break; }
      }
    }
    var out = ['<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n  <header'
        + ' creationtool="' + xmlAttr(meta.creationTool) + '" creationtoolversion="' + xmlAttr(meta.creationToolVersion)
        + '" segtype="sentence" o-tmf="' + xmlAttr(meta.creationTool) + '" adminlang="en" srclang="' + docScript
        + '" datatype="plaintext"' + (meta.creationDate ? ' creationdate="' + xmlAttr(meta.creationDate) + '"' : '')
        + '/>\n  <body>'];
    for (var i = 0; i < beads.length; i++) {
      var v = votes(i);
      var script = meta.chineseScript !== null ? meta.chineseScript : v > 0 ? 'zh-Hant' : v < 0 ? 'zh-Hans' : docScript;
      out.push('\n    <tu tuid="' + i + '">\n      <prop type="x-duiqi-score">' + score(beads[i]) + '</prop>\n      <tuv xml:lang="'
          + script + '"><seg>' + xmlText(chineseText(i)) + '</seg></tuv>\n      <tuv xml:lang="en"><seg>'
          + xmlText(englishText(i)) + '</seg></tuv>\n    </tu>');
    }
    out.push('\n  </body>\n</tmx>\n');
    return out.join('');
  }
  var EXPORTS = {ladder: [exportLadder, 'align'], tsv: [exportTsv, 'tsv'], tmx: [exportTmx, 'tmx']};
  function exportName(ext) {
    var first = meta.title.split(' + ')[0].split(/[\\/]/).pop().replace(/\.[^.]*$/, '');
    var base = first.replace(/[^\w.\-\u3400-\u9fff]+/g, '_').replace(/^[_.]+|_+$/g, '') || 'alignment';
    return base + '.reviewed.' + ext;
  }
  function download(format) {
    var e = EXPORTS[format];
    var blob = new Blob([e[0]()], {type: 'text/plain;charset=utf-8'});
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = exportName(e[1]);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }

  // ---- edits: each replaces beads [at, at + removed) by new ones and can be undone ----
  function edited(zn, en) { return {zn: zn, en: en, o: null, c: true, x: true}; }
  function replace(at, count, added, op) {
    var removed = beads.splice.apply(beads, [at, count].concat(added));
    undo.push({at: at, removed: removed, added: added.length});
    log.push(op);
    return at;
  }
  var OPS = {
    // merge bead i with the next
    m: function (i) {
      if (!(i >= 0 && i + 1 < beads.length)) { return -1; }
      var a = beads[i], b = beads[i + 1];
      return replace(i, 2, [edited(a.zn + b.zn, a.en + b.en)], ['m', i]);
    },
    // split bead i before its Chinese sentence z and English sentence e (0-based in the bead)
    s: function (i, z, e) {
      var b = beads[i];
      if (!b || !(z >= 0 && z <= b.zn && e >= 0 && e <= b.en) || z + e === 0 || z + e === b.zn + b.en) { return -1; }
      return replace(i, 1, [edited(z, e), edited(b.zn - z, b.en - e)], ['s', i, z, e]);
    },
    // move the first sentence of one side of bead i to the previous bead (d = -1), or its last
    // sentence to the next bead (d = 1); a bead left with no sentence goes
    v: function (i, side, d) {
      var j = i + d, b = beads[i], n = beads[j];
      if (!b || !n || (side !== 'z' && side !== 'e') || (side === 'z' ? b.zn : b.en) === 0) { return -1; }
      var from = edited(b.zn - (side === 'z' ? 1 : 0), b.en - (side === 'e' ? 1 : 0));
      var to = edited(n.zn + (side === 'z' ? 1 : 0), n.en + (side === 'e' ? 1 : 0));
      var pair = d < 0 ? [to, from] : [from, to];
      var kept = pair.filter(function (x) { return x.zn + x.en > 0; });
      return replace(Math.min(i, j), 2, kept, ['v', i, side, d]);
    },
    // confirm an aligner's bead as right (or take the confirmation back)
    c: function (i) {
      var b = beads[i];
      if (!b || b.x) { return -1; }
      var c = copy(b);
      c.c = !b.c;
      return replace(i, 1, [c], ['c', i]);
    }
  };
  function apply(op) {
    var f = OPS[op[0]];
    return f ? f(op[1], op[2], op[3]) : -1;
  }
  function undoLast() {
    var u = undo.pop();
    if (!u) { return -1; }
    log.pop();
    beads.splice.apply(beads, [u.at, u.added].concat(u.removed));
    return u.at;
  }

  // ---- local storage: the log of operations, replayed on load ----
  function save() {
    try {
      if (log.length) {
        localStorage.setItem(storageKey, JSON.stringify({version: 1, beads: initial.length, ops: log}));
      } else {
        localStorage.removeItem(storageKey);
      }
    } catch (err) {
      note = 'edits cannot be saved in this browser (' + err.name + ')';
    }
  }
  function restore() {
    var saved;
    try { saved = JSON.parse(localStorage.getItem(storageKey) || 'null'); } catch (err) { saved = null; }
    if (!saved || saved.version !== 1 || saved.beads !== initial.length) { return; }
    for (var k = 0; k < saved.ops.length; k++) {
      if (apply(saved.ops[k]) < 0) {
        note = 'saved edits from operation ' + (k + 1) + ' on do not fit this page and were left out';
        break;
      }
    }
    if (log.length) { note = note || 'restored ' + log.length + ' saved edits'; }
  }
  function clearEdits() {
    beads = initial.map(copy); log = []; undo = []; sel = beads.length ? 0 : -1; cut = null;
    save();
    note = 'edits cleared';
    renderAll();
  }

  // ---- rendering ----
  var $beads = document.getElementById('beads');
  var HEAD = '<div class="row hd" role="row"><div role="columnheader">bead</div><div role="columnheader">zh</div>'
      + '<div role="columnheader">Chinese</div><div role="columnheader">English</div><div role="columnheader">en</div>'
      + '<div role="columnheader">score</div></div>';
  function lang(i) {
    var v = votes(i);
    return v > 0 ? 'zh-Hant' : v < 0 ? 'zh-Hans' : meta.chineseScript || 'zh';
  }
  function side(i, s, selected) {
    var b = beads[i], n = s === 'z' ? b.zn : b.en, start = s === 'z' ? zStart[i] : eStart[i];
    var texts = s === 'z' ? zh : en;
    if (n === 0 && !selected) {
      return '<div class="tx none">no ' + (s === 'z' ? 'Chinese' : 'English') + '</div>';
    }
    var out = '<div class="tx"' + (s === 'z' ? ' lang="' + lang(i) + '"' : '') + '>';
    var gap = s === 'z' ? '' : ' ';
    if (!selected) { return out + html(texts.slice(start, start + n).join(gap)) + '</div>'; }
    for (var k = 0; k < n; k++) {
      if (selected) { out += cutHandle(s, k); }
      out += (k > 0 && !selected ? gap : '') + '<span class="s" data-side="' + s + '" data-k="' + k + '">'
          + html(texts[start + k]) + '</span>' + (selected && k + 1 < n ? gap : '');
    }
    if (selected) { out += cutHandle(s, n) + (n === 0 ? '<span class="none">no ' + (s === 'z' ? 'Chinese' : 'English') + '</span>' : ''); }
    return out + '</div>';
  }
  function cutHandle(s, k) {
    var on = cut && cut[s] === k;
    return '<button type="button" class="cut' + (on ? ' on' : '') + '" data-side="' + s + '" data-k="' + k
        + '" title="split before sentence ' + (k + 1) + '" aria-label="cut ' + s + ' ' + k + '"></button>';
  }
  function rowHtml(i) {
    var b = beads[i], selected = i === sel;
    var sc = score(b);
    var scoreCell = b.x ? sc + ' <span class="ok" title="edited">\u270e</span>'
        : b.c ? sc + ' <span class="ok" title="confirmed; the aligner gave ' + b.o + '">\u2713</span>' : sc;
    var h = '<div class="' + classes(i) + '" id="b' + i + '" data-i="' + i + '" role="row"><div class="num">' + (complete ? i : ids[i])
        + '</div><div class="num">' + range(zStart[i], b.zn) + '</div>' + side(i, 'z', selected)
        + side(i, 'e', selected) + '<div class="num">' + range(eStart[i], b.en)
        + '</div><div class="num sc">' + scoreCell + '</div>';
    if (selected && complete) { h += actions(i); }
    return h + '</div>';
  }
  function actions(i) {
    var b = beads[i], n = beads.length;
    function btn(act, label, enabled, key) {
      return '<button type="button" data-act="' + act + '"' + (enabled ? '' : ' disabled') + ' title="' + key + '">'
          + label + '</button>';
    }
    return '<div class="acts">'
        + btn('m', 'merge with next', i + 1 < n, 'm') + btn('s', 'split at \u2702', splitCut(i) !== null, 's')
        + btn('c', b.c ? 'unconfirm' : 'confirm', !b.x, 'c')
        + '<span class="lbl">Chinese:</span>' + btn('zp', 'first \u2191 previous', i > 0 && b.zn > 0, '[')
        + btn('zn', 'last \u2193 next', i + 1 < n && b.zn > 0, ']')
        + '<span class="lbl">English:</span>' + btn('ep', 'first \u2191 previous', i > 0 && b.en > 0, '{')
        + btn('en', 'last \u2193 next', i + 1 < n && b.en > 0, '}')
        + '</div>';
  }
  function rowsHtml(from, to) {
    var parts = [];
    for (var i = from; i < to; i++) { parts.push(rowHtml(i)); }
    return parts.join('');
  }
  var drawn = 0, drawing = 0;
  function renderAll() {
    recount();
    if (sel >= beads.length) { sel = beads.length - 1; }
    drawn = Math.min(beads.length, FIRST_ROWS);
    $beads.innerHTML = HEAD + rowsHtml(0, drawn);
    renderSide();
    var generation = ++drawing;
    if (drawn < beads.length) { setTimeout(function () { drawMore(generation); }, 0); } else { whenDrawn(); }
  }
  function drawMore(generation) {
    if (generation !== drawing || drawn >= beads.length) { return; }
    var to = Math.min(beads.length, drawn + CHUNK_ROWS);
    $beads.insertAdjacentHTML('beforeend', rowsHtml(drawn, to));
    drawn = to;
    if (drawn < beads.length) { setTimeout(function () { drawMore(generation); }, 0); } else { whenDrawn(); }
  }
  /** Draws the rows not drawn yet: what edits, filters and navigation need. */
  function drawAll() {
    if (drawn < beads.length) {
      $beads.insertAdjacentHTML('beforeend', rowsHtml(drawn, beads.length));
      drawn = beads.length;
      whenDrawn();
    }
  }
  var allDrawn = false;
  function whenDrawn() {
    if (allDrawn) { return; }
    allDrawn = true;
    afterFrame(function (t) { window.duiqiReview.drawn = t; });
  }
  function afterFrame(f) {
    requestAnimationFrame(function () { setTimeout(function () { f(performance.now()); }, 0); });
  }
  /** Re-renders rows from..to (exclusive) of the new list, where oldCount rows stood. */
  function renderRows(from, oldCount, newCount) {
    recount();
    drawn += newCount - oldCount;
    var rows = $beads.children;   // row 0 is the header
    for (var k = 0; k < oldCount; k++) { rows[from + 1].remove(); }
    var after = rows[from + 1] || null;
    var tmp = document.createElement('div');
    var parts = [];
    for (var j = from; j < from + newCount; j++) { parts.push(rowHtml(j)); }
    tmp.innerHTML = parts.join('');
    while (tmp.firstChild) { $beads.insertBefore(tmp.firstChild, after); }
    if (oldCount !== newCount) {
      // positions after the edit moved: renumber them (ids, classes of paragraph marks)
      for (var i = from + newCount; i < beads.length; i++) {
        var row = rows[i + 1];
        row.id = 'b' + i; row.setAttribute('data-i', i); row.firstChild.textContent = i;
      }
    }
  }
  function rerender(i) {
    if (i >= 0 && i < beads.length) {
      var row = $beads.children[i + 1];
      var tmp = document.createElement('div');
      tmp.innerHTML = rowHtml(i);
      $beads.replaceChild(tmp.firstChild, row);
    }
  }
  function renderSide() {
    renderSummary();
    renderPlot();
    renderLowest();
    renderTools();
  }

  function counts() {
    var c = {all: beads.length, band0: 0, low: 0, check: 0, empty: 0, done: 0, todo: 0};
    for (var i = 0; i < beads.length; i++) {
      var b = beads[i], s = value(b);
      if (s < VERY_LOW) { c.band0++; }
      if (s < LOW) { c.low++; }
      if (s < CHECK) { c.check++; }
      if (b.zn === 0 || b.en === 0) { c.empty++; }
      if (b.c || b.x) { c.done++; } else if (s < CHECK) { c.todo++; }
    }
    return c;
  }
  function renderSummary() {
    var c = counts();
    function chip(f, cls, text) {
      return '<button type="button" class="chip ' + cls + (filter === f ? ' on' : '') + '" data-filter="' + f + '">' + text + '</button>';
    }
    var t = LOW.toFixed(2), v = VERY_LOW.toFixed(2), k = CHECK.toFixed(2);
    var edits = undo.length;
    document.getElementById('summary').innerHTML = '<p>' + c.all + ' beads linking ' + zh.length + ' Chinese and '
        + en.length + ' English sentences' + (meta.beadsOmitted > 0 ? '; ' + meta.beadsOmitted
        + ' beads left out by the options: this page shows them, but cannot edit or export a partial alignment' : '')
        + '.</p><p>' + chip('', '', 'all ' + c.all) + chip('band0', 'band0', c.band0 + ' very low (below ' + v + ')')
        + chip('low', 'band1', c.low + ' low (below ' + t + ')') + chip('check', 'band2', c.check + ' to check (below ' + k + ')')
        + chip('todo', 'band2', c.todo + ' to check, not yet confirmed') + chip('empty', 'empty', c.empty + ' with an empty side')
        + chip('done', 'done', c.done + ' confirmed or edited') + '</p>'
        + (edits ? '<p>' + edits + ' edits (saved in this browser for this document).</p>' : '');
  }
  function renderLowest() {
    var order = [];
    for (var i = 0; i < beads.length; i++) { if (value(beads[i]) < CHECK) { order.push(i); } }
    order.sort(function (a, b) { return value(beads[a]) - value(beads[b]) || a - b; });
    var shown = order.slice(0, LIST_SIZE);
    var h = '<h2>Lowest beads' + (order.length > LIST_SIZE ? ' (' + LIST_SIZE + ' of ' + order.length + ' to check)' : '') + '</h2>';
    if (!shown.length) { h += '<p>No bead scores below ' + CHECK.toFixed(2) + '.</p>'; }
    h += '<ol>';
    shown.forEach(function (i) {
      var text = (chineseText(i) || '\u2014') + ' | ' + (englishText(i) || '\u2014');
      h += '<li><a href="#b' + i + '" data-go="' + i + '">bead ' + i + '</a> ' + score(beads[i]) + ' ' + beads[i].zn + '-' + beads[i].en
          + ' <span title="' + html(text).replace(/<[^>]*>/g, '') + '">' + html(text.slice(0, 80)) + '</span></li>';
    });
    document.getElementById('lowest').innerHTML = h + '</ol>';
  }

  var PL = 64, PT = 16, PW = 520, PH = 400, SW = PL + PW + 24, SH = PT + PH + 48;
  function tickStep(max) {
    for (var p = 1; ; p *= 10) {
      var ms = [1, 2, 5];
      for (var m = 0; m < 3; m++) { if (Math.floor(max / (ms[m] * p)) <= 7) { return ms[m] * p; } }
    }
  }
  function num(v) { return String(Math.round(v * 10) / 10); }
  function renderPlot() {
    var X = zh.length, Y = en.length, sx = PW / Math.max(1, X), sy = PH / Math.max(1, Y), bottom = PT + PH;
    var s = '<svg xmlns="http://www.w3.org/2000/svg" width="' + SW + '" height="' + SH + '" viewBox="0 0 ' + SW + ' ' + SH
        + '" font-size="12" role="img" aria-label="alignment path"><rect x="' + PL + '" y="' + PT + '" width="' + PW
        + '" height="' + PH + '" fill="#fafafa" stroke="#999"/>';
    var t, g;
    for (t = 0, g = tickStep(X); t <= X; t += g) {
      s += '<line x1="' + num(PL + t * sx) + '" y1="' + PT + '" x2="' + num(PL + t * sx) + '" y2="' + bottom
          + '" stroke="#e6e6e6"/><text x="' + num(PL + t * sx) + '" y="' + (bottom + 16) + '" text-anchor="middle">' + t + '</text>';
    }
    for (t = 0, g = tickStep(Y); t <= Y; t += g) {
      s += '<line x1="' + PL + '" y1="' + num(bottom - t * sy) + '" x2="' + (PL + PW) + '" y2="' + num(bottom - t * sy)
          + '" stroke="#e6e6e6"/><text x="' + (PL - 6) + '" y="' + num(bottom - t * sy + 4) + '" text-anchor="end">' + t + '</text>';
    }
    s += '<text x="' + (PL + PW / 2) + '" y="' + (bottom + 36) + '" text-anchor="middle">Chinese sentence index</text>'
        + '<text transform="translate(16 ' + (PT + PH / 2) + ') rotate(-90)" text-anchor="middle">English sentence index</text>'
        + '<line x1="' + PL + '" y1="' + bottom + '" x2="' + (PL + PW) + '" y2="' + PT
        + '" stroke="#888" stroke-dasharray="6 4"><title>diagonal</title></line>';
    // runs of equal steps are one segment
    var d = 'M' + PL + ' ' + bottom, lastZ = -1, lastE = -1, pending = '';
    var dots = [];
    for (var i = 0; i < beads.length; i++) {
      var b = beads[i], ex = zStart[i] + b.zn, ey = eStart[i] + b.en;
      var pt = 'L' + num(PL + ex * sx) + ' ' + num(bottom - ey * sy);
      if (b.zn === lastZ && b.en === lastE) { pending = pt; } else { d += pending; pending = pt; }
      lastZ = b.zn; lastE = b.en;
      var v = value(b), emptySide = b.zn === 0 || b.en === 0;
      if (v < LOW || emptySide || i === sel) { dots.push([i, (zStart[i] + ex) / 2, (eStart[i] + ey) / 2, v < LOW, emptySide]); }
    }
    d += pending;
    s += '<path fill="none" stroke="#1a5fb4" stroke-width="2" stroke-linejoin="round" d="' + d + '"><title>alignment path</title></path>';
    var r = dots.length < 100 ? 4.5 : dots.length < 1000 ? 3 : 2;
    dots.forEach(function (m) {
      var fill = m[0] === sel ? 'none' : m[4] ? '#e69a00' : '#d0312d';
      var stroke = m[0] === sel ? '#1a5fb4' : m[3] && m[4] ? '#d0312d' : '#fff';
      var what = m[0] === sel ? 'selected' : (m[3] ? 'low score' : '') + (m[3] && m[4] ? ', ' : '') + (m[4] ? 'empty side' : '');
      s += '<a href="#b' + m[0] + '" data-go="' + m[0] + '"><circle cx="' + num(PL + m[1] * sx) + '" cy="' + num(bottom - m[2] * sy)
          + '" r="' + (m[0] === sel ? 7 : r) + '" fill="' + fill + '" stroke="' + stroke + '" stroke-width="' + (m[0] === sel ? 2.5 : 1.5)
          + '"><title>bead ' + m[0] + ': ' + what + '</title></circle></a>';
    });
    document.getElementById('plot').innerHTML = s + '</svg><figcaption>Alignment path: each bead steps right by its Chinese'
        + ' sentences and up by its English ones. The dashed line is the diagonal; red dots mark low-score beads, orange'
        + ' dots beads with an empty side (red-ringed if also low), the blue ring the selected bead; click a dot to go to'
        + ' its bead. The path follows your edits.</figcaption>';
  }
  function renderTools() {
    var b = function (id, label, title, enabled) {
      return '<button type="button" id="' + id + '" title="' + title + '"' + (enabled === false ? ' disabled' : '') + '>' + label + '</button>';
    };
    document.getElementById('tools').innerHTML = b('undo', 'Undo', 'z', undo.length > 0)
        + 'Export: ' + b('export-ladder', 'ladder', 'the corrected beads as a ladder file', complete)
        + b('export-tsv', 'TSV', 'zh TAB en TAB score', complete) + b('export-tmx', 'TMX', 'TMX 1.4', complete)
        + b('clear', 'Clear edits', 'forget the edits saved in this browser', undo.length > 0)
        + '<span class="help"><kbd>j</kbd>/<kbd>k</kbd> next/previous bead, <kbd>n</kbd>/<kbd>p</kbd> next/previous low,'
        + ' <kbd>u</kbd> next to check, <kbd>m</kbd> merge, <kbd>s</kbd> split, <kbd>[</kbd><kbd>]</kbd> move Chinese,'
        + ' <kbd>{</kbd><kbd>}</kbd> move English, <kbd>c</kbd> confirm, <kbd>z</kbd> undo</span>'
        + '<span class="status" id="status">' + html(note) + '</span>';
  }

  // ---- selection and navigation ----
  function select(i, scroll) {
    if (i < 0 || i >= beads.length) { return; }
    drawAll();
    var old = sel;
    sel = i; cut = null;
    cut = splitCut(i);
    if (old !== i) { rerender(old); }
    rerender(i);
    renderPlot();
    if (scroll) {
      var row = document.getElementById('b' + i);
      if (row) { row.scrollIntoView({block: 'center'}); }
    }
  }
  /** The picked split point, or the default: after the first sentence of each side that has two. */
  function splitCut(i) {
    var b = beads[i];
    if (!b) { return null; }
    var c = cut && sel === i ? cut : {z: b.zn > 1 ? 1 : b.zn, e: b.en > 1 ? 1 : b.en};
    return c.z + c.e === 0 || c.z + c.e === b.zn + b.en ? null : c;
  }
  function find(from, step, test) {
    for (var i = from + step; i >= 0 && i < beads.length; i += step) { if (test(i)) { return i; } }
    return -1;
  }
  function isLow(i) { return value(beads[i]) < LOW; }
  function isTodo(i) { return !beads[i].c && !beads[i].x && value(beads[i]) < CHECK; }
  function isUnconfirmed(i) { return !beads[i].c && !beads[i].x; }
  function go(i) { if (i >= 0) { select(i, true); } }

  function edit(op) {
    if (!complete) { return; }
    drawAll();
    var at = apply(op);
    if (at < 0) { return; }
    var u = undo[undo.length - 1];
    // the bead the sentence moved from stays selected while it exists; else the first new bead
    sel = op[0] === 'v' && op[3] < 0 && u.added === 2 ? at + 1 : at;
    cut = null;
    save();
    note = '';
    renderRows(u.at, u.removed.length, u.added);
    renderSide();
    select(sel, true);
  }
  function undoEdit() {
    var u = undo[undo.length - 1];
    if (!u) { return; }
    drawAll();
    undoLast();
    save();
    note = '';
    renderRows(u.at, u.added, u.removed.length);
    renderSide();
    select(Math.min(u.at, beads.length - 1), true);
  }
  function doAction(act) {
    if (sel < 0) { return; }
    if (act === 'm') { edit(['m', sel]); }
    else if (act === 's') { var c = splitCut(sel); if (c) { edit(['s', sel, c.z, c.e]); } }
    else if (act === 'c') { edit(['c', sel]); }
    else if (act === 'zp') { edit(['v', sel, 'z', -1]); } else if (act === 'zn') { edit(['v', sel, 'z', 1]); }
    else if (act === 'ep') { edit(['v', sel, 'e', -1]); } else if (act === 'en') { edit(['v', sel, 'e', 1]); }
  }

  document.addEventListener('keydown', function (ev) {
    if (ev.altKey || ev.metaKey || (ev.ctrlKey && ev.key !== 'z')) { return; }
    var t = ev.target && ev.target.tagName;
    if (t === 'INPUT' || t === 'TEXTAREA' || t === 'SELECT') { return; }
    var k = ev.key, done = true;
    if (k === 'j' || k === 'ArrowDown') { go(Math.min(sel + 1, beads.length - 1)); }
    else if (k === 'k' || k === 'ArrowUp') { go(Math.max(sel - 1, 0)); }
    else if (k === 'n') { go(find(sel, 1, isLow)); }
    else if (k === 'p') { go(find(sel, -1, isLow)); }
    else if (k === 'u') { var i = find(sel, 1, isTodo); go(i >= 0 ? i : find(sel, 1, isUnconfirmed)); }
    else if (k === 'z') { undoEdit(); }
    else if (k === 'm' || k === 's' || k === 'c') { doAction(k); }
    else if (k === '[') { doAction('zp'); } else if (k === ']') { doAction('zn'); }
    else if (k === '{') { doAction('ep'); } else if (k === '}') { doAction('en'); }
    else { done = false; }
    if (done) { ev.preventDefault(); }
  });
  $beads.addEventListener('click', function (ev) {
    var el = ev.target.closest('[data-act],.cut,.row');
    if (!el) { return; }
    if (el.hasAttribute('data-act')) { doAction(el.getAttribute('data-act')); return; }
    if (el.classList.contains('cut')) {
      var s = el.getAttribute('data-side'), k = +el.getAttribute('data-k'), c = cut || splitCut(sel) || {z: 0, e: 0};
      cut = {z: c.z, e: c.e};
      cut[s] = k;
      rerender(sel);
      return;
    }
    var i = +el.getAttribute('data-i');
    if (el.classList.contains('row') && !el.classList.contains('hd') && i !== sel) { select(i, false); }
  });
  function goLink(ev) {
    var a = ev.target.closest('[data-go]');
    if (a) { ev.preventDefault(); go(+a.getAttribute('data-go')); }
  }
  document.getElementById('plot').addEventListener('click', goLink);
  document.getElementById('lowest').addEventListener('click', goLink);
  document.getElementById('summary').addEventListener('click', function (ev) {
    var chip = ev.target.closest('[data-filter]');
    if (!chip) { return; }
    drawAll();
    filter = chip.getAttribute('data-filter');
    $beads.className = 'beads' + (filter ? ' f-' + filter : '');
    renderSummary();
  });
  document.getElementById('tools').addEventListener('click', function (ev) {
    var id = ev.target.id;
    if (id === 'undo') { undoEdit(); }
    else if (id === 'clear' && window.confirm('Forget all edits of this document?')) { clearEdits(); }
    else if (id.indexOf('export-') === 0) { download(id.slice(7)); }
  });

  // ---- start ----
  recount();
  if (complete) { restore(); }
  if (!complete) { note = 'a partial alignment: editing and export are off'; }
  window.duiqiReview = {
    ready: null,   // when the first frame was drawn, in ms from the navigation's start
    drawn: null,   // when every row was drawn
    scriptDone: 0,
    exportText: function (format) { return EXPORTS[format][0](); },
    exportName: function (format) { return exportName(EXPORTS[format][1]); },
    // [zh ids, en ids, score, confirmed or edited] of each bead, for tests and scripts
    ladder: function () { return beads.map(function (b, i) { return [range(zStart[i], b.zn), range(eStart[i], b.en), score(b), b.c || b.x]; }); },
    selected: function () { return sel; },
    edits: function () { return log.length; },
    storageKey: storageKey
  };
  renderAll();
  window.duiqiReview.scriptDone = performance.now();
  afterFrame(function (t) { window.duiqiReview.ready = t; });
})();
