// Stillastående steg: hämtar /api/monitoring/summary och /api/monitoring/stalled och ritar om var 30:e sekund.
(function () {
  'use strict';
  const REFRESH_MS = 30000;
  const PAGE_SIZE = 25;
  const form = document.getElementById('filters');
  const bucketClass = ['b0', 'b1', 'b2', 'b3'];
  const bucketLabels = ['0–7', '8–30', '31–90', '>90'];
  const kinds = { USER_TASK: 'Uppgifter', INCIDENT: 'Incidenter', TIMER: 'Timers', MESSAGE: 'Meddelanden' };
  const knownMunicipalities = new Map();
  const knownProcesses = new Map();

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') node.className = v;
      else if (k === 'style') node.style.cssText = v;
      else if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
      else node.setAttribute(k, v);
    });
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
    return node;
  }

  function query() {
    const params = new URLSearchParams();
    new FormData(form).forEach((v, k) => { if (String(v).trim() !== '') params.set(k, String(v).trim()); });
    return params;
  }

  function bucketOf(days) {
    return days <= 7 ? 0 : days <= 30 ? 1 : days <= 90 ? 2 : 3;
  }

  async function fetchJson(url) {
    const response = await fetch(url, { credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
    if (response.status === 401) { // the session has ended: log in again and come back
      window.location.assign('/logga-in?next=' + encodeURIComponent(location.pathname + location.search));
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || ('HTTP ' + response.status));
    return body;
  }

  function stackedBar(buckets, max) {
    return el('div', { class: 'bar' }, buckets.map((n, i) => n > 0
      ? el('span', { class: bucketClass[i], style: 'width:' + (100 * n / max) + '%', title: bucketLabels[i] + ' dagar: ' + n })
      : null).filter(Boolean));
  }

  function renderCards(summary, worst) {
    const byKind = {};
    summary.perStep.forEach(s => { byKind[s.kind] = (byKind[s.kind] || 0) + s.count; });
    const oldest = worst.items.length ? worst.items[0].daysPastLimit : 0;
    const cards = document.getElementById('cards');
    cards.replaceChildren(
      el('div', { class: 'card total' }, el('div', { class: 'n' }, summary.total), el('div', { class: 't' }, 'stillastående steg')),
      ...Object.entries(kinds).map(([k, label]) =>
        el('div', { class: 'card' }, el('div', { class: 'n' }, byKind[k] || 0), el('div', { class: 't' }, label))),
      el('div', { class: 'card' }, el('div', { class: 'n' }, oldest), el('div', { class: 't' }, 'dagar över gränsen, värsta fallet')));
  }

  function renderBars(target, rows, label, onClick) {
    const box = document.getElementById(target);
    if (!rows.length) { box.replaceChildren(el('div', { class: 'empty' }, 'Inget står still här. 🎉')); return; }
    const max = Math.max(...rows.map(r => r.count));
    box.replaceChildren(...rows.slice(0, 15).map(r => el('div', { class: 'row', onclick: () => onClick(r), title: 'Filtrera på detta' },
      el('div', { class: 'label' }, label(r)), stackedBar(r.buckets, max), el('div', { class: 'count' }, r.count))));
  }

  function renderAges(summary) {
    const max = Math.max(1, ...summary.totalBuckets);
    document.getElementById('ages').replaceChildren(...summary.totalBuckets.map((n, i) => el('div', { class: 'col' },
      el('div', { class: 'v' }, n),
      el('div', { class: 'c ' + bucketClass[i], style: 'height:' + (85 * n / max) + '%' }),
      el('div', { class: 'l' }, bucketLabels[i] + ' dagar'))));
  }

  function renderWorst(page, total) {
    const body = document.getElementById('worst');
    if (!page.items.length) {
      body.replaceChildren(el('tr', {}, el('td', { colspan: 8, class: 'empty' }, 'Inga stillastående steg med dessa filter.')));
    } else {
      body.replaceChildren(...page.items.map(s => el('tr', {},
        el('td', { class: 'days' }, el('span', { class: bucketClass[bucketOf(s.daysPastLimit)] }, s.daysPastLimit)),
        el('td', {}, s.municipalityName || s.municipality || '–'),
        el('td', {}, s.stepName, el('br'), el('small', { style: 'color:var(--muted)' }, s.processName || s.process || '')),
        el('td', {}, el('span', { class: 'kind' }, s.kindLabel)),
        el('td', {}, s.roleName || '–'),
        el('td', {}, s.since ? new Date(s.since).toLocaleDateString('sv-SE') : '–'),
        el('td', {}, s.businessKey || ''),
        el('td', {}, el('a', { href: s.link, target: '_blank', rel: 'noopener' }, s.kind === 'USER_TASK' ? 'Tasklist →' : 'Cockpit →')))));
    }
    document.getElementById('more').textContent = page.hasMore
      ? 'Visar de ' + page.items.length + ' värsta av ' + total + '.' : '';
  }

  function remember(select, map, entries) {
    entries.forEach(([code, name]) => { if (code && !map.has(code)) map.set(code, name); });
    const current = select.value;
    select.replaceChildren(el('option', { value: '' }, 'Alla'),
      ...[...map.entries()].sort((a, b) => a[1].localeCompare(b[1], 'sv')).map(([code, name]) => el('option', { value: code }, name)));
    select.value = current;
  }

  function setStep(step, name) {
    form.step.value = step || '';
    const chip = document.getElementById('stepFilter');
    chip.hidden = !step;
    chip.textContent = step ? 'Steg: ' + name + ' ✕' : '';
    refresh();
  }

  // the summary can come from a snapshot (asOf) taken a little before the answer (generatedAt): both server times
  function summaryAge(summary) {
    const seconds = Math.max(0, Math.round((Date.parse(summary.generatedAt) - Date.parse(summary.asOf)) / 1000));
    return seconds < 60 ? 'uppdaterad för ' + seconds + ' s sedan' : 'uppdaterad för ' + Math.floor(seconds / 60) + ' min sedan';
  }

  async function refresh() {
    const params = query();
    const dot = document.getElementById('dot');
    try {
      const pageParams = new URLSearchParams(params);
      pageParams.set('size', PAGE_SIZE);
      const [summary, worst] = await Promise.all([
        fetchJson('/api/monitoring/summary?' + params),
        fetchJson('/api/monitoring/stalled?' + pageParams)]);
      document.getElementById('error').hidden = true;
      remember(form.municipality, knownMunicipalities, summary.perMunicipality.map(m => [m.municipality, m.name]));
      remember(form.process, knownProcesses, summary.perStep.map(s => [s.process, s.processName || s.process]));
      renderCards(summary, worst);
      renderBars('perStep', summary.perStep,
        s => [s.stepName, el('small', {}, (s.processName || s.process || '') + ' · ' + s.kindLabel)],
        s => setStep(s.step, s.stepName));
      renderBars('perMunicipality', summary.perMunicipality, m => m.name,
        m => { form.municipality.value = m.municipality; refresh(); });
      renderAges(summary);
      renderWorst(worst, summary.total);
      document.getElementById('updated').textContent = 'Hämtad ' + new Date().toLocaleTimeString('sv-SE')
        + ' · sammanfattningen ' + summaryAge(summary);
      dot.classList.remove('stale');
    } catch (e) {
      const box = document.getElementById('error');
      box.textContent = 'Kunde inte hämta läget: ' + e.message;
      box.hidden = false;
      dot.classList.add('stale');
    }
  }

  form.addEventListener('change', refresh);
  form.addEventListener('submit', e => { e.preventDefault(); refresh(); });
  document.getElementById('stepFilter').addEventListener('click', () => setStep(null));
  refresh();
  setInterval(refresh, REFRESH_MS);
})();
