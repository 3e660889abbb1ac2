// Kommunstöd: Camunda's label files are in the browser before Tasklist, Cockpit or Admin start.
// Loaded as a custom script by each app's scripts/config.js ('../kommunstod/locales').
//
// Why: Camunda loads locales/<language>.json with an HTTP request once the app has started, and
// reads its labels from localStorage ("camunda-web", one entry per file) when a copy is there.
// Some widgets translate their labels once, when they appear: the search bar above the task list
// (and Cockpit's) takes $translate.instant(...) of its keys and keeps the answer. In a browser
// without a copy (a first login, a new profile) the bar could appear before the answer arrived and
// then showed the keys themselves — "SEARCH_PLACEHOLDER", "CREATION_DATE" — in about 1 of 3 first
// logins. Camunda waits for custom scripts before it starts the app, so this script fetches the
// files the app will ask for and stores them where Camunda looks first; the app then has its labels
// from the start, and a copy is never older than the server's files.
const base = document.querySelector('base');
const appRoot = base.getAttribute('app-root');
const appName = base.getAttribute('app-name');
// as in each app's config.js (locales.availableLocales, fallbackLocale)
const AVAILABLE = ['en', 'sv'];
const FALLBACK = 'en';
const bust = window.bust || '7.24.0';

function preferredLanguage() {
  // Camunda's own choice: the browser's first language if available, else the fallback
  const nav = window.navigator;
  const first = (Array.isArray(nav.languages) ? nav.languages[0] : nav.language) || '';
  const language = first.split('-')[0].toLowerCase();
  return AVAILABLE.includes(language) ? language : FALLBACK;
}

async function store(language) {
  const prefix = appRoot + '/app/' + appName + '/locales/';
  const response = await fetch(prefix + language + '.json?bust=' + bust,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    return;
  }
  const file = await response.json();
  const saved = JSON.parse(window.localStorage.getItem('camunda-web') || '{}');
  saved[prefix + '_locales_data_' + language + '_' + bust] = JSON.stringify(file);
  window.localStorage.setItem('camunda-web', JSON.stringify(saved));
}

try {
  const languages = [...new Set([preferredLanguage(), FALLBACK])];
  // never hold the app up for long: after 5 s it starts as Camunda would have
  await Promise.race([Promise.all(languages.map(store)), new Promise((resolve) => setTimeout(resolve, 5000))]);
} catch (e) {
  console.warn('Kommunstöd: the label files could not be loaded in advance', e);
}

export default [];
