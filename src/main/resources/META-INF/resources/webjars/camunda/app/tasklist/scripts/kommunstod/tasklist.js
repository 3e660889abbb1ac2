// Kommunstöd's additions to Camunda Tasklist (loaded by scripts/config.js as a custom script).
//
// - Marks <html> with what the person may do (from /api/me): "Starta process" for Brå and
//   administrators, "Skapa uppgift" for administrators only; user-styles.css hides the rest.
// - Puts form-js's own texts (validation messages, placeholders, the date picker) into Swedish:
//   form-js 1.x has no translation hook in Tasklist 7.24, so its texts are replaced where they appear.
// - Shows the engine's refusal of a form in Swedish, without internal variable names, next to the
//   field it is about; confirms a completed task and a saved draft.
// - Points the task's process link ("Stödärende ↗") at the case page instead of Cockpit.
// Everything here is read by TasklistBrowserTest (src/test/browser/tasklist.mjs).

const appRoot = (document.querySelector('base') && document.querySelector('base').getAttribute('app-root')) || '/camunda';
const contextPath = appRoot.slice(0, appRoot.lastIndexOf('/'));

// ---------------------------------------------------------------- who may do what

const html = document.documentElement;
const ROLE_CLASSES = ['ks-may-start-process', 'ks-may-create-task', 'ks-may-use-cockpit'];
let loadedFor = null;

function markRoles(me) {
  ROLE_CLASSES.forEach((c) => html.classList.remove(c));
  if (!me) {
    loadedFor = null;
    return;
  }
  const groups = me.groups || [];
  const admin = groups.includes('camunda-admin');
  const bra = groups.includes('bra');
  if (admin || bra) {
    html.classList.add('ks-may-start-process', 'ks-may-use-cockpit');
  }
  if (admin) {
    html.classList.add('ks-may-create-task');
  }
  loadedFor = me.userId;
}

function loadRoles() {
  // Ask Camunda first whether someone is logged in: /api answers 401 to nobody, and a browser may
  // answer a 401 with its own password dialog.
  const json = { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } };
  return fetch(appRoot + '/api/admin/auth/user/default', json)
    .then((r) => (r.ok ? fetch(contextPath + '/api/me', json) : null))
    .then((r) => (r && r.ok ? r.json() : null))
    .then(markRoles)
    .catch(() => markRoles(null));
}

// ---------------------------------------------------------------- form-js texts in Swedish

const TEXTS = [
  [/^Field is required\.$/, () => 'Fältet måste fyllas i.'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Skriv minst ${m[1]} tecken.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Skriv högst ${m[1]} tecken.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Värdet måste vara minst ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Värdet får vara högst ${m[1]}.`],
  [/^Field must match pattern (.+)\.$/, (m) => `Värdet har fel format (${m[1]}).`],
  [/^Field must be a valid email\.$/, () => 'Ange en giltig e-postadress.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Ange ett giltigt telefonnummer med landsnummer, t.ex. +46 70 123 45 67.'],
  [/^Date and time must both be entered\.$/, () => 'Ange både datum och tid.'],
  [/^Select$/, () => 'Välj'],
  [/^Search$/, () => 'Sök'],
  [/^No results$/, () => 'Inga träffar'],
  [/^All values selected$/, () => 'Alla värden är valda'],
  [/^Nothing to show\.$/, () => 'Inget att visa.'],
];
const ATTRIBUTES = {
  placeholder: [[/^yyyy-mm-dd$/i, 'ÅÅÅÅ-MM-DD'], [/^mm\/dd\/yyyy$/i, 'ÅÅÅÅ-MM-DD'], [/^hh:mm$/, 'tt:mm'], [/^hh:mm \?m$/, 'tt:mm'], [/^Search$/, 'Sök'], [/^Select$/, 'Välj']],
  title: [[/^Remove tag$/, 'Ta bort'], [/^Powered by bpmn\.io$/, 'Formulär av bpmn.io']],
  'aria-label': [[/^Previous page$/, 'Föregående sida'], [/^Next page$/, 'Nästa sida']],
};

function translateText(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  for (const [pattern, replacement] of TEXTS) {
    const m = trimmed.match(pattern);
    if (m) {
      return text.replace(trimmed, replacement(m));
    }
  }
  return null;
}

function translateElement(root) {
  if (!(root instanceof Element)) {
    return;
  }
  if (!root.closest('.fjs-container, .flatpickr-calendar')) {
    root.querySelectorAll('.fjs-container, .flatpickr-calendar').forEach(translateElement);
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const sv = translateText(node.nodeValue);
    if (sv !== null && sv !== node.nodeValue) {
      node.nodeValue = sv;
    }
  }
  for (const [attribute, rules] of Object.entries(ATTRIBUTES)) {
    const elements = [root, ...root.querySelectorAll('[' + attribute + ']')];
    for (const element of elements) {
      const value = element.getAttribute && element.getAttribute(attribute);
      if (!value) {
        continue;
      }
      for (const [pattern, sv] of rules) {
        if (pattern.test(value)) {
          element.setAttribute(attribute, sv);
        }
      }
    }
  }
}

// flatpickr, the date picker of form-js: Swedish names, Monday first
const FLATPICKR_SV = {
  weekdays: {
    shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
    longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    longhand: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober',
      'november', 'december'],
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' till ',
  weekAbbreviation: 'v',
  scrollTitle: 'Scrolla för att ändra',
  toggleTitle: 'Klicka för att växla',
  yearAriaLabel: 'År',
  monthAriaLabel: 'Månad',
  hourAriaLabel: 'Timme',
  minuteAriaLabel: 'Minut',
  time_24hr: true,
  ordinal: () => '.',
};

function swedishDatePicker(input) {
  const picker = input && input._flatpickr;
  if (picker && !picker.ksSwedish) {
    picker.ksSwedish = true;
    picker.set('locale', FLATPICKR_SV);
    translateElement(picker.calendarContainer);
  }
}

// ---------------------------------------------------------------- the engine's refusals

// form keys and labels of the form on screen, from the deployed form Tasklist loads
let formFields = {};

function rememberForm(schema, formElementId) {
  formFields = {};
  const visit = (components) => (components || []).forEach((c) => {
    if (c.key) {
      formFields[c.key] = { id: c.id, label: c.label || c.key, values: c.values || [] };
    }
    visit(c.components);
  });
  visit(schema && schema.components);
}

/** "Variabeln/variable 'x': Svensk text / English text" and "... 'x' ..." become Swedish with labels. */
function swedishRefusal(message) {
  if (!message || typeof message !== 'string') {
    return null;
  }
  let text = message;
  let field = null;
  const prefix = text.match(/^Variabeln\/variable '([^']+)':\s*/);
  if (prefix) {
    field = prefix[1];
    text = text.slice(prefix[0].length);
  }
  const split = text.indexOf(' / ');
  if (split < 0 && !prefix) {
    return null;
  }
  if (split >= 0) {
    text = text.slice(0, split);
  }
  text = text.replace(/'([A-Za-z][A-Za-z0-9_.]*)'/g, (whole, key) => {
    const known = formFields[key.split('.')[0]];
    if (known) {
      field = field || key.split('.')[0];
      return '«' + known.label + '»';
    }
    return whole;
  });
  return { text: text.trim(), field: field && formFields[field] ? field : null };
}

function showNextToField(fieldKey, text) {
  document.querySelectorAll('.ks-refusal').forEach((e) => e.remove());
  const known = formFields[fieldKey];
  if (!known) {
    return false;
  }
  const input = document.querySelector('[id$="-' + CSS.escape(known.id) + '"], [id*="-' + CSS.escape(known.id) + '-"]');
  const field = input && input.closest('.fjs-form-field');
  if (!field) {
    return false;
  }
  const note = document.createElement('div');
  note.className = 'ks-refusal';
  note.setAttribute('role', 'alert');
  note.textContent = text;
  field.appendChild(note);
  field.scrollIntoView({ block: 'center' });
  return true;
}

// ---------------------------------------------------------------- Tasklist's notifications

function injector() {
  const angular = window.angular;
  if (!angular) {
    return null;
  }
  for (const element of [document.documentElement, document.body]) {
    const found = angular.element(element).injector();
    if (found) {
      return found;
    }
  }
  return null;
}

function notifications() {
  const found = injector();
  if (!found || !found.has('Notifications')) {
    return null;
  }
  const service = found.get('Notifications');
  if (!service.ksWrapped) {
    service.ksWrapped = true;
    const add = service.add.bind(service);
    service.add = (notification) => {
      const refusal = swedishRefusal(notification.message);
      if (refusal) {
        notification.message = refusal.text;
        notification.status = 'Det gick inte att slutföra uppgiften';
        if (refusal.field) {
          showNextToField(refusal.field, refusal.text);
        }
        notification.duration = notification.duration || 15000;
      }
      if (!refusal && notification.type === 'danger' && !notification.message
          && document.querySelector('.task-card .fjs-container')) {
        // form-js marks the fields just after Tasklist reports the failed submit: say what to do then
        notification.duration = 10000;
        const hint = () => {
          notification.message = 'Rätta de markerade fälten och försök igen.';
          injector().get('$rootScope').$applyAsync();
        };
        if (document.querySelector('.task-card .fjs-form-field-error')) {
          notification.message = 'Rätta de markerade fälten och försök igen.';
        } else {
          setTimeout(() => document.querySelector('.task-card .fjs-form-field-error') && hint(), 150);
        }
      }
      if (notification.type !== 'danger' && !notification.duration) {
        notification.duration = 8000;
      }
      return add(notification);
    };
  }
  return service;
}

function confirm(status, message) {
  const service = notifications();
  if (service) {
    service.clearAll(); // an earlier refusal of the same form no longer holds
    service.addMessage({ status, message, type: 'success', duration: 8000 });
    // outside a request (after Spara) nothing else makes Angular draw the message
    injector().get('$rootScope').$applyAsync();
  }
}

// ---------------------------------------------------------------- requests Tasklist makes

const originalOpen = XMLHttpRequest.prototype.open;
const originalSend = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function open(method, url, ...rest) {
  this.ksMethod = method;
  this.ksUrl = String(url);
  return originalOpen.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function send(...args) {
  const request = this;
  const url = request.ksUrl || '';
  const completing = request.ksMethod === 'POST' && /\/task\/[^/]+\/(submit-form|complete)(\?|$)/.test(url);
  const taskName = completing ? (document.querySelector('.task-card h2.task') || {}).textContent : null;
  if (completing) {
    notifications(); // wrapped before Tasklist reports an error
    document.querySelectorAll('.ks-refusal').forEach((e) => e.remove());
  }
  request.addEventListener('load', () => {
    if (completing && request.status >= 200 && request.status < 300) {
      confirm('Uppgiften är slutförd', (taskName ? '«' + taskName.trim() + '» är slutförd. ' : '')
        + 'Det du fyllde i är sparat i stödärendet.');
    } else if (/\/deployed-form(\?|$)/.test(url) && request.status === 200) {
      try {
        rememberForm(JSON.parse(request.responseText));
      } catch (e) {
        formFields = {};
      }
    } else if (/\/auth\/user\/[^/]+\/login\//.test(url) && request.status === 200) {
      loadRoles();
    } else if (/\/auth\/user\/[^/]+\/logout/.test(url)) {
      markRoles(null);
    }
  });
  return originalSend.apply(this, args);
};

// Tasklist fetches a task's Camunda Form with fetch()
const originalFetch = window.fetch;
window.fetch = function fetch(resource, ...rest) {
  const url = String(resource && resource.url ? resource.url : resource);
  const answer = originalFetch.call(this, resource, ...rest);
  if (/\/deployed-form(\?|$)/.test(url)) {
    answer.then((response) => (response.ok ? response.clone().json() : null))
      .then((schema) => schema && rememberForm(schema))
      .catch(() => { formFields = {}; });
  }
  return answer;
};

// ---------------------------------------------------------------- the page itself

function caseLink(link) {
  const match = (link.getAttribute('href') || '').match(/process-instance\/([^/?#]+)/);
  if (!match) {
    return;
  }
  const target = contextPath + '/arenden/instans/' + match[1];
  if (link.getAttribute('href') !== target) {
    link.setAttribute('href', target);
    link.setAttribute('title', 'Öppna stödärendets sida');
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
    link.classList.add('ks-case-link');
    if (!link.querySelector('.ks-case-label')) {
      const label = document.createElement('span');
      label.className = 'ks-case-label';
      label.textContent = 'Ärendets sida';
      link.insertBefore(label, link.firstChild);
    }
  }
}

function scan(root) {
  if (!(root instanceof Element)) {
    return;
  }
  translateElement(root);
  const links = root.matches('a.instance-link') ? [root] : root.querySelectorAll('a.instance-link');
  links.forEach(caseLink);
}

let notificationsWrapped = false;

new MutationObserver((mutations) => {
  // Tasklist's messages pass through notifications() from its start, not only from the first request:
  // a form that form-js refuses sends none
  notificationsWrapped = notificationsWrapped || !!notifications();
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach((node) => scan(node.nodeType === Node.TEXT_NODE ? node.parentElement : node));
    } else if (mutation.type === 'characterData') {
      scan(mutation.target.parentElement);
    } else if (mutation.type === 'attributes') {
      if (mutation.target.matches && mutation.target.matches('a.instance-link')) {
        caseLink(mutation.target);
      } else {
        translateElement(mutation.target);
      }
    }
  }
}).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'placeholder'],
});

// the date picker is set up when form-js renders it; make it Swedish before it opens
['focusin', 'mousedown', 'keydown'].forEach((type) => document.addEventListener(type, (event) => {
  const input = event.target && event.target.closest && event.target.closest('.fjs-datepicker input, input.fjs-input');
  if (input) {
    swedishDatePicker(input);
  }
}, true));

// a draft (Spara) stays in this browser only: say so
document.addEventListener('click', (event) => {
  const save = event.target && event.target.closest && event.target.closest('.form-actions button[ng-click^="save"]');
  if (save && !save.disabled) {
    setTimeout(() => confirm('Utkastet är sparat',
      'Utkastet finns bara i den här webbläsaren, inte för andra eller på en annan dator. Slutför uppgiften när du är klar.'), 0);
  }
}, true);

window.addEventListener('hashchange', () => {
  if (!loadedFor) {
    loadRoles();
  }
});
loadRoles();

export default [];
