// An online interview's questions keep themselves current on the live page: live.js hands every feed.json and
// every stream message on (pd-live-feed, pd-live-message); an answered question arrives as one pair with its
// answer, so the page never shows an answer without its question. The question form posts JSON; without the
// script the same form posts itself urlencoded and portald answers with a page.
(function () {
  'use strict';
  var root = document.getElementById('interview');
  if (!root || !window.fetch) return;
  var list = document.getElementById('qa-list');
  var currentBox = document.getElementById('interview-current');
  var pairs = new Map();
  var order = [];
  var current = null;
  var photos = new Map(); // guest id → photo URL, from the event the feed and the stream carry
  var timeFormat = null;
  try {
    timeFormat = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
  } catch (e) { timeFormat = null; }

  function hhmm(iso) {
    var d = new Date(iso);
    if (!iso || isNaN(d.getTime())) return '';
    return timeFormat ? timeFormat.format(d) : ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function lines(parent, text) {
    String(text || '').split('\n').forEach(function (line) {
      line = line.trim();
      if (line) parent.appendChild(el('p', null, line));
    });
  }
  function meta(who, iso) {
    var p = el('p', 'post-meta');
    p.appendChild(el('span', 'speaker', who));
    p.appendChild(document.createTextNode(' '));
    var t = el('time', null, hhmm(iso));
    t.setAttribute('datetime', iso || '');
    p.appendChild(t);
    return p;
  }
  function guestOf(a) { return a.guestTitle ? a.guestName + '\u3000' + a.guestTitle : a.guestName; }
  // Mirrors templates/interview.html; text goes in through textContent only, never as markup.
  function pairNode(q) {
    var li = el('li', 'qa');
    li.id = 'qa-' + q.id;
    li.setAttribute('data-id', String(q.id));
    var question = el('div', 'qa-question');
    question.appendChild(meta('网友“' + (q.name || '网友') + '”问', q.askedAt));
    lines(question, q.text);
    li.appendChild(question);
    var answer = el('div', 'qa-answer');
    var photo = photos.get(String(q.answer.guest));
    if (photo) {
      var img = el('img', 'qa-photo');
      img.src = photo;
      img.alt = q.answer.guestName || '';
      img.loading = 'lazy';
      img.width = 48;
      img.height = 48;
      answer.appendChild(img);
    }
    answer.appendChild(meta(guestOf(q.answer) + '答', q.answer.createdAt));
    lines(answer, q.answer.text);
    if (q.answer.correctedAt) {
      var note = el('p', 'correction', '更正（');
      var at = el('time', null, hhmm(q.answer.correctedAt));
      at.setAttribute('datetime', q.answer.correctedAt);
      note.appendChild(at);
      note.appendChild(document.createTextNode('）：' + (q.answer.correctionNote || '')));
      answer.appendChild(note);
    }
    li.appendChild(answer);
    return li;
  }
  function render() {
    var ol = el('ol', 'qa-list');
    ol.id = 'qa-list';
    ol.setAttribute('aria-labelledby', 'qa-title');
    order.forEach(function (id) { ol.appendChild(pairNode(pairs.get(id))); });
    list.replaceWith(ol);
    list = ol;
    var empty = document.getElementById('qa-empty');
    if (empty && order.length) empty.remove();
    currentBox.replaceChildren();
    if (current && !pairs.has(String(current.id))) {
      currentBox.appendChild(el('p', 'label', '主持人正在提问'));
      var q = el('blockquote', 'qa-question');
      q.setAttribute('data-id', String(current.id));
      q.appendChild(meta('网友“' + (current.name || '网友') + '”', current.askedAt));
      lines(q, current.text);
      currentBox.appendChild(q);
    }
  }
  // Pairs stand in the order they were answered, as portald orders them; an answer that went out after its review
  // comes in later than the ones answered after it, and still goes where its time puts it.
  function before(a, b) {
    var ta = a.answer.createdAt || '', tb = b.answer.createdAt || '';
    return ta < tb || (ta === tb && Number(a.id) < Number(b.id));
  }
  function addPair(q) {
    if (!q || !q.answer) return;
    var id = String(q.id);
    if (!pairs.has(id)) {
      var at = order.length;
      while (at > 0 && before(q, pairs.get(order[at - 1]))) at--;
      order.splice(at, 0, id);
    }
    pairs.set(id, q);
  }
  function takeGuests(event) {
    if (!event || !event.guests) return;
    photos = new Map();
    event.guests.forEach(function (g) { if (g.photoUrl) photos.set(String(g.id), g.photoUrl); });
  }
  document.addEventListener('pd-live-feed', function (e) {
    var feed = e.detail || {};
    if (!feed.interview) return;
    takeGuests(feed.event);
    pairs = new Map();
    order = [];
    (feed.interview.pairs || []).forEach(addPair);
    current = feed.interview.current || null;
    render();
  });
  document.addEventListener('pd-live-message', function (e) {
    var msg = e.detail || {};
    // A corrected pair keeps its question's id: addPair replaces the one shown, in its place.
    if (msg.type === 'interview.pair' || msg.type === 'interview.pair.changed') {
      addPair(msg.payload);
      if (current && String(current.id) === String(msg.payload.id)) current = null;
      render();
    } else if (msg.type === 'live.event.changed') {
      takeGuests(msg.payload);
      render();
    } else if (msg.type === 'interview.current') {
      current = msg.payload || null;
      render();
    }
  });

  var form = document.getElementById('question-form');
  if (form) {
    var formStatus = document.getElementById('question-status');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var body = { name: form.elements.namedItem('name').value, text: form.elements.namedItem('text').value };
      fetch(form.getAttribute('action'), {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      }).then(function (r) {
        if (r.ok) { form.elements.namedItem('text').value = ''; formStatus.textContent = '提问已提交，经筛选后由主持人提问嘉宾。'; return; }
        return r.json().then(function (p) { formStatus.textContent = (p && p.detail) || '提交失败，请稍后再试。'; },
                             function () { formStatus.textContent = '提交失败，请稍后再试。'; });
      }, function () { formStatus.textContent = '网络错误，请稍后再试。'; });
    });
  }
})();
