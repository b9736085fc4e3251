// Geofacet's page: the whole state lives in the address (q or like, filter, percent, date, sort, translate, page,
// labels, doc), so that a link reproduces a search. Everything shown is built as DOM text; the only markup
// taken from the server is the <mark> of snippets, and even that is rebuilt element by element.
'use strict';

const PAGE_SIZE = 10;
// The facets of the sidebar, their names and titles from the service's facet table (api/facets), read at start.
let FACETS = [];
let FACET_TITLES = {};
const SHOWN = 8; // values shown per facet before "more"

const TEXT = {
  en: {
    skip: 'Skip to results', searchLabel: 'Search the archive', search: 'Search', filters: 'Filters',
    hint: 'Press / to come back to the search box.', findActor: 'Find a person or organisation',
    dateRange: 'Date range', from: 'From', to: 'To', sort: 'Sort', relevance: 'Relevance', newest: 'Newest first',
    translate: 'Also search the other language', footer: 'Geofacet · English and Japanese geopolitics archive',
    api: 'JSON API', more: 'Show {n} more',
    fewer: 'Show fewer', results: '{n} results', result: '1 result', none: 'No article matches.',
    browse: '{n} articles in the archive', partial: 'with every term; about {n} more with some of them follow',
    understood: 'Understood:', relaxed: 'No article has every term; showing articles with any.',
    clear: 'Clear all filters', remove: 'Remove filter {f}', prev: 'Previous', next: 'Next', page: 'Page {n}',
    original: 'Original article', back: 'Back to the results', restricted: 'Restricted to: {who}',
    unresolved: 'Not understood as {facet}: {value}', noSuggestion: 'Nothing starts with that',
    addFilter: 'Filter on {v}', docs: '{n} articles', loading: 'Searching…',
    like: 'Same event, both languages', likeOf: 'Articles about the same event as {id}',
  },
  ja: {
    skip: '結果へ移動', searchLabel: 'アーカイブを検索', search: '検索', filters: '絞り込み',
    hint: '/ キーで検索欄に戻ります。', findActor: '人物・組織を探す', dateRange: '期間', from: '開始', to: '終了',
    sort: '並び順', relevance: '関連度順', newest: '新しい順', translate: 'もう一方の言語でも検索',
    footer: 'Geofacet · 英語と日本語の国際情勢アーカイブ', api: 'JSON API', more: 'さらに{n}件',
    fewer: '折りたたむ', results: '{n}件', result: '1件', none: '該当する記事はありません。', browse: 'アーカイブの記事{n}件',
    partial: '（すべての語を含む記事。一部の語を含む約{n}件が続きます）', understood: '解釈:', relaxed: 'すべての語を含む記事がないため、いずれかを含む記事を表示しています。',
    clear: '絞り込みをすべて解除', remove: '絞り込み「{f}」を解除', prev: '前へ', next: '次へ', page: '{n}ページ',
    original: '元の記事', back: '検索結果に戻る', restricted: '閲覧制限: {who}', unresolved: '{facet}として解釈できません: {value}',
    noSuggestion: '該当なし', addFilter: '「{v}」で絞り込む', docs: '{n}件', loading: '検索中…',
    like: '同じ出来事の記事（両言語）', likeOf: '{id}と同じ出来事の記事',
  },
};

const $ = (id) => document.getElementById(id);
let state = readState(new URLSearchParams(location.search));
let lastResult = null;
let requestSeq = 0;

// ---- state and address ----

function readState(p) {
  return {
    q: p.get('q') || '', like: p.get('q') ? '' : p.get('like') || '', filters: p.getAll('filter').filter((f) => f.indexOf(':') > 0),
    percent: p.get('percent') || '', date: p.get('date') || '', sort: p.get('sort') === 'date' ? 'date' : 'relevance',
    translate: p.get('translate') !== '0', page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1),
    labels: p.get('labels') === 'ja' ? 'ja' : 'en', doc: p.get('doc') || '',
  };
}

// The search itself, as both the page's address and the API take it.
function searchParams(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  else if (s.like) p.set('like', s.like);
  for (const f of s.filters) p.append('filter', f);
  if (s.percent) p.set('percent', s.percent);
  if (s.date) p.set('date', s.date);
  if (s.sort === 'date') p.set('sort', 'date');
  if (!s.translate) p.set('translate', '0');
  return p;
}

function stateParams(s) {
  const p = searchParams(s);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.labels === 'ja') p.set('labels', 'ja');
  if (s.doc) p.set('doc', s.doc);
  return p;
}

function href(s) {
  const p = stateParams(s).toString();
  return p ? '?' + p : './';
}

function go(changes, options = {}) {
  state = Object.assign({}, state, changes);
  if (!('page' in changes) && !options.keepPage) state.page = 1;
  history.pushState(null, '', href(state));
  render();
}

// A link that changes the state: a real address (open in a new tab works) that the page follows itself.
function stateLink(changes, text) {
  const a = el('a', { href: href(Object.assign({}, state, changes)) }, text);
  a.addEventListener('click', (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(changes, { keepPage: true });
    window.scrollTo(0, 0);
  });
  return a;
}

// ---- small helpers ----

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function t(key, vars) {
  let s = (TEXT[state.labels] || TEXT.en)[key] || TEXT.en[key] || key;
  for (const [k, v] of Object.entries(vars || {})) s = s.replace('{' + k + '}', v);
  return s;
}

// What the sidebar calls a facet, in the labels' language.
function facetTitle(name) {
  const f = FACET_TITLES[name];
  return f ? (state.labels === 'ja' && f.title_ja ? f.title_ja : f.title) : name;
}

function label(v) {
  const text = state.labels === 'ja' && v.label_ja ? v.label_ja : (v.label || v.value || v.id || v.code || '');
  return text;
}

// Japanese text gets lang="ja" so that it is read and rendered as Japanese.
function textSpan(text, cls) {
  return el('span', { class: cls, lang: /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? 'ja' : null }, text);
}

// The snippet's <mark>s as elements and everything else as text, whatever the string holds.
function snippetNodes(html) {
  const doc = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html');
  const out = document.createDocumentFragment();
  for (const node of doc.body.firstChild ? doc.body.firstChild.childNodes : []) {
    if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') out.append(el('mark', {}, node.textContent));
    else out.append(document.createTextNode(node.textContent));
  }
  return out;
}

function formatDate(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso || '')) return iso || '';
  const [y, m, d] = iso.split('-').map(Number);
  if (state.labels === 'ja') return `${y}年${m}月${d}日`;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function safeUrl(url) {
  return /^https?:\/\//i.test(url || '') ? url : null;
}

function apiParams(s) {
  const p = searchParams(s);
  for (const f of FACETS) p.append('facet', f);
  p.set('facet_limit', '40');
  p.set('limit', String(PAGE_SIZE));
  p.set('offset', String((s.page - 1) * PAGE_SIZE));
  return p;
}

async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const body = await res.json().catch(() => ({ reason: res.statusText }));
  if (!res.ok) throw new Error(body.reason || res.statusText);
  return body;
}

function showError(message) {
  const box = $('error');
  box.hidden = !message;
  box.textContent = message || '';
}

// ---- rendering ----

function applyChrome() {
  document.documentElement.lang = state.labels;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  $('labels-en').setAttribute('aria-pressed', String(state.labels === 'en'));
  $('labels-ja').setAttribute('aria-pressed', String(state.labels === 'ja'));
  $('q').value = state.q;
  $('sort').value = state.sort;
  $('translate').checked = state.translate;
  const [from, to] = (state.date || '').split('..');
  $('date-from').value = /^\d{4}-\d{2}-\d{2}$/.test(from || '') ? from : '';
  $('date-to').value = /^\d{4}-\d{2}-\d{2}$/.test(to || '') ? to : '';
}

async function render() {
  applyChrome();
  $('search-view').hidden = !!state.doc;
  $('doc-view').hidden = !state.doc;
  if (state.doc) return renderDocument();
  const seq = ++requestSeq;
  $('results').setAttribute('aria-busy', 'true');
  $('summary').textContent = t('loading');
  try {
    const result = await getJson('api/search?' + apiParams(state).toString());
    if (seq !== requestSeq) return; // a newer search is under way
    lastResult = result;
    showError('');
    draw(result);
  } catch (e) {
    if (seq !== requestSeq) return;
    showError(e.message);
    $('summary').textContent = '';
  } finally {
    if (seq === requestSeq) $('results').setAttribute('aria-busy', 'false');
  }
}

function draw(r) {
  const n = r.total;
  $('summary').textContent = n === 0 ? t('none') : !state.q && !state.like && !state.filters.length && !state.date && !state.percent
    ? t('browse', { n: n.toLocaleString() }) : n === 1 ? t('result') : t('results', { n: n.toLocaleString() });
  if (r.more) $('summary').textContent += ' ' + t('partial', { n: r.more.toLocaleString() });
  drawUnderstood(r);
  drawActiveFilters(r);
  drawFacets(r.facets || {});
  drawHits(r.results || []);
  drawPager(n + (r.more || 0));
  document.title = (state.q ? state.q + ' — ' : '') + 'Geofacet';
}

function drawUnderstood(r) {
  const box = $('understood');
  box.replaceChildren();
  const summary = r.interpreted && r.interpreted.summary;
  if (summary && state.q) box.append(el('strong', {}, t('understood') + ' '), textSpan(summary));
  if (state.like) box.append(el('strong', {}, t('likeOf', { id: state.like })));
  for (const note of (r.interpreted && r.interpreted.notes) || []) box.append(el('span', { class: 'note' }, ' · ' + note));
  if (r.relaxed) box.append(el('span', { class: 'note' }, ' · ' + t('relaxed')));
  for (const f of r.filters || [])
    if (!f.resolved) box.append(el('span', { class: 'warn' }, ' · ' + t('unresolved', { facet: facetTitle(f.facet), value: f.typed })));
  box.hidden = !box.childNodes.length;
}

// The label of a filter value: from the facet counts, else from the filter notes, else the value itself.
function filterLabel(facet, value, r) {
  for (const v of (r.facets && r.facets[facet]) || []) if (v.value === value) return label(v);
  for (const f of r.filters || []) if (f.facet === facet && (f.typed === value || f.value === value)) return f.label || value;
  return value;
}

function drawActiveFilters(r) {
  const box = $('active-filters');
  box.replaceChildren();
  const chips = [];
  state.filters.forEach((f) => {
    const i = f.indexOf(':');
    const facet = f.slice(0, i), value = f.slice(i + 1);
    const text = facetTitle(facet) + ': ' + filterLabel(facet, value, r);
    chips.push(chip(text, () => go({ filters: state.filters.filter((x) => x !== f) })));
  });
  if (state.date) chips.push(chip(facetTitle('date') + ': ' + state.date, () => go({ date: '' })));
  if (state.percent) chips.push(chip(facetTitle('percent') + ': ' + state.percent, () => go({ percent: '' })));
  if (!chips.length) return;
  box.append(el('ul', { class: 'chips' }, ...chips.map((c) => el('li', {}, c))));
  const clear = el('button', { type: 'button', class: 'linkish' }, t('clear'));
  clear.addEventListener('click', () => go({ filters: [], date: '', percent: '' }));
  box.append(clear);
}

function chip(text, onRemove) {
  const b = el('button', { type: 'button', class: 'chip removable', 'aria-label': t('remove', { f: text }) }, textSpan(text), el('span', { 'aria-hidden': 'true' }, ' ×'));
  b.addEventListener('click', onRemove);
  return b;
}

function drawFacets(facets) {
  const box = $('facets');
  const open = new Set([...box.querySelectorAll('fieldset.expanded')].map((f) => f.dataset.facet));
  box.replaceChildren();
  for (const name of FACETS) {
    const values = (facets[name] || []).slice();
    const selected = name === 'date' ? monthsOf(state.date) : state.filters.filter((f) => f.startsWith(name + ':')).map((f) => f.slice(name.length + 1));
    for (const v of selected) if (!values.some((x) => x.value === v)) values.push({ value: v, label: v, count: 0 });
    if (!values.length) continue;
    const set = el('fieldset', { class: 'facet' + (open.has(name) ? ' expanded' : ''), 'data-facet': name });
    set.append(el('legend', {}, facetTitle(name)));
    const list = el('ul', {});
    values.forEach((v, i) => {
      const id = `f-${name}-${i}`;
      const box2 = el('input', { type: 'checkbox', id, 'data-facet': name, 'data-value': v.value });
      box2.checked = selected.includes(v.value);
      box2.addEventListener('change', () => toggleValue(name, v.value, box2.checked));
      const row = el('li', { class: i >= SHOWN && !box2.checked ? 'extra' : null },
        box2, el('label', { for: id }, textSpan(label(v), 'name'), el('span', { class: 'count' }, String(v.count))));
      list.append(row);
    });
    set.append(list);
    const extra = list.querySelectorAll('li.extra').length;
    if (extra) {
      const more = el('button', { type: 'button', class: 'linkish more', 'aria-expanded': String(open.has(name)) },
        open.has(name) ? t('fewer') : t('more', { n: extra }));
      more.addEventListener('click', () => {
        const expanded = set.classList.toggle('expanded');
        more.setAttribute('aria-expanded', String(expanded));
        more.textContent = expanded ? t('fewer') : t('more', { n: extra });
      });
      set.append(more);
    }
    box.append(set);
  }
}

// Months ticked: the months of the date filter when it spans whole months.
function monthsOf(date) {
  const m = /^(\d{4}-\d{2})(?:\.\.(\d{4}-\d{2}))?$/.exec(date || '');
  if (!m) return [];
  const out = [];
  let [y, mo] = m[1].split('-').map(Number);
  const [ey, emo] = (m[2] || m[1]).split('-').map(Number);
  while ((y < ey || (y === ey && mo <= emo)) && out.length < 240) {
    out.push(`${y}-${String(mo).padStart(2, '0')}`);
    if (++mo > 12) { mo = 1; y += 1; }
  }
  return out;
}

function toggleValue(facet, value, on) {
  if (facet === 'date') {
    const months = new Set(monthsOf(state.date));
    if (on) months.add(value); else months.delete(value);
    const sorted = [...months].sort();
    const date = !sorted.length ? '' : sorted.length === 1 ? sorted[0] : sorted[0] + '..' + sorted[sorted.length - 1];
    return go({ date });
  }
  const f = facet + ':' + value;
  go({ filters: on ? state.filters.concat([f]) : state.filters.filter((x) => x !== f) });
}

function addFilter(facet, value) {
  const f = facet + ':' + value;
  if (!state.filters.includes(f)) go({ filters: state.filters.concat([f]) });
}

// A result's facet values as buttons that filter on them; a long list is cut to the first `max`.
function valueChips(values, facet, max = Infinity) {
  const list = el('ul', { class: 'chips values' });
  for (const v of values.slice(0, max)) {
    const value = facet === 'percent' ? String(v.value) : v.id || v.code || v.value;
    const text = facet === 'percent' ? v.value + '%' + (v.of ? ' ' + v.of : '') : label(v);
    const b = el('button', { type: 'button', class: 'chip ' + facet, title: t('addFilter', { v: text }) }, textSpan(text));
    b.addEventListener('click', () => addFilter(facet, value));
    list.append(el('li', {}, b));
  }
  if (values.length > max) list.append(el('li', { class: 'more-values' }, '+' + (values.length - max)));
  return list;
}

function drawHits(hits) {
  const list = $('hits');
  list.replaceChildren();
  list.start = (state.page - 1) * PAGE_SIZE + 1;
  for (const h of hits) {
    const title = stateLink({ doc: h.id }, textSpan(h.title || h.id));
    const meta = el('p', { class: 'meta' },
      h.date ? el('time', { datetime: h.date }, formatDate(h.date)) : null,
      h.source ? textSpan(h.source, 'source') : null,
      el('span', { class: 'lang' }, (h.lang || '').toUpperCase()));
    const url = safeUrl(h.url);
    if (url) meta.append(el('a', { href: url, rel: 'noopener noreferrer', class: 'original' }, t('original')));
    const like = stateLink({ like: h.id, q: '', page: 1 }, t('like'));
    like.className = 'like';
    meta.append(like);
    list.append(el('li', { class: 'hit' },
      el('h3', {}, title), meta,
      el('p', { class: 'snippet', lang: h.lang === 'ja' ? 'ja' : null }, snippetNodes(h.snippet || '')),
      el('div', { class: 'values-row' }, valueChips(h.countries || [], 'country', 5), valueChips(h.actors || [], 'actor', 6),
        valueChips(h.percentages || [], 'percent', 4))));
  }
}

function drawPager(total) {
  const nav = $('pager');
  nav.replaceChildren();
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return;
  const list = el('ul', {});
  const add = (page, text, rel) => {
    if (page < 1 || page > pages) return list.append(el('li', {}, el('span', { class: 'disabled', 'aria-disabled': 'true' }, text)));
    const a = stateLink({ page }, text);
    if (rel) a.rel = rel;
    if (page === state.page) a.setAttribute('aria-current', 'page');
    a.setAttribute('aria-label', rel ? text : t('page', { n: page }));
    list.append(el('li', {}, a));
  };
  add(state.page - 1, '‹ ' + t('prev'), 'prev');
  const first = Math.max(1, Math.min(state.page - 3, pages - 6)), last = Math.min(pages, first + 6);
  for (let p = first; p <= last; p++) add(p, String(p));
  add(state.page + 1, t('next') + ' ›', 'next');
  nav.append(list);
}

async function renderDocument() {
  const view = $('doc-view');
  view.replaceChildren(el('p', {}, t('loading')));
  try {
    const d = await getJson('api/documents/' + encodeURIComponent(state.doc));
    showError('');
    const back = stateLink({ doc: '' }, '‹ ' + t('back'));
    const meta = el('p', { class: 'meta' },
      d.date ? el('time', { datetime: d.date }, formatDate(d.date)) : null,
      d.source ? textSpan(d.source, 'source') : null, el('span', { class: 'lang' }, (d.lang || '').toUpperCase()));
    const url = safeUrl(d.url);
    if (url) meta.append(el('a', { href: url, rel: 'noopener noreferrer', class: 'original' }, t('original')));
    const restricted = (d.access || []).filter((a) => a !== 'public');
    const body = el('div', { class: 'body', lang: d.lang === 'ja' ? 'ja' : null });
    for (const para of (d.body || '').split(/\n+/)) if (para.trim()) body.append(el('p', {}, para));
    const parts = [el('p', { class: 'back' }, back), el('h2', { id: 'doc-title', tabindex: '-1' }, textSpan(d.title || d.id)), meta,
      restricted.length ? el('p', { class: 'restricted' }, t('restricted', { who: restricted.join(', ') })) : null,
      valueChips(d.countries || [], 'country'), valueChips(d.actors || [], 'actor'), valueChips(d.percentages || [], 'percent'), body];
    view.replaceChildren(...parts.filter((p) => p));
    document.title = (d.title || d.id) + ' — Geofacet';
    $('doc-title').focus({ preventScroll: true });
  } catch (e) {
    view.replaceChildren(el('p', { class: 'back' }, stateLink({ doc: '' }, '‹ ' + t('back'))));
    showError(e.message);
  }
}

// ---- the actor box: suggestions as one types, in either script ----

function setupActorBox() {
  const input = $('actor-input'), list = $('actor-options');
  let options = [], active = -1, timer = null, seq = 0;
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0 && list.children[i]) input.setAttribute('aria-activedescendant', list.children[i].id);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (i) => {
    const s = options[i];
    if (!s) return;
    input.value = '';
    close();
    addFilter('actor', s.value);
  };
  const show = (suggestions) => {
    options = suggestions;
    list.replaceChildren();
    if (!suggestions.length) {
      list.append(el('li', { class: 'empty', role: 'option', 'aria-disabled': 'true', id: 'actor-none' }, t('noSuggestion')));
    }
    suggestions.forEach((s, i) => {
      const other = state.labels === 'ja' ? s.label : s.label_ja;
      const li = el('li', { role: 'option', id: 'actor-opt-' + i, 'aria-selected': 'false' },
        textSpan(label(s), 'name'), other ? textSpan(other, 'other') : null, el('span', { class: 'count' }, String(s.count)));
      li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(i); });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(suggestions.length ? 0 : -1);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (!prefix) return close();
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const r = await getJson('api/suggest?facet=actor&limit=8&prefix=' + encodeURIComponent(prefix));
        if (mine === seq && input.value.trim() === prefix) show(r.suggestions || []);
      } catch (e) { close(); }
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && options.length) { e.preventDefault(); if (list.hidden) show(options); else highlight((active + 1) % options.length); }
    else if (e.key === 'ArrowUp' && options.length) { e.preventDefault(); highlight((active - 1 + options.length) % options.length); }
    else if (e.key === 'Enter' && !list.hidden && active >= 0) { e.preventDefault(); choose(active); }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

// ---- wiring ----

async function setup() {
  try {
    const table = await getJson('api/facets');
    FACETS = table.facets.map((f) => f.name);
    for (const f of table.facets) FACET_TITLES[f.name] = f;
  } catch (e) {
    FACETS = []; // the searches still run, without a sidebar
  }
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    go({ q: $('q').value.trim(), like: '', doc: '' });
  });
  $('labels-en').addEventListener('click', () => go({ labels: 'en' }, { keepPage: true }));
  $('labels-ja').addEventListener('click', () => go({ labels: 'ja' }, { keepPage: true }));
  $('sort').addEventListener('change', () => go({ sort: $('sort').value }));
  $('translate').addEventListener('change', () => go({ translate: $('translate').checked }));
  const dateChanged = () => {
    const from = $('date-from').value, to = $('date-to').value;
    go({ date: from || to ? `${from}..${to}` : '' });
  };
  $('date-from').addEventListener('change', dateChanged);
  $('date-to').addEventListener('change', dateChanged);
  setupActorBox();
  window.addEventListener('popstate', () => { state = readState(new URLSearchParams(location.search)); render(); });
  document.addEventListener('keydown', (e) => {
    const typing = /^(INPUT|SELECT|TEXTAREA)$/.test((e.target && e.target.tagName) || '');
    if (e.key === '/' && !typing) { e.preventDefault(); $('q').focus(); $('q').select(); }
  });
  // On a phone the filters start folded under the search box.
  const narrow = window.matchMedia('(max-width: 800px)');
  $('filters-panel').open = !narrow.matches;
  narrow.addEventListener('change', () => { $('filters-panel').open = !narrow.matches; });
  render();
}

document.addEventListener('DOMContentLoaded', setup);
