// The navigation bar of Kommunstöd's own pages (dashboard, case pages): links between the pages
// and Tasklist, who is logged in, and a logout. One login for all: the Camunda webapp session.
(function () {
  'use strict';
  const json = { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } };

  function link(href, text, current) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    if (current) {
      a.setAttribute('aria-current', 'page');
    }
    return a;
  }

  /** Camunda's CSRF token: sent in a header on every GET under /camunda. */
  async function csrfToken() {
    const answer = await fetch('/camunda/api/admin/auth/user/default', json);
    return answer.headers.get('X-XSRF-TOKEN');
  }

  async function logout() {
    const token = await csrfToken();
    await fetch('/camunda/api/admin/auth/user/default/logout', {
      method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': token || '', Accept: 'application/json' },
    });
    window.location.assign('/logga-in?utloggad=1');
  }

  async function render() {
    const page = document.body.dataset.page || '';
    const bar = document.createElement('nav');
    bar.className = 'ks-nav';
    bar.setAttribute('aria-label', 'Kommunstöd');
    const brand = document.createElement('span');
    brand.className = 'ks-brand';
    brand.textContent = 'Kommunstöd';
    const links = document.createElement('span');
    links.className = 'ks-links';
    links.append(
      link('/camunda/app/tasklist/', 'Uppgifter', false),
      link('/arenden', 'Ärenden', page === 'cases'),
      link('/dashboard', 'Stillastående steg', page === 'dashboard'),
      link('/api/reports/final?format=html', 'Slutrapport', false));
    const who = document.createElement('span');
    who.className = 'ks-user';
    bar.append(brand, links, who);
    document.body.insertBefore(bar, document.body.firstChild);

    const answer = await fetch('/camunda/api/admin/auth/user/default', json).catch(() => null);
    const me = answer && answer.ok ? await answer.json() : null;
    if (!me) {
      return;
    }
    const apps = me.authorizedApps || [];
    if (apps.includes('cockpit')) {
      links.append(link('/camunda/app/cockpit/', 'Cockpit', false));
    }
    if (apps.includes('admin')) {
      links.append(link('/camunda/app/admin/', 'Admin', false));
    }
    const name = document.createElement('span');
    name.className = 'ks-user-name';
    name.textContent = me.userId;
    const out = document.createElement('button');
    out.type = 'button';
    out.className = 'ks-logout';
    out.textContent = 'Logga ut';
    out.addEventListener('click', logout);
    who.append(name, out);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', render);
  } else {
    render();
  }
}());
