// The login page of Kommunstöd's own pages: logs in to the Camunda webapps (the session Tasklist,
// the dashboard, the case pages and the reports share), then returns to the page asked for.
(function () {
  'use strict';
  const params = new URLSearchParams(window.location.search);
  const message = document.getElementById('message');
  const form = document.getElementById('login');

  /** Only a path of this site, never another site (no "//host", no scheme). */
  function target() {
    const next = params.get('next') || '';
    return /^\/(?![\/\\])/.test(next) ? next : '/arenden';
  }

  function say(text, kind) {
    message.textContent = text;
    message.className = 'message ' + (kind || '');
    message.hidden = false;
  }

  if (params.has('utloggad')) {
    say('Du är utloggad.', 'ok');
  } else if (params.has('next')) {
    say('Logga in för att se sidan.');
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      // Camunda's CSRF token comes with every GET under /camunda
      const probe = await fetch('/camunda/api/admin/auth/user/default',
        { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
      const body = new URLSearchParams({ username: form.username.value, password: form.password.value });
      const answer = await fetch('/camunda/api/admin/auth/user/default/login/tasklist', {
        method: 'POST', credentials: 'same-origin', body,
        headers: { 'X-XSRF-TOKEN': probe.headers.get('X-XSRF-TOKEN') || '', Accept: 'application/json' },
      });
      if (answer.ok) {
        window.location.assign(target());
        return;
      }
      say('Fel användarnamn eller lösenord, eller så saknar du behörighet.', 'error');
    } catch (e) {
      say('Inloggningen misslyckades: servern svarar inte. Försök igen om en stund.', 'error');
    }
    button.disabled = false;
    form.password.select();
  });
}());
