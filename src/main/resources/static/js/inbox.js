/* Taken (inbox): de open taken van de teams van de gebruiker, met acties en het formulier van een taak. */
(function () {
  'use strict';

  const REFRESH_MS = 15000;
  const state = { view: 'mine', sort: 'due', dir: 'asc', search: '', rows: [], selected: new Set(), open: null, form: null, schema: null };
  const $ = id => document.getElementById(id);

  const api = rg.api;

  function say(text, kind) {
    const el = $('melding');
    el.textContent = text || '';
    el.className = 'melding' + (kind ? ' ' + kind : '');
  }

  function formatDate(iso) {
    if (!iso) return '';
    return new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'short', year: 'numeric' });
  }

  function el(tag, props, children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    (children || []).forEach(c => node.append(c));
    return node;
  }

  // ---- de lijst -------------------------------------------------------------------------------

  let latestLoad = 0;

  async function load() {
    const params = new URLSearchParams({ view: state.view, sort: state.sort, dir: state.dir });
    if (state.search) params.set('client', state.search);
    // The periodic refresh and the user's own actions overlap: only the newest answer may fill the list.
    const number = ++latestLoad;
    let rows;
    try {
      rows = await api('GET', '/api/inbox/tasks?' + params);
    } catch (e) {
      if (number === latestLoad) say(e.message, 'fout');
      return;
    }
    if (number !== latestLoad) return;
    state.rows = rows;
    const present = new Set(state.rows.map(r => r.id));
    state.selected.forEach(id => { if (!present.has(id)) state.selected.delete(id); });
    render();
    $('bijgewerkt').textContent = 'Bijgewerkt om ' + new Date().toLocaleTimeString('nl-NL') + '.';
    // Counts the loads and names what is shown, so a browser test can wait for the list after an action.
    document.body.dataset.loads = String(Number(document.body.dataset.loads || 0) + 1);
    document.body.dataset.query = params.toString();
  }

  function render() {
    const body = $('rijen');
    body.replaceChildren(...state.rows.map(row));
    $('leeg').hidden = state.rows.length > 0;
    $('alles').checked = state.rows.length > 0 && state.rows.every(r => state.selected.has(r.id));
    updateButtons();
  }

  function row(r) {
    const check = el('input', { type: 'checkbox', checked: state.selected.has(r.id) });
    check.setAttribute('aria-label', 'Kies taak ' + r.name);
    check.addEventListener('click', e => e.stopPropagation());
    check.addEventListener('change', () => {
      if (check.checked) state.selected.add(r.id); else state.selected.delete(r.id);
      $('alles').checked = state.rows.every(x => state.selected.has(x.id));
      updateButtons();
    });
    const name = el('a', { href: '#taak-' + r.id, className: 'taaknaam', textContent: r.name });
    name.addEventListener('click', e => { e.preventDefault(); e.stopPropagation(); openTask(r); });
    const nameCell = el('td', {}, [name]);
    if (r.escalation) nameCell.append(el('span', { className: 'escalatie', textContent: 'escalatie' }));
    // Theme meetings have the same steps: the theme tells them apart.
    if (r.theme) nameCell.append(el('span', { className: 'thema', textContent: 'Thema: ' + r.theme.name }));
    const tr = el('tr', {}, [
      el('td', { className: 'kies' }, [check]),
      nameCell,
      el('td', {}, [r.clientName
        ? el('a', { href: '/trajectory.html?id=' + encodeURIComponent(r.trajectoryId), textContent: r.clientName,
            title: 'Overzicht van het traject', onclick: e => e.stopPropagation() })
        : el('span', { textContent: '–', title: 'Alleen leden van het team zien de naam' })]),
      el('td', { textContent: r.pseudonym }),
      el('td', { textContent: r.setting.name }),
      el('td', { textContent: r.phase.name }),
      el('td', { textContent: formatDate(r.due) }),
      el('td', {}, [el('span', { className: 'badge ' + r.status.code, textContent: r.status.name })]),
      el('td', { textContent: r.assignee ? r.assignee.name : '–' })
    ]);
    tr.dataset.id = r.id;
    if (state.open && state.open.id === r.id) tr.className = 'open';
    tr.addEventListener('click', () => openTask(r));
    return tr;
  }

  function updateButtons() {
    const none = state.selected.size === 0;
    $('claimen').disabled = none;
    $('vrijgeven').disabled = none;
    $('toewijzen').disabled = none || !$('toewijzen-aan').value;
  }

  async function bulk(action, extra) {
    const taskIds = [...state.selected];
    try {
      const result = await api('POST', '/api/inbox/tasks/' + action, Object.assign({ taskIds }, extra || {}));
      state.selected.clear();
      say(result.message, 'goed');
    } catch (e) {
      say(e.message, 'fout');
    }
    await load();
  }

  // ---- het formulier van een taak ---------------------------------------------------------------

  let opening = 0;

  async function openTask(r) {
    const ticket = ++opening;
    state.open = r;
    $('taak').hidden = false;
    $('taak-naam').textContent = r.name + (r.theme ? ' – ' + r.theme.name : '');
    $('taak-info').textContent = [r.clientName ? 'Cliënt ' + r.clientName + ' (' + r.pseudonym + ')' : 'Cliënt ' + r.pseudonym,
      'fase ' + r.phase.name, 'vervaldatum ' + formatDate(r.due), r.status.name,
      r.assignee ? 'toegewezen aan ' + r.assignee.name : 'niet toegewezen'].join(' · ');
    $('formulier-fout').textContent = '';
    document.querySelectorAll('#rijen tr').forEach(tr => tr.classList.toggle('open', tr.dataset.id === r.id));
    if (state.form) { state.form.destroy(); state.form = null; }
    $('formulier').replaceChildren();
    try {
      const [schema, data] = await Promise.all([
        api('GET', '/api/inbox/tasks/' + encodeURIComponent(r.id) + '/form'),
        api('GET', '/api/inbox/tasks/' + encodeURIComponent(r.id) + '/data')
      ]);
      if (ticket !== opening) return;
      state.schema = schema;
      const form = await FormViewer.createForm({ container: $('formulier'), schema, data: data || {} });
      if (ticket !== opening) { form.destroy(); return; }
      dutchValidation(form);
      state.form = form;
      $('afronden').disabled = false;
      $('taak').scrollIntoView({ behavior: 'smooth', block: 'start' });
    } catch (e) {
      $('formulier-fout').textContent = e.message;
      $('afronden').disabled = true;
    }
  }

  /** form-js 1.8.7 only knows English validation messages; the users see Dutch ones. */
  const MESSAGES = [
    [/^Field is required\.$/, () => 'Dit veld is verplicht.'],
    [/^Field must match pattern .*$/, () => 'De invoer heeft niet de juiste vorm.'],
    [/^Field must have minimum value of (.*)\.$/, m => 'De waarde is minimaal ' + m[1] + '.'],
    [/^Field must have maximum value of (.*)\.$/, m => 'De waarde is maximaal ' + m[1] + '.'],
    [/^Field must have minimum length of (.*)\.$/, m => 'Gebruik minimaal ' + m[1] + ' tekens.'],
    [/^Field must have maximum length of (.*)\.$/, m => 'Gebruik maximaal ' + m[1] + ' tekens.'],
    [/^Field must be a valid +international phone number.*$/, () => 'Vul een internationaal telefoonnummer in (bijv. +31201234567).'],
    [/^Field must be a valid email\.$/, () => 'Vul een geldig e-mailadres in.'],
    [/^Value is not a number\.$/, () => 'Vul een getal in.'],
    [/^Value is expected to be an integer\.$/, () => 'Vul een geheel getal in.'],
    [/^Value is expected to have at most (\d+) decimal.*$/, m => 'Gebruik hoogstens ' + m[1] + ' cijfers achter de komma.'],
    [/^Please select a valid value.*$/, () => 'Kies een geldige waarde.']
  ];

  function dutch(message) {
    for (const [pattern, text] of MESSAGES) {
      const m = pattern.exec(message);
      if (m) return text(m);
    }
    return message;
  }

  function dutchValidation(form) {
    const validator = form.get('validator');
    ['validateField', 'validateFieldInstance'].forEach(method => {
      const original = validator[method].bind(validator);
      validator[method] = (...args) => original(...args).map(dutch);
    });
  }

  function closeTask() {
    state.open = null;
    if (state.form) { state.form.destroy(); state.form = null; }
    $('taak').hidden = true;
    document.querySelectorAll('#rijen tr.open').forEach(tr => tr.classList.remove('open'));
  }

  /** Field ids by key or path, to show the service's per-field errors at the field. */
  function fieldIds(components, ids) {
    (components || []).forEach(c => {
      if (c.key) ids[c.key] = c.id;
      if (c.path) ids[c.path] = c.id;
      fieldIds(c.components, ids);
    });
    return ids;
  }

  async function complete() {
    if (!state.form || !state.open) return;
    $('formulier-fout').textContent = '';
    const { data, errors } = state.form.submit();
    if (Object.keys(errors).length) {
      $('formulier-fout').textContent = 'Vul de gemarkeerde velden in.';
      return;
    }
    $('afronden').disabled = true;
    const task = state.open;
    try {
      const result = await api('POST', '/api/inbox/tasks/' + encodeURIComponent(task.id) + '/complete', data);
      say(result.message + (result.next ? '; volgende taak: ' + result.next.name : ''), 'goed');
      state.selected.delete(task.id);
      if (result.next) openTask(result.next); else closeTask();
    } catch (e) {
      const fields = e.problem && e.problem.fields;
      if (fields) {
        const ids = fieldIds(state.schema.components, {});
        const fieldErrors = {};
        Object.entries(fields).forEach(([key, message]) => { if (ids[key]) fieldErrors[ids[key]] = [message]; });
        state.form._setState({ errors: fieldErrors });
        $('formulier-fout').textContent = e.message + ': ' + Object.values(fields).join(' ');
      } else {
        $('formulier-fout').textContent = e.message;
      }
      $('afronden').disabled = false;
    }
    await load();
  }

  // ---- opbouw -------------------------------------------------------------------------------

  document.querySelectorAll('.tabs button').forEach(tab => tab.addEventListener('click', () => {
    state.view = tab.dataset.view;
    document.querySelectorAll('.tabs button').forEach(t => t.setAttribute('aria-selected', String(t === tab)));
    state.selected.clear();
    load();
  }));

  document.querySelectorAll('th[data-sort] button').forEach(button => button.addEventListener('click', () => {
    const th = button.parentElement;
    const column = th.dataset.sort;
    state.dir = state.sort === column && state.dir === 'asc' ? 'desc' : 'asc';
    state.sort = column;
    document.querySelectorAll('th[data-sort]').forEach(h => h.setAttribute('aria-sort',
      h === th ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none'));
    load();
  }));

  let searchTimer;
  $('zoek').addEventListener('input', e => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => { state.search = e.target.value.trim(); load(); }, 250);
  });

  $('alles').addEventListener('change', e => {
    state.rows.forEach(r => { if (e.target.checked) state.selected.add(r.id); else state.selected.delete(r.id); });
    render();
  });
  $('claimen').addEventListener('click', () => bulk('claim'));
  $('vrijgeven').addEventListener('click', () => bulk('release'));
  $('toewijzen-aan').addEventListener('change', updateButtons);
  $('toewijzen').addEventListener('click', () => bulk('reassign', { userId: $('toewijzen-aan').value }));
  $('afronden').addEventListener('click', complete);
  $('sluiten').addEventListener('click', closeTask);

  rg.me.then(me => {
    if (me.groups.includes('teamcoordinator')) {
      return api('GET', '/api/inbox/team-members').then(members => {
        if (!members.length) return;
        const select = $('toewijzen-aan');
        members.forEach(m => select.add(new Option(m.name + ' (' + m.teamName + ')', m.id)));
        $('toewijzen-blok').hidden = false;
      });
    }
  }).catch(e => say(e.message, 'fout'));

  load();
  setInterval(load, REFRESH_MS);
})();
