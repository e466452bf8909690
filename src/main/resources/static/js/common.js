/* Wat elke pagina nodig heeft: de API aanroepen (met CSRF-token en Nederlandse foutmeldingen), wie er is
   ingelogd in de kop, en afmelden. Elke pagina laadt dit vóór haar eigen script. */
window.rg = (function () {
  'use strict';

  const csrf = () => decodeURIComponent((document.cookie.split('; ').find(c => c.startsWith('RG-XSRF-TOKEN=')) || '=').split('=')[1]);

  /** Calls the API; a plain object is sent as JSON, FormData as it is. Errors carry the problem detail. */
  async function api(method, url, body) {
    const options = { method, headers: { Accept: 'application/json' } };
    if (method !== 'GET') {
      options.headers['X-RG-XSRF-TOKEN'] = csrf();
      if (body instanceof FormData) {
        options.body = body;
      } else if (method !== 'DELETE') {
        options.headers['Content-Type'] = 'application/json';
        options.body = JSON.stringify(body || {});
      }
    }
    let response;
    try {
      response = await fetch(url, options);
    } catch (e) {
      throw new Error('Geen verbinding met de service. Controleer de verbinding en probeer het opnieuw.');
    }
    if (response.status === 401) {
      location.href = '/login';
      throw new Error('U bent niet meer ingelogd.');
    }
    let result = null;
    try { result = await response.json(); } catch (e) { result = null; }
    if (!response.ok) {
      const error = new Error((result && result.detail) || 'Dat is niet gelukt (fout ' + response.status + '). Probeer het opnieuw.');
      error.status = response.status;
      error.problem = result || {};
      throw error;
    }
    return result;
  }

  const me = api('GET', '/api/me');
  me.then(user => {
    const who = document.getElementById('wie');
    if (who) who.textContent = user.name;
  }).catch(() => {});

  const logout = document.getElementById('afmelden');
  if (logout) {
    logout.addEventListener('click', e => {
      e.preventDefault();
      fetch('/logout', { method: 'POST', headers: { 'X-RG-XSRF-TOKEN': csrf() } }).then(() => location.href = '/login?afgemeld');
    });
  }

  return { api, csrf, me };
})();
