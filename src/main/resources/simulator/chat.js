// The local chat page. Everything the person does becomes a signed LINE webhook event on the
// server (POST /simulator/events); the page only polls the chat's transcript and draws it.
// No message text ever goes through innerHTML: every node is built with textContent.
'use strict';

(() => {
  const POLL_MS = 700;
  const TYPING_MAX_MS = 15000;
  const KEY_USER = 'junction.simulator.userId';
  const KEY_FOLLOWED = 'junction.simulator.followed';
  const KEY_BLOCKED = 'junction.simulator.blocked';
  const SAFE_LINK = /^(https?:|tel:|mailto:)/i;
  const URL_IN_TEXT = /(https?:\/\/[^\s<>"'）」]+)/g;

  const words = document.body.dataset;
  const log = document.getElementById('log');
  const quick = document.getElementById('quick');
  const composer = document.getElementById('composer');
  const input = document.getElementById('text');
  const sendButton = document.getElementById('send');
  const plus = document.getElementById('plus');
  const menu = document.getElementById('menu');
  const places = document.getElementById('places');

  const placeholder = input.placeholder;
  const userId = ownUserId();
  let after = -1;
  let session = null;
  let polling = false;
  let typingRow = null;
  let typingTimer = 0;

  function ownUserId() {
    let id = localStorage.getItem(KEY_USER);
    if (!/^U[0-9a-f]{32}$/.test(id || '')) {
      const bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      id = 'U' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      localStorage.setItem(KEY_USER, id);
    }
    return id;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // ---- sending ---------------------------------------------------------------------------

  async function send(event) {
    closeSheets();
    clearQuickReplies();
    if (event.type !== 'unfollow') showTyping();
    try {
      const response = await fetch('/simulator/events', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(Object.assign({ userId }, event)),
      });
      if (!response.ok) {
        hideTyping();
        if (response.status !== 502) notice(words.textFailed + ' (HTTP ' + response.status + ')', true);
      }
    } catch (e) {
      hideTyping();
      notice(words.textNetwork, true);
    }
    await poll();
  }

  function sendText(text) {
    const trimmed = text.trim();
    if (trimmed) send({ type: 'text', text: trimmed });
  }

  function follow() {
    const unblocked = localStorage.getItem(KEY_FOLLOWED) === 'yes';
    localStorage.setItem(KEY_FOLLOWED, 'yes');
    localStorage.removeItem(KEY_BLOCKED);
    setBlocked(false);
    send({ type: 'follow', unblocked });
  }

  function unfollow() {
    localStorage.setItem(KEY_BLOCKED, 'yes');
    setBlocked(true);
    send({ type: 'unfollow' });
  }

  function setBlocked(blocked) {
    input.disabled = blocked;
    sendButton.disabled = blocked;
    input.placeholder = blocked ? words.textBlocked : placeholder;
    if (blocked) clearQuickReplies();
  }

  // An action of a quick reply or a card button, tapped.
  function act(action) {
    switch (action.kind) {
      case 'postback':
        send({ type: 'postback', data: action.data, displayText: action.displayText || null });
        break;
      case 'message':
        sendText(action.text || action.label);
        break;
      case 'location':
        openSheet(places);
        break;
      case 'datepicker':
        pickDate(action);
        break;
      case 'uri':
        if (SAFE_LINK.test(action.uri || '')) window.open(action.uri, '_blank', 'noopener');
        break;
      default:
        break;
    }
  }

  // ---- receiving -------------------------------------------------------------------------

  async function poll() {
    if (polling) return;
    polling = true;
    try {
      const response = await fetch(
        '/simulator/messages?userId=' + encodeURIComponent(userId) + '&after=' + after,
        { cache: 'no-store' });
      if (response.ok) {
        const body = await response.json();
        if (session !== null && body.session !== session) {
          // The server restarted and forgot every chat: the next poll draws it again from 0.
          session = body.session;
          after = -1;
          log.replaceChildren();
          clearQuickReplies();
          return;
        }
        session = body.session;
        const entries = body.entries || [];
        if (entries.length) render(entries);
      }
    } catch (e) {
      // The server may be restarting; the next poll tries again.
    } finally {
      polling = false;
    }
  }

  function render(entries) {
    const wasAtBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    let last = null;
    for (const entry of entries) {
      after = Math.max(after, entry.index);
      if (entry.from !== 'user') hideTyping();
      renderEntry(entry);
      last = entry;
    }
    if (typingRow) log.appendChild(typingRow);
    showQuickRepliesOf(last);
    if (wasAtBottom || last.from === 'user') log.scrollTop = log.scrollHeight;
  }

  function renderEntry(entry) {
    const m = entry.message;
    if (entry.from === 'system') {
      notice(words.textProblem + ': ' + m.text, true);
    } else if (entry.from === 'user') {
      renderUserEntry(entry, m);
    } else if (m.kind === 'cards') {
      renderCards(m);
    } else {
      bubbleRow('bot', linkified(m.text), entry.at);
    }
  }

  function renderUserEntry(entry, m) {
    switch (m.kind) {
      case 'text':
        bubbleRow('user', document.createTextNode(m.text), entry.at);
        break;
      case 'postback':
        // LINE shows nothing for a postback unless the button has a displayText.
        if (m.text) bubbleRow('user', document.createTextNode(m.text), entry.at);
        break;
      case 'location':
        bubbleRow('user', document.createTextNode(
          words.textLocation + (m.title ? '：' + m.title : '') + (m.address ? '\n' + m.address : '')),
          entry.at);
        break;
      case 'follow':
      case 'unblock':
      case 'unfollow':
        notice(words['text' + m.kind.charAt(0).toUpperCase() + m.kind.slice(1)], false);
        break;
      default:
        break;
    }
  }

  function bubbleRow(side, content, at) {
    const row = el('div', 'row ' + side);
    if (side === 'bot') row.appendChild(el('div', 'avatar', 'J'));
    const bubble = el('div', 'bubble');
    bubble.appendChild(content);
    row.appendChild(bubble);
    if (at) row.appendChild(el('span', 'time', clock(at)));
    log.appendChild(row);
    return row;
  }

  function linkified(text) {
    const fragment = document.createDocumentFragment();
    String(text || '').split(URL_IN_TEXT).forEach((part, i) => {
      if (i % 2 === 1) {
        const a = el('a', null, part);
        a.href = part;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        fragment.appendChild(a);
      } else if (part) {
        fragment.appendChild(document.createTextNode(part));
      }
    });
    return fragment;
  }

  function renderCards(message) {
    const row = el('div', 'cards');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', message.altText || '');
    for (const card of message.cards || []) row.appendChild(cardNode(card));
    log.appendChild(row);
  }

  function cardNode(card) {
    const node = el('article', 'card');
    const body = el('div', 'card-body');
    body.appendChild(el('h3', 'card-title', card.title));
    if (card.subtitle) body.appendChild(el('p', 'card-subtitle', card.subtitle));
    for (const line of card.lines || []) body.appendChild(el('p', 'card-line', line));
    if ((card.tags || []).length) {
      const tags = el('div', 'card-tags');
      for (const tag of card.tags) tags.appendChild(el('span', 'tag', tag));
      body.appendChild(tags);
    }
    if (card.note) body.appendChild(el('p', 'card-note', card.note));
    node.appendChild(body);
    if ((card.buttons || []).length) {
      const buttons = el('div', 'card-buttons');
      for (const action of card.buttons) {
        const button = el('button', null, action.label);
        button.type = 'button';
        button.addEventListener('click', () => act(action));
        buttons.appendChild(button);
      }
      node.appendChild(buttons);
    }
    return node;
  }

  function showQuickRepliesOf(entry) {
    clearQuickReplies();
    if (!entry || entry.from !== 'bot' || input.disabled) return;
    for (const action of entry.message.quickReplies || []) {
      const chip = el('button', 'chip', action.label);
      chip.type = 'button';
      chip.addEventListener('click', () => act(action));
      quick.appendChild(chip);
    }
  }

  // LINE's date picker, as the page can draw it: a date field and a button in the quick-reply bar;
  // the chosen day goes back as LINE sends it (the postback's data, with the date in its params).
  function pickDate(action) {
    clearQuickReplies();
    const field = el('input', 'date-field');
    field.type = 'date';
    if (action.min) field.min = action.min;
    if (action.max) field.max = action.max;
    field.value = action.initial || action.min || '';
    field.setAttribute('aria-label', action.label);
    const ok = el('button', 'chip', words.textDateOk);
    ok.type = 'button';
    ok.addEventListener('click', () => {
      if (!field.value) return;
      send({ type: 'postback', data: action.data, date: field.value, displayText: field.value });
    });
    quick.appendChild(field);
    quick.appendChild(ok);
    field.focus();
  }

  function clearQuickReplies() {
    quick.replaceChildren();
  }

  function notice(text, problem) {
    log.appendChild(el('div', problem ? 'notice problem' : 'notice', text));
    log.scrollTop = log.scrollHeight;
  }

  function showTyping() {
    if (!typingRow) {
      typingRow = el('div', 'row bot typing');
      typingRow.setAttribute('aria-hidden', 'true');
      typingRow.appendChild(el('div', 'avatar', 'J'));
      const dots = el('div', 'bubble');
      for (let i = 0; i < 3; i++) dots.appendChild(el('span', 'dot'));
      typingRow.appendChild(dots);
    }
    log.appendChild(typingRow);
    log.scrollTop = log.scrollHeight;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, TYPING_MAX_MS);
  }

  function hideTyping() {
    clearTimeout(typingTimer);
    if (typingRow) typingRow.remove();
    typingRow = null;
  }

  function clock(millis) {
    const d = new Date(millis);
    return d.getHours() + ':' + String(d.getMinutes()).padStart(2, '0');
  }

  // ---- menus -------------------------------------------------------------------------------

  function openSheet(sheet) {
    closeSheets();
    sheet.hidden = false;
    plus.setAttribute('aria-expanded', String(sheet === menu));
  }

  function closeSheets() {
    menu.hidden = true;
    places.hidden = true;
    plus.setAttribute('aria-expanded', 'false');
  }

  plus.addEventListener('click', () => (menu.hidden ? openSheet(menu) : closeSheets()));

  menu.addEventListener('click', (e) => {
    const choice = e.target.closest('button') && e.target.closest('button').dataset.menu;
    if (choice === 'location') openSheet(places);
    else if (choice === 'follow') follow();
    else if (choice === 'unfollow') unfollow();
    else if (choice === 'reset') {
      [KEY_USER, KEY_FOLLOWED, KEY_BLOCKED].forEach((k) => localStorage.removeItem(k));
      location.reload();
    } else closeSheets();
  });

  places.addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (!button) return;
    if (button.dataset.latitude === undefined) {
      closeSheets();
      return;
    }
    if (input.disabled) return;
    send({
      type: 'location',
      title: button.dataset.title,
      address: button.dataset.address,
      latitude: Number(button.dataset.latitude),
      longitude: Number(button.dataset.longitude),
    });
  });

  // ---- rich menu ---------------------------------------------------------------------------
  // The menu of dialogs/richmenu.yml, drawn by the same code as the image LINE gets; each area
  // is a button over its part of the image, and a tap sends what LINE would: a text message, or a
  // postback whose displayText LINE shows as the person's message.

  async function showRichMenu() {
    const section = document.getElementById('richmenu');
    const panel = document.getElementById('richmenu-panel');
    const bar = document.getElementById('richmenu-bar');
    let body;
    try {
      const response = await fetch('/simulator/richmenu', { cache: 'no-store' });
      if (response.status !== 200) return;
      body = await response.json();
    } catch (e) {
      return;
    }
    panel.style.aspectRatio = String(body.aspect);
    if (body.image) {
      const image = el('img', 'richmenu-image');
      image.src = body.image;
      image.alt = '';
      panel.appendChild(image);
    } else {
      panel.classList.add('richmenu-drawn');
    }
    for (const area of body.areas) {
      const button = el('button', 'richmenu-area');
      button.type = 'button';
      button.setAttribute('aria-label', area.note ? area.label + '（' + area.note + '）' : area.label);
      Object.assign(button.style, {
        left: area.left + '%', top: area.top + '%', width: area.width + '%', height: area.height + '%',
      });
      if (!body.image) {
        button.style.background = area.color;
        button.appendChild(el('strong', null, area.label));
        if (area.note) button.appendChild(el('span', null, area.note));
      }
      button.addEventListener('click', () => {
        if (input.disabled) return;
        if (area.tap.kind === 'message') sendText(area.tap.text);
        else send({ type: 'postback', data: area.tap.data, displayText: area.tap.displayText });
      });
      panel.appendChild(button);
    }
    bar.textContent = body.chatBarText;
    bar.addEventListener('click', () => {
      panel.hidden = !panel.hidden;
      bar.setAttribute('aria-expanded', String(!panel.hidden));
    });
    section.hidden = false;
  }

  // ---- composer ----------------------------------------------------------------------------

  composer.addEventListener('submit', (e) => {
    e.preventDefault();
    if (input.disabled) return;
    const text = input.value;
    input.value = '';
    fitInput();
    sendText(text);
    input.focus();
  });

  input.addEventListener('keydown', (e) => {
    // Enter sends; Shift+Enter is a new line; Enter while the IME is converting is not a send.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      composer.requestSubmit();
    }
  });

  function fitInput() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight + 2, 120) + 'px';
  }
  input.addEventListener('input', fitInput);

  // ---- start -------------------------------------------------------------------------------

  (async () => {
    setBlocked(localStorage.getItem(KEY_BLOCKED) === 'yes');
    showRichMenu();
    await poll();
    if (localStorage.getItem(KEY_FOLLOWED) !== 'yes') follow();
    setInterval(poll, POLL_MS);
  })();
})();
