// The live page keeps itself current: stream messages are applied in place; when the stream cannot be opened or
// drops, the page polls feed.json every 5 s with If-None-Match (a 304 costs nothing) and tries the stream again
// after a growing, jittered pause (thousands of readers must not come back in the same second). Without JavaScript
// the page is a static list with a refresh link.
//
// Where the stream is comes from the page (data-stream, data-stream-protocol), so one script serves both
// topologies: "portald" — portald's own WebSocket, resumed with ?after=<seq>; "nchan" — nginx with Nchan, over
// WebSocket (ws+meta.nchan, which carries each message's id), else EventSource, else long-poll, resumed from the
// last Nchan message id out of Nchan's buffer. Every message carries its seq; one not newer than the last applied
// is skipped, so a message that reaches the page twice is applied once.
//
// nginx serves the page and feed.json from files, so the page tells portald itself that it was loaded (a page view)
// and, every 30 s while it polls, that its reader is still here (the socket's readers portald counts on its own).
// An event with parallel sessions (sub-forums) has a page per session beside the one of all (全部), each with its
// own feed.json; the stream carries every post of the event, and a session's page keeps only its own.
(function () {
  'use strict';
  var root = document.getElementById('live');
  if (!root || !window.fetch) return;
  var list = document.getElementById('post-list');
  var status = document.getElementById('live-status');
  var stateBadge = document.getElementById('live-state');
  var feedUrl = root.getAttribute('data-feed');
  var streamPath = root.getAttribute('data-stream');
  var protocol = root.getAttribute('data-stream-protocol') || 'portald';
  var transports = protocol === 'nchan'
    ? ['websocket', 'eventsource', 'longpoll'].filter(function (t) {
        return t === 'longpoll' || (t === 'websocket' ? !!window.WebSocket : !!window.EventSource);
      })
    : (window.WebSocket ? ['websocket'] : []);
  var transport = 0, failedOpens = 0, everOpened = false, lastId = null, received = 0, applied = 0, backoff = 0;
  var lastSeq = parseInt(root.getAttribute('data-after') || '0', 10) || 0;
  var session = parseInt(root.getAttribute('data-session') || '0', 10) || 0;
  var sessionTitles = new Map();
  var commentBox = document.getElementById('comment-list');
  var comments = new Map();
  var POLL_MS = 5000, RETRY_MS = 30000, FIRST_RETRY_MS = 1000, PRESENCE_MS = 30000;
  var presenceUrl = '/public/live/' + root.getAttribute('data-event') + '/presence', presenceTimer = null;
  var posts = new Map();
  var etag = null, socket = null, pollTimer = null, retryTimer = null;
  var stateNames = { scheduled: '预告', live: '直播中', paused: '暂停', ended: '已结束' };
  var timeFormat = null;
  try {
    timeFormat = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
  } catch (e) { timeFormat = null; }

  function say(text) { if (status) status.textContent = text; }
  function hhmm(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    if (timeFormat) return timeFormat.format(d);
    return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  // Mirrors templates/post_list.html; text goes in through textContent only, never as markup.
  function postNode(p) {
    var li = el('li', 'post' + (p.pinned ? ' post-pinned' : ''));
    li.id = 'post-' + p.id;
    li.setAttribute('data-seq', String(p.seq || 0));
    var meta = el('p', 'post-meta');
    if (p.pinned) { meta.appendChild(el('span', 'badge badge-pinned', '置顶')); meta.appendChild(document.createTextNode(' ')); }
    var time = el('time', null, hhmm(p.createdAt));
    time.setAttribute('datetime', p.createdAt || '');
    meta.appendChild(time);
    if (!session && sessionTitles.size > 1 && sessionTitles.has(p.session)) {
      meta.appendChild(document.createTextNode(' '));
      meta.appendChild(el('span', 'session-label', sessionTitles.get(p.session)));
    }
    if (p.speaker) { meta.appendChild(document.createTextNode(' ')); meta.appendChild(el('span', 'speaker', p.speaker)); }
    li.appendChild(meta);
    String(p.text || '').split('\n').forEach(function (line) {
      line = line.trim();
      if (line) li.appendChild(el('p', null, line));
    });
    (p.photos || []).forEach(function (ph) {
      var fig = el('figure');
      var img = el('img');
      img.src = ph.url;
      img.alt = ph.caption || '现场图片';
      if (ph.width) { img.width = ph.width; img.height = ph.height; }
      fig.appendChild(img);
      if (ph.caption) fig.appendChild(el('figcaption', null, ph.caption));
      li.appendChild(fig);
    });
    if (p.correctionNote) {
      var c = el('p', 'correction');
      c.appendChild(el('strong', null, '更正'));
      c.appendChild(document.createTextNode('：' + p.correctionNote));
      li.appendChild(c);
    }
    return li;
  }
  function render() {
    var sorted = Array.from(posts.values()).sort(function (a, b) {
      if (!!a.pinned !== !!b.pinned) return a.pinned ? -1 : 1;
      if ((a.seq || 0) !== (b.seq || 0)) return (b.seq || 0) - (a.seq || 0);
      return String(b.createdAt).localeCompare(String(a.createdAt));
    });
    if (!sorted.length) return;
    var ol = el('ol', 'post-list');
    sorted.forEach(function (p) { ol.appendChild(postNode(p)); });
    list.replaceChildren(ol);
  }
  function commentNode(c) {
    var li = el('li');
    li.id = 'comment-' + c.id;
    var meta = el('p', 'post-meta');
    meta.appendChild(el('span', 'speaker', c.name || '网友'));
    meta.appendChild(document.createTextNode(' '));
    var time = el('time', null, c.createdAt ? new Date(c.createdAt).toLocaleString('zh-CN', { hour12: false }) : '');
    time.setAttribute('datetime', c.createdAt || '');
    meta.appendChild(time);
    li.appendChild(meta);
    String(c.text || '').split('\n').forEach(function (line) {
      line = line.trim();
      if (line) li.appendChild(el('p', null, line));
    });
    return li;
  }
  function renderComments() {
    if (!commentBox || !comments.size) return;
    var ul = el('ul', 'comment-list');
    Array.from(comments.values()).forEach(function (c) { ul.appendChild(commentNode(c)); });
    commentBox.replaceChildren(ul);
  }
  function applyEvent(event) {
    if (event && event.sessions) {
      sessionTitles = new Map();
      event.sessions.forEach(function (s) { sessionTitles.set(s.id, s.title); });
    }
    if (event && event.state && stateBadge) {
      stateBadge.textContent = stateNames[event.state] || event.state;
      stateBadge.className = 'badge badge-' + event.state;
    }
  }
  function applyFeed(feed) {
    // A feed older than what the socket already delivered would take back newer posts.
    if (typeof feed.streamSeq === 'number' && feed.streamSeq < lastSeq) return;
    // Parts of the page with their own script (an interview's questions) follow the same feed and stream.
    document.dispatchEvent(new CustomEvent('pd-live-feed', { detail: feed }));
    posts = new Map();
    (feed.posts || []).forEach(function (p) { posts.set(String(p.id), p); });
    applyEvent(feed.event);
    render();
    if (feed.comments) {
      comments = new Map();
      feed.comments.forEach(function (c) { comments.set(String(c.id), c); });
      renderComments();
    }
    if (feed.streamSeq > lastSeq) lastSeq = feed.streamSeq;
  }
  function applyMessage(msg) {
    var type = msg.type || '', payload = msg.payload || {};
    if (typeof msg.seq === 'number') {
      if (msg.seq <= lastSeq) return; // had it already (a repeat, or in the feed polled meanwhile)
      lastSeq = msg.seq;
    }
    applied++;
    root.setAttribute('data-applied', String(applied));
    root.setAttribute('data-last-seq', String(lastSeq));
    document.dispatchEvent(new CustomEvent('pd-live-message', { detail: msg }));
    if (type === 'live.post' || type === 'live.post.changed') {
      if (payload.id === undefined) return poll();
      if (session && payload.session !== session) return; // another sub-forum's post
      if (payload.retracted || payload.state === 'retracted') posts.delete(String(payload.id));
      else posts.set(String(payload.id), payload);
      render();
    } else if (type === 'live.post.retracted') {
      posts.delete(String(payload.id));
      render();
      if (!posts.size) poll();
    } else if (type === 'live.event.changed') {
      applyEvent(payload);
    } else if (type === 'live.comment') {
      comments.set(String(payload.id), payload);
      renderComments();
    } else if (type === 'live.comment.hidden') {
      comments.delete(String(payload.id));
      renderComments();
    }
  }
  function poll() {
    var headers = {};
    if (etag) headers['If-None-Match'] = etag;
    return fetch(feedUrl, { headers: headers, cache: 'no-store' }).then(function (r) {
      if (r.status === 304) return null;
      if (!r.ok) throw new Error(String(r.status));
      etag = r.headers.get('ETag');
      return r.json();
    }).then(function (feed) { if (feed) applyFeed(feed); }).catch(function () { say('连接中断，正在重试…'); });
  }
  function presence(body) {
    fetch(presenceUrl, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), keepalive: true
    }).catch(function () {});
  }
  function stillPolling() { presence({ polling: true }); }
  function startPolling() {
    if (pollTimer) return;
    pollTimer = setInterval(poll, POLL_MS);
    stillPolling();
    presenceTimer = setInterval(stillPolling, PRESENCE_MS);
    say('自动刷新中');
  }
  function stopPolling() {
    if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
    if (presenceTimer) { clearInterval(presenceTimer); presenceTimer = null; }
  }
  function streamUrl(ws) {
    var url = streamPath;
    if (url.charAt(0) === '/') url = (ws ? (location.protocol === 'https:' ? 'wss://' : 'ws://') : location.protocol + '//') + location.host + url;
    if (protocol !== 'nchan') return url + '?after=' + lastSeq;
    return lastId ? url + '?last_event_id=' + encodeURIComponent(lastId) : url;
  }
  function opened() {
    everOpened = true;
    failedOpens = 0;
    backoff = 0;
    stopPolling();
    say('实时更新中');
    // First open: catch up with anything posted between the render and now. Reopened on Nchan, its buffer replays
    // everything after the last message id instead.
    if (protocol !== 'nchan' || !lastId) poll();
  }
  function onData(text, id) {
    if (id) lastId = id;
    root.setAttribute('data-received', String(++received));
    try { applyMessage(JSON.parse(text)); } catch (err) { poll(); }
  }
  function dropped(wasOpen) {
    socket = null;
    // A way that never worked (a proxy that refuses WebSockets, say) gives way to the next; one that worked is kept
    // through an outage.
    if (!wasOpen && !everOpened && ++failedOpens >= 2 && transport < transports.length - 1) { transport++; failedOpens = 0; }
    startPolling();
    scheduleRetry();
  }
  // ws+meta.nchan frames: "id: <message id>", "content-type: …", a blank line, then the message.
  function nchanFrame(data) {
    var end = data.indexOf('\n\n');
    if (end < 0) return { id: null, text: data };
    var id = null;
    data.slice(0, end).split('\n').forEach(function (line) {
      if (line.lastIndexOf('id: ', 0) === 0) id = line.slice(4);
    });
    return { id: id, text: data.slice(end + 2) };
  }
  // Long-poll answers carry a message's id as Last-Modified (seconds) and Etag (the tag): "<seconds>:<tag>".
  function longPollId(r) {
    var modified = Date.parse(r.headers.get('Last-Modified') || ''), tag = (r.headers.get('Etag') || '').replace(/^W\//, '').replace(/"/g, '');
    return isNaN(modified) || !tag ? null : Math.floor(modified / 1000) + ':' + tag;
  }
  function longPoll(headers, chainOpen) {
    socket = { close: function () {} };
    fetch(streamUrl(false), { headers: headers, cache: 'no-store' }).then(function (r) {
      if (r.status === 304 || r.status === 408) { // nothing new within Nchan's time-out: ask again
        if (!chainOpen) opened();
        return longPoll(headers, true);
      }
      if (!r.ok) throw new Error(String(r.status));
      if (!chainOpen) opened();
      var id = longPollId(r);
      var next = { 'If-Modified-Since': r.headers.get('Last-Modified') || '', 'If-None-Match': r.headers.get('Etag') || '' };
      return r.text().then(function (text) {
        onData(text, id);
        return longPoll(next, true);
      });
    }).catch(function () { dropped(!!chainOpen); });
  }
  function connect() {
    retryTimer = null;
    var kind = transports[transport];
    if (!kind || !streamPath) { startPolling(); return; }
    var wasOpen = false;
    try {
      if (kind === 'websocket') {
        socket = protocol === 'nchan' ? new WebSocket(streamUrl(true), 'ws+meta.nchan') : new WebSocket(streamUrl(true));
        socket.onopen = function () { wasOpen = true; opened(); };
        socket.onmessage = function (e) {
          if (protocol !== 'nchan') return onData(e.data, null);
          var f = nchanFrame(String(e.data));
          onData(f.text, f.id);
        };
        socket.onclose = function () { dropped(wasOpen); };
      } else if (kind === 'eventsource') {
        socket = new EventSource(streamUrl(false));
        socket.onopen = function () { wasOpen = true; opened(); };
        socket.onmessage = function (e) { onData(e.data, e.lastEventId); };
        // EventSource would reconnect by itself; this page decides when, and from which id.
        socket.onerror = function () { socket.close(); dropped(wasOpen); };
      } else {
        longPoll({}, false);
      }
    } catch (e) { dropped(false); }
  }
  function scheduleRetry() {
    if (retryTimer) return;
    backoff = backoff ? Math.min(backoff * 2, RETRY_MS) : FIRST_RETRY_MS;
    retryTimer = setTimeout(connect, backoff / 2 + Math.random() * backoff / 2);
  }

  var form = document.getElementById('comment-form');
  if (form) {
    var formStatus = document.getElementById('comment-status');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var body = { name: form.elements.namedItem('name').value, text: form.elements.namedItem('text').value };
      fetch(form.getAttribute('action'), {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      }).then(function (r) {
        if (r.ok) { form.elements.namedItem('text').value = ''; formStatus.textContent = '留言已提交，审核通过后显示。'; return; }
        return r.json().then(function (p) { formStatus.textContent = (p && p.detail) || '提交失败，请稍后再试。'; },
                             function () { formStatus.textContent = '提交失败，请稍后再试。'; });
      }, function () { formStatus.textContent = '网络错误，请稍后再试。'; });
    });
  }

  presence({ view: true });
  poll().then(connect, connect);
})();
