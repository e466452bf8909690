/* Processen aanpassen (implementatieleiders): gewijzigde bestanden controleren en uitrollen, de versies met hun
   lopende trajecten bekijken, het diagram van een versie tonen, en de migratie bekijken en uitvoeren. */
(function () {
  'use strict';

  const $ = id => document.getElementById(id);
  const SETTINGS = [['', 'standaard (alle settings)'], ['addictionCare', 'verslavingszorg'], ['youthCare', 'jeugd'],
    ['neighbourhoodTeam', 'wijkteam']];
  const KINDS = { bpmn: 'diagram', dmn: 'beslistabel', form: 'formulier', zip: 'zip' };

  const state = {
    files: [],          // { name, kind, folder, setting, bytes }
    checked: null,      // { valid, confirm, problems, wouldDeploy }: the last check of exactly these files
    busy: false,
    processes: [],
    open: null,         // key of the process shown below the table
    detail: null,       // the version shown
    preview: null,      // the migration preview shown
    removing: false,
    viewer: null
  };

  // ---- helpers -------------------------------------------------------------------------------

  async function api(method, url, body) {
    try {
      return await rg.api(method, url, body);
    } catch (error) {
      if (error.status === 413) {
        error.message = 'De bestanden zijn samen te groot om in één keer te sturen (meer dan 1 MB). Stuur alleen de '
          + 'gewijzigde bestanden, of maak er een zip van.';
      }
      throw error;
    }
  }

  function el(tag, props, children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    (children || []).forEach(c => node.append(c == null ? '' : c));
    return node;
  }

  function cell(content, className) {
    return el('td', className ? { className } : {}, [content]);
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  function formatTime(iso) {
    if (!iso) return '';
    return new Date(iso).toLocaleString('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  /** Shows what is going on while waiting; every button follows the state again afterwards. */
  async function whileBusy(statusId, text, work) {
    const status = $(statusId);
    status.textContent = text;
    status.hidden = false;
    state.busy = true;
    updateButtons();
    try {
      return await work();
    } finally {
      status.hidden = true;
      state.busy = false;
      updateButtons();
    }
  }

  function count(name) {
    // Counters for the browser tests: they wait until the page has done something.
    document.body.dataset[name] = String(Number(document.body.dataset[name] || 0) + 1);
  }

  function updateButtons() {
    const checked = state.checked;
    $('controleren').disabled = state.busy || state.files.length === 0;
    $('uitrollen').disabled = state.busy || !checked || !(checked.valid || (checked.confirm && $('bevestig-vinkje').checked));
    const movable = state.preview ? movableCount(state.preview) : 0;
    $('migreren').disabled = state.busy || movable === 0;
    $('migreren').textContent = movable ? 'Migreren (' + plural(movable, 'traject', 'trajecten') + ')' : 'Migreren';
    $('migratie-bekijken').disabled = state.busy;
    $('verwijderen').disabled = state.busy;
    $('verwijderen-ja').disabled = state.busy;
  }

  // ---- 1. bestanden kiezen, controleren en uitrollen ------------------------------------------

  /** The setting folder a file probably belongs in: that of a variant's id (<id>-<setting>), else the default folder. */
  function guessSetting(kind, text) {
    let id = null;
    if (kind === 'diagram') {
      const match = text.match(/<(?:[\w-]+:)?process\b[^>]*?\bid="([^"]+)"/);
      id = match && match[1];
    } else if (kind === 'formulier') {
      try { id = JSON.parse(text).id; } catch (e) { id = null; }
    }
    const found = SETTINGS.find(([code]) => code && id && id.endsWith('-' + code));
    return found ? found[0] : '';
  }

  async function describe(file) {
    const extension = file.name.includes('.') ? file.name.split('.').pop().toLowerCase() : '';
    const kind = KINDS[extension] || 'onbekend';
    // Read now: a file changed on disk after it was chosen cannot be sent any more; choose it again to send the new one.
    const bytes = await file.arrayBuffer();
    const folder = kind === 'formulier' ? 'forms/' : 'processes/';
    const setting = kind === 'diagram' || kind === 'formulier' ? guessSetting(kind, new TextDecoder().decode(bytes)) : '';
    return { name: file.name, kind, folder, setting, bytes };
  }

  function renderChosen() {
    const body = $('gekozen').querySelector('tbody');
    body.replaceChildren(...state.files.map(f => {
      let place;
      if (f.kind === 'zip') {
        place = 'zoals in de zip';
      } else if (f.kind === 'onbekend') {
        place = 'wordt niet uitgerold: alleen .bpmn, .dmn, .form en .zip';
      } else {
        const select = el('select');
        select.setAttribute('aria-label', 'Map voor ' + f.name);
        SETTINGS.forEach(([code, name]) => select.add(new Option(f.folder + (code ? code + '/' : '') + ' – ' + name, code)));
        select.value = f.setting;
        select.addEventListener('change', () => { f.setting = select.value; forgetCheck(); });
        place = select;
      }
      const drop = el('button', { type: 'button', className: 'klein secundair', textContent: 'Weghalen' });
      drop.setAttribute('aria-label', 'Haal ' + f.name + ' weg');
      drop.addEventListener('click', () => {
        state.files = state.files.filter(other => other !== f);
        forgetCheck();
        renderChosen();
      });
      const tr = el('tr', {}, [cell(f.name), cell(f.kind), cell(place), cell(drop, 'nummer')]);
      tr.dataset.file = f.name;
      return tr;
    }));
    $('gekozen').hidden = state.files.length === 0;
    $('gekozen-aantal').textContent = state.files.length === 0 ? 'Nog geen bestanden gekozen.'
      : plural(state.files.length, 'bestand', 'bestanden') + ' gekozen.';
    $('gekozen-uitleg').hidden = !state.files.some(f => f.kind === 'diagram' || f.kind === 'formulier');
  }

  /** The chosen files as the API takes them: a variant's file named with its setting folder. */
  function upload() {
    const data = new FormData();
    state.files.forEach(f => data.append('files', new Blob([f.bytes]), (f.setting ? f.setting + '/' : '') + f.name));
    return data;
  }

  /** The files or their places changed: an earlier check no longer says anything about them. */
  function forgetCheck() {
    state.checked = null;
    $('controle').hidden = true;
    $('bevestig-vinkje').checked = false;
    updateButtons();
  }

  function renderProblems(problems) {
    const table = $('problemen');
    table.querySelector('tbody').replaceChildren(...problems.map(p => {
      const severity = el('span', { className: 'ernst ' + p.severity, textContent: p.severity === 'error' ? 'Fout' : 'Waarschuwing' });
      const tr = el('tr', {}, [cell(p.file || '–'), cell(p.elementId || '–'), cell(p.message), cell(severity)]);
      tr.dataset.severity = p.severity;
      return tr;
    }));
    table.hidden = problems.length === 0;
  }

  function outcome(id, text, kind) {
    const node = $(id);
    node.textContent = text;
    node.className = 'uitkomst' + (kind ? ' ' + kind : '');
  }

  async function check() {
    $('uitrol').hidden = true;
    forgetCheck();
    try {
      await whileBusy('wijziging-bezig', 'Bezig met controleren… (de service rolt de wijziging op proef uit en draait dat terug)', async () => {
        const report = await api('POST', '/api/deployments/validate', upload());
        let checked = { valid: report.valid, confirm: false, problems: report.problems, wouldDeploy: report.wouldDeploy || [] };
        if (!report.valid) {
          // Would it be valid if the trajectories that cannot move stayed on their version? Then it may be confirmed.
          const accepted = await api('POST', '/api/deployments/validate?acceptUnmigratable=true', upload());
          if (accepted.valid) checked = { valid: false, confirm: true, problems: report.problems, wouldDeploy: accepted.wouldDeploy || [] };
        }
        state.checked = checked;
      });
    } catch (e) {
      $('controle').hidden = false;
      renderProblems([]);
      $('bevestig').hidden = true;
      outcome('controle-uitkomst', e.message, 'fout');
      count('checks');
      return;
    }
    showCheck();
    count('checks');
  }

  function showCheck() {
    const checked = state.checked;
    const errors = checked.problems.filter(p => p.severity === 'error').length;
    const warnings = checked.problems.length - errors;
    const versions = checked.wouldDeploy.length
      ? ' Krijgt een nieuwe versie bij het uitrollen: ' + checked.wouldDeploy.join(', ') + '.'
      : ' Er komt geen nieuwe versie: deze diagrammen en tabellen zijn al zo uitgerold.';
    if (checked.valid && !checked.problems.length) {
      outcome('controle-uitkomst', 'Geen problemen.' + versions, 'goed');
    } else if (checked.valid) {
      outcome('controle-uitkomst', 'Geen fouten, wel ' + plural(warnings, 'waarschuwing', 'waarschuwingen')
        + ': lees ze na; u kunt uitrollen.' + versions, 'goed');
    } else if (checked.confirm) {
      outcome('controle-uitkomst', plural(errors, 'fout', 'fouten') + ' over lopende trajecten die niet mee kunnen naar de '
        + 'nieuwe versie. Lees hieronder wat dat betekent.', 'let-op');
    } else {
      outcome('controle-uitkomst', plural(errors, 'fout', 'fouten') + ': zo kan er niets worden uitgerold. Pas de '
        + 'bestanden aan in Camunda Modeler (bestand en element staan in de tabel), kies ze opnieuw en klik op Controleren.', 'fout');
    }
    renderProblems(checked.problems);
    $('bevestig').hidden = !checked.confirm;
    $('controle').hidden = false;
    updateButtons();
  }

  async function deploy() {
    const accept = !state.checked.valid && state.checked.confirm;
    let result;
    try {
      result = await whileBusy('wijziging-bezig', 'Bezig met uitrollen…', () =>
        api('POST', '/api/deployments' + (accept ? '?acceptUnmigratable=true' : ''), upload()));
    } catch (e) {
      // Refused: nothing changed. Show why, with the problems when there are any.
      state.checked = null;
      $('controle').hidden = false;
      $('bevestig').hidden = true;
      outcome('controle-uitkomst', e.message + (e.status === 422 ? ' Pas de bestanden aan en controleer opnieuw.' : ''), 'fout');
      renderProblems(e.problem.problems || []);
      updateButtons();
      count('deploys');
      return;
    }
    state.checked = null;
    $('controle').hidden = true;
    await loadProcesses();
    outcome('uitrol-uitkomst', result.message, 'goed');
    const items = [];
    result.deployed.forEach(model => model.definitions.forEach(d => {
      const li = el('li', {}, [el('strong', { textContent: (d.name ? d.name + ' ' : '') + '(' + d.key + ')' }),
        ': versie ' + d.version + ' (' + model.name + ')']);
      li.dataset.key = d.key;
      li.dataset.version = d.version;
      if (d.migration) {
        if (d.runningOnOlderVersions > 0) {
          li.append(' – nog ' + plural(d.runningOnOlderVersions, 'traject', 'trajecten') + ' op een oudere versie. ');
          const button = el('button', { type: 'button', className: 'klein secundair', textContent: 'Migratie bekijken' });
          button.addEventListener('click', () => openProcess(d.key, null, true));
          li.append(button);
        } else {
          li.append(' – er lopen geen trajecten op een oudere versie.');
        }
      }
      items.push(li);
    }));
    $('uitrol-versies').replaceChildren(...items);
    if (result.warnings && result.warnings.length) {
      $('controle').hidden = false;
      outcome('controle-uitkomst', 'Uitgerold met ' + plural(result.warnings.length, 'waarschuwing', 'waarschuwingen') + ':', 'let-op');
      renderProblems(result.warnings);
    }
    $('uitrol').hidden = false;
    updateButtons();
    count('deploys');
  }

  // ---- 2. processen en versies ----------------------------------------------------------------

  async function loadProcesses() {
    $('processen-fout').textContent = '';
    try {
      state.processes = await whileBusy('processen-bezig', 'Processen laden…', () => api('GET', '/api/deployments/processes'));
    } catch (e) {
      $('processen-fout').textContent = e.message;
      return;
    }
    renderProcesses();
    count('processes');
  }

  function versionsText(p) {
    const shown = p.versions.filter(v => v.running > 0 || v.version === p.latestVersion);
    return shown.slice().reverse().map(v => el('span', {
      className: v.version === p.latestVersion ? 'nieuwste' : '',
      textContent: 'versie ' + v.version + ': ' + v.running
    }));
  }

  function renderProcesses() {
    const body = $('processen').querySelector('tbody');
    body.replaceChildren(...state.processes.map(p => {
      const name = el('div', {}, [el('strong', { textContent: p.name }), ' ', el('code', { textContent: p.key })]);
      if (p.removed) name.append(' (verwijderd)');
      const actions = el('td', { className: 'nummer' });
      const view = el('button', { type: 'button', className: 'klein secundair', textContent: 'Bekijken' });
      view.addEventListener('click', () => openProcess(p.key, null, false));
      actions.append(view);
      if (p.runningOnOlderVersions > 0) {
        const migrate = el('button', { type: 'button', className: 'klein', textContent: 'Migratie bekijken' });
        migrate.addEventListener('click', () => openProcess(p.key, null, true));
        actions.append(' ', migrate);
      }
      const latest = cell(String(p.latestVersion), 'nummer');
      latest.dataset.latest = p.latestVersion;
      const tr = el('tr', {}, [cell(name), cell(p.settingName || 'standaard'), latest,
        el('td', { className: 'versies' }, versionsText(p)), actions]);
      tr.dataset.key = p.key;
      if (p.removed) tr.className = 'verwijderd';
      if (p.key === state.open) tr.classList.add('open');
      return tr;
    }));
  }

  // ---- 3. één proces: diagram, migratie, verwijderen ------------------------------------------

  /** The versions to choose from, newest first, each with how many trajectories run on it. */
  function fillVersions(summary, chosen) {
    const select = $('versie');
    select.replaceChildren(...summary.versions.slice().reverse().map(v => new Option('versie ' + v.version
      + (v.version === summary.latestVersion ? ' (nieuwste)' : '') + ' – ' + v.running + ' lopend', v.version)));
    select.value = String(chosen);
  }

  async function openProcess(key, version, withMigration) {
    const summary = state.processes.find(p => p.key === key);
    if (!summary) return;
    state.open = key;
    state.preview = null;
    state.removing = false;
    $('verwijderen-bevestig').hidden = true;
    $('migratie').hidden = true;
    $('proces-fout').textContent = '';
    $('proces-titel').textContent = summary.name + ' (' + key + ')';
    fillVersions(summary, version || summary.latestVersion);
    $('verwijderen').hidden = summary.removed;
    $('proces').hidden = false;
    renderProcesses();
    $('proces').scrollIntoView({ behavior: 'smooth', block: 'start' });
    await showVersion();
    if (withMigration) await showPreview();
  }

  async function showVersion() {
    const key = state.open;
    const version = $('versie').value;
    $('proces-fout').textContent = '';
    let detail;
    try {
      detail = await whileBusy('proces-bezig', 'Diagram laden…', () =>
        api('GET', '/api/deployments/processes/' + encodeURIComponent(key) + '/versions/' + version));
    } catch (e) {
      $('proces-fout').textContent = e.message;
      return;
    }
    state.detail = detail;
    const summary = state.processes.find(p => p.key === key);
    $('proces-info').textContent = 'Bestand ' + (detail.file || '–') + ' · versie ' + detail.version + ' van '
      + detail.latestVersion + (detail.deployedAt ? ' · uitgerold op ' + formatTime(detail.deployedAt) : '')
      + ' · ' + plural(detail.running, 'traject loopt', 'trajecten lopen') + ' op deze versie'
      + (summary && summary.setting ? ' · variant voor ' + summary.settingName : '');
    await drawDiagram(detail);
    count('diagrams');
  }

  async function drawDiagram(detail) {
    const container = $('diagram');
    if (!window.BpmnJS) {
      container.replaceChildren(el('p', { className: 'melding', textContent: 'Het diagram kan hier niet worden getoond; open het bestand in Camunda Modeler.' }));
      return;
    }
    if (!state.viewer) state.viewer = new window.BpmnJS({ container });
    try {
      await state.viewer.importXML(detail.bpmnXml);
    } catch (e) {
      $('proces-fout').textContent = 'Het diagram kan niet worden getoond: ' + e.message;
      return;
    }
    const canvas = state.viewer.get('canvas');
    const overlays = state.viewer.get('overlays');
    const registry = state.viewer.get('elementRegistry');
    canvas.zoom('fit-viewport', 'auto');
    // A little room around the diagram, so nothing touches the border.
    canvas.zoom(canvas.zoom() * 0.94, 'auto');
    detail.waiting.forEach(step => {
      if (!registry.get(step.stepId)) return;
      canvas.addMarker(step.stepId, 'wachtend');
      overlays.add(step.stepId, {
        position: { bottom: 10, right: 10 },
        html: el('span', { className: 'wacht', textContent: String(step.running),
          title: plural(step.running, 'traject wacht', 'trajecten wachten') + ' op ' + step.name })
      });
    });
  }

  function movableCount(preview) {
    return preview.versions.reduce((n, v) => n + v.movable.length, 0);
  }

  function moveRows(rows, outcomeHeader) {
    $('migratie-uitkomst-kop').textContent = outcomeHeader;
    $('migratie-tabel').querySelector('tbody').replaceChildren(...rows.map(([move, version, can, why]) => {
      const tr = el('tr', {}, [cell(el('code', { textContent: move.trajectoryId || move.processInstanceId })),
        cell(String(version), 'nummer'), cell(el('span', { className: 'ernst ' + (why ? 'warning' : 'ok'), textContent: can })),
        cell(move.reasons && move.reasons.length ? move.reasons.join('; ') : '–')]);
      tr.dataset.trajectory = move.trajectoryId || '';
      return tr;
    }));
    $('migratie-tabel').hidden = rows.length === 0;
  }

  async function showPreview() {
    const key = state.open;
    $('proces-fout').textContent = '';
    let preview;
    try {
      preview = await whileBusy('proces-bezig', 'Bezig met de migratie bekijken… (elk traject wordt op proef omgezet)', () =>
        api('GET', '/api/deployments/processes/' + encodeURIComponent(key) + '/migration'));
    } catch (e) {
      $('proces-fout').textContent = e.message;
      return;
    }
    state.preview = preview;
    const movable = movableCount(preview);
    const notMovable = preview.versions.reduce((n, v) => n + v.notMovable.length, 0);
    $('migratie-titel').textContent = 'Migratie naar versie ' + preview.targetVersion + ' (de nieuwste)';
    if (!preview.versions.length) {
      outcome('migratie-uitkomst', 'Er lopen geen trajecten op een oudere versie: er is niets te migreren.', 'goed');
    } else {
      outcome('migratie-uitkomst', plural(movable, 'traject kan', 'trajecten kunnen') + ' naar versie ' + preview.targetVersion
        + '; ' + plural(notMovable, 'traject kan', 'trajecten kunnen') + ' niet mee en ' + (notMovable === 1 ? 'blijft' : 'blijven')
        + ' op de eigen versie.' + (movable ? ' Er is nog niets verplaatst: klik op Migreren.' : ''), movable ? '' : 'let-op');
    }
    const rows = [];
    preview.versions.forEach(v => {
      v.movable.forEach(m => rows.push([m, v.version, 'Ja', false]));
      v.notMovable.forEach(m => rows.push([m, v.version, 'Nee', true]));
    });
    moveRows(rows, 'Kan mee?');
    $('migratie-timers').textContent = rows.length ? preview.timers || '' : '';
    $('migreren').hidden = rows.length === 0;
    $('migratie').hidden = false;
    updateButtons();
    count('previews');
  }

  async function migrate() {
    const key = state.open;
    let result;
    try {
      result = await whileBusy('proces-bezig', 'Bezig met migreren…', () =>
        api('POST', '/api/deployments/processes/' + encodeURIComponent(key) + '/migration'));
    } catch (e) {
      $('proces-fout').textContent = e.message;
      return;
    }
    state.preview = null;
    $('migratie-titel').textContent = 'Gemigreerd naar versie ' + result.targetVersion;
    outcome('migratie-uitkomst', result.message, 'goed');
    const rows = [];
    result.versions.forEach(v => {
      v.migrated.forEach(m => rows.push([m, v.version, 'Gemigreerd', false]));
      v.leftOnVersion.forEach(m => rows.push([m, v.version, 'Blijft op versie ' + v.version, true]));
    });
    moveRows(rows, 'Uitkomst');
    $('migreren').hidden = true;
    await loadProcesses();
    const summary = state.processes.find(p => p.key === key);
    if (summary) {
      fillVersions(summary, $('versie').value);
      await showVersion();
    }
    updateButtons();
    count('migrations');
  }

  async function remove() {
    const key = state.open;
    $('verwijderen-bevestig').hidden = true;
    let result;
    try {
      result = await whileBusy('proces-bezig', 'Bezig met verwijderen…', () =>
        api('DELETE', '/api/deployments/processes/' + encodeURIComponent(key)));
    } catch (e) {
      // The detail names the first error; the others follow.
      const others = (e.problem.problems || []).filter(p => p.severity === 'error').slice(1).map(p => p.message);
      $('proces-fout').textContent = e.message + (others.length ? ' Verder: ' + others.join(' ') : '');
      return;
    }
    await loadProcesses();
    $('proces').hidden = true;
    state.open = null;
    renderProcesses();
    outcome('uitrol-uitkomst', result.message, 'goed');
    $('uitrol-versies').replaceChildren();
    $('uitrol').hidden = false;
    $('wijziging').scrollIntoView({ behavior: 'smooth' });
  }

  // ---- start ----------------------------------------------------------------------------------

  const input = $('bestanden');
  // Choosing the same file again (after changing it in Camunda Modeler) must count as a new choice.
  input.addEventListener('click', () => { input.value = ''; });
  input.addEventListener('change', async () => {
    if (!input.files.length) return;
    $('uitrol').hidden = true;
    // Added to what was chosen before (a diagram from processes/ and a form from forms/ are two choices);
    // a file chosen again replaces the earlier one of the same name.
    const added = await Promise.all([...input.files].map(describe));
    const names = new Set(added.map(f => f.name));
    state.files = state.files.filter(f => !names.has(f.name)).concat(added);
    forgetCheck();
    renderChosen();
    updateButtons();
  });
  $('controleren').addEventListener('click', check);
  $('uitrollen').addEventListener('click', deploy);
  $('bevestig-vinkje').addEventListener('change', updateButtons);
  $('versie').addEventListener('change', () => { state.preview = null; $('migratie').hidden = true; updateButtons(); showVersion(); });
  $('migratie-bekijken').addEventListener('click', showPreview);
  $('migreren').addEventListener('click', migrate);
  $('verwijderen').addEventListener('click', () => { $('verwijderen-bevestig').hidden = false; });
  $('verwijderen-nee').addEventListener('click', () => { $('verwijderen-bevestig').hidden = true; });
  $('verwijderen-ja').addEventListener('click', remove);
  $('proces-sluiten').addEventListener('click', () => { $('proces').hidden = true; state.open = null; renderProcesses(); });
  updateButtons();
  loadProcesses();
})();
