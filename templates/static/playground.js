// The playground: sends what is typed to POST /api/compile (debounced) and
// places what the service answers. The words, the estimate and the chart come
// ready from the service; this file only puts them on the page, always as text
// nodes or as a parsed SVG document, never as HTML.
'use strict';

(() => {
  const DEBOUNCE_MS = 300;
  const $ = (id) => document.getElementById(id);
  const form = $('pg-form');
  const endpoint = form.getAttribute('data-endpoint');
  const text = $('pg-text');
  const textLabel = $('pg-text-label');
  const distance = $('pg-distance');
  const time = $('pg-time');
  const units = $('pg-units');
  const athleteError = $('pg-athlete-error');
  const problems = $('pg-problems');
  const diagnostics = $('pg-diagnostics');
  const status = $('pg-status');
  const output = $('pg-output');
  const fitButton = $('pg-fit');

  let timer;
  let controller;
  let sequence = 0;
  /** The request whose result is on the screen: the FIT button downloads exactly that. */
  let shown = null;

  const mode = () => (form.querySelector('input[name="mode"]:checked') || {}).value || 'session';

  function el(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function requestBody(extra) {
    const body = {
      athlete: {
        name: 'Playground',
        units: units.value,
        fitness: { race: { distance: distance.value, time: time.value.trim() } },
      },
      render: true,
    };
    body[mode() === 'plan' ? 'plan' : 'text'] = text.value;
    return Object.assign(body, extra);
  }

  /** The status line is what screen readers announce; beside a marked problem it would say the same again, so it is then hidden from sight only. */
  function setStatus(message, bad, shownAbove) {
    status.textContent = message;
    status.classList.toggle('bad', Boolean(bad));
    status.classList.toggle('vh', Boolean(shownAbove));
  }

  function clearProblems() {
    diagnostics.replaceChildren();
    problems.hidden = true;
    text.removeAttribute('aria-invalid');
    athleteError.textContent = '';
    time.removeAttribute('aria-invalid');
  }

  function showNothing(message) {
    output.replaceChildren(el('p', 'nothing', message));
    shown = null;
    fitButton.disabled = true;
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(compile, DEBOUNCE_MS);
  }

  async function compile() {
    clearTimeout(timer);
    if (controller) controller.abort();
    if (text.value.trim() === '') {
      clearProblems();
      setStatus('');
      showNothing(mode() === 'plan' ? 'Nothing yet: paste a plan above.' : 'Nothing yet: type a session above.');
      return;
    }
    controller = new AbortController();
    const mine = ++sequence;
    const body = requestBody();
    let res;
    let data;
    try {
      res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      data = await res.json();
    } catch (err) {
      if (err && err.name === 'AbortError') return;
      if (mine === sequence) setStatus('The service did not answer; check the connection and type again.', true);
      return;
    }
    if (mine !== sequence) return;
    clearProblems();
    if (res.ok) showResult(body, data);
    else showFailure(res.status, data);
  }

  function showResult(body, data) {
    // A plan with sessions kept as written compiles: their errors are marked like warnings, with the rest.
    const marked = data.diagnostics || [];
    if (marked.length > 0) showDiagnostics(marked);
    const rendered = data.rendered;
    if (body.plan !== undefined) {
      const sessions = rendered.sessions;
      output.replaceChildren(...sessions.map((s) => sessionArticle(s, true)));
      const shownPart = sessions.length < rendered.total ? ` (the first ${sessions.length} shown)` : '';
      const kept = (data.plan.sessions || []).filter((s) => s.asWritten).length;
      const keptPart = kept > 0 ? `, ${kept} kept as written (marked)` : '';
      setStatus(`Compiled ${rendered.name}: ${rendered.total} sessions${keptPart}${shownPart}.`);
      fitButton.hidden = true;
    } else {
      output.replaceChildren(sessionArticle(rendered, false));
      setStatus(`Compiled: ${rendered.title}${rendered.estimate ? `, ${rendered.estimate}` : ''}.`);
      fitButton.hidden = false;
      fitButton.disabled = !rendered.downloadable;
    }
    shown = body;
  }

  function showFailure(code, data) {
    const error = (data && data.error) || {};
    const details = error.details || {};
    if (code === 422 && Array.isArray(details.diagnostics)) {
      showDiagnostics(details.diagnostics);
      const first = details.diagnostics[0];
      const count = details.diagnostics.length;
      setStatus(
        `${count === 1 ? '1 problem' : `${count} problems`}: ${first.message} (line ${first.line}, column ${first.column}).${first.hint ? ` Hint: ${first.hint}` : ''}`,
        true,
        true,
      );
      showNothing(details.guess ? `Best guess, not used until written so: ${details.guess}` : 'Fix the marked problem to see the workout.');
      return;
    }
    if (error.code === 'invalid_athlete' && Array.isArray(details.issues)) {
      athleteError.textContent = details.issues.map((i) => `${i.message}${i.hint ? ` (${i.hint})` : ''}`).join(' ');
      time.setAttribute('aria-invalid', 'true');
      setStatus('Check the athlete: the race time is not one the paces can be worked out from.', true);
      showNothing('Fix the athlete to see the workout.');
      return;
    }
    const messages = {
      413: 'That is too long for the playground.',
      429: 'Too many requests: wait a minute, then type again.',
    };
    setStatus(messages[code] || error.message || `The service answered ${code}.`, true);
    showNothing('Nothing to show.');
  }

  function showDiagnostics(list) {
    diagnostics.replaceChildren(...list.map(diagnosticItem));
    problems.hidden = false;
    if (list.some((d) => d.severity === 'error')) text.setAttribute('aria-invalid', 'true');
  }

  /** The diagnostic's line with its span marked, its message and its hint. */
  function diagnosticItem(d) {
    const item = el('li', `diagnostic ${d.severity}`);
    const where = `${d.severity === 'warning' ? 'Warning, line' : 'Line'} ${d.line}, column ${d.column}: `;
    item.append(el('p', 'where', where + d.message));
    if (typeof d.sourceLine === 'string') {
      const line = d.sourceLine;
      const start = Math.min(Math.max(0, d.column - 1), line.length);
      const end = Math.min(line.length, start + Math.max(1, d.length));
      const code = el('code');
      const mark = el('mark', '', line.slice(start, end) || ' ');
      code.append(line.slice(0, start), mark, line.slice(end));
      const pre = el('pre', 'source');
      pre.append(code);
      item.append(pre);
    }
    if (d.hint) item.append(el('p', 'hint', `Hint: ${d.hint}`));
    const from = d.offset;
    const to = d.offset + Math.max(1, d.length);
    if (Number.isInteger(from) && to <= text.value.length) {
      const show = el('button', 'link-button', 'Select it in the text');
      show.type = 'button';
      show.addEventListener('click', () => {
        text.focus();
        text.setSelectionRange(from, to);
      });
      item.append(show);
    }
    return item;
  }

  function chartNode(svg) {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.nodeName !== 'svg') return null;
    return document.importNode(root, true);
  }

  function sessionArticle(s, withFit) {
    const article = el('article', `session sport-${s.sport}`);
    article.setAttribute('data-session', s.id);
    if (s.when) article.append(el('p', 'when', s.when));
    const title = el('h3', 'session-title', s.title);
    if (s.optional) title.append(' ', el('span', 'badge optional', 'optional'));
    article.append(title);
    if (s.estimate) article.append(el('p', 'estimate', s.estimate));
    if (s.chart) {
      const chart = chartNode(s.chart);
      if (chart) {
        const box = el('div', 'chart');
        box.append(chart);
        article.append(box);
      }
    }
    if (s.asWritten) {
      // A session of the plan runcast could not read, kept as the coach wrote it.
      const kept = el('div', 'kept');
      kept.setAttribute('role', 'note');
      const intro = el('p');
      intro.append(el('span', 'badge kept', 'as written'), ' runcast could not read this session, so it is kept as the coach wrote it:');
      kept.append(intro, el('blockquote', 'coach-text', s.asWritten.text));
      const why = `${s.asWritten.where ? `${s.asWritten.where}: ` : ''}${s.asWritten.problem}${s.asWritten.hint ? ` (${s.asWritten.hint})` : ''}`;
      kept.append(el('p', 'problem', why));
      if (s.asWritten.guess) kept.append(el('p', 'guess', `Best guess, not used until written so: ${s.asWritten.guess}`));
      article.append(kept);
    }
    if (s.errors.length > 0) {
      const list = el('ul', 'errors');
      list.append(...s.errors.map((e) => el('li', '', e)));
      article.append(list);
    }
    if (s.readAs && s.sport === 'running') article.append(el('p', 'read-as', `Read as: ${s.readAs}`));
    if (s.steps.length > 0) {
      const list = el('ul', 'steps');
      list.append(...s.steps.map((line) => el('li', '', line)));
      article.append(list);
    }
    for (const alt of s.alternatives) {
      article.append(el('p', 'alternative', `Or instead: ${alt.title}${alt.estimate ? ` (${alt.estimate})` : ''}`));
    }
    if (s.notes.length > 0 || s.coachNotes) {
      const notes = el('details', 'notes');
      notes.append(el('summary', '', 'Notes'));
      if (s.coachNotes) notes.append(el('p', 'coach-notes', s.coachNotes));
      if (s.notes.length > 0) {
        const list = el('ul');
        list.append(...s.notes.map((n) => el('li', '', n)));
        notes.append(list);
      }
      article.append(notes);
    }
    if (withFit && s.downloadable) {
      const p = el('p', 'downloads');
      const button = el('button', 'button small', 'FIT');
      button.type = 'button';
      button.append(el('span', 'vh', ` file of ${s.when ? `${s.when}: ` : ''}${s.title}`));
      button.addEventListener('click', () => downloadFit(s.id));
      p.append(button);
      article.append(p);
    }
    return article;
  }

  function fileName(disposition) {
    const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition || '');
    if (extended) {
      try {
        return decodeURIComponent(extended[1]);
      } catch (_) {
        // fall through to the plain name
      }
    }
    const plain = /filename="([^"]+)"/i.exec(disposition || '');
    return plain ? plain[1] : 'workout.fit';
  }

  async function downloadFit(session) {
    if (!shown) return;
    const body = Object.assign({}, shown, { format: 'fit', render: false }, session ? { session } : {});
    let res;
    try {
      res = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    } catch (_) {
      setStatus('The service did not answer; try again.', true);
      return;
    }
    if (!res.ok) {
      const data = await res.json().catch(() => ({}));
      setStatus((data.error && data.error.message) || `The service answered ${res.status}.`, true);
      return;
    }
    const url = URL.createObjectURL(await res.blob());
    const link = el('a');
    link.href = url;
    link.download = fileName(res.headers.get('Content-Disposition'));
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function applyMode() {
    const plan = mode() === 'plan';
    textLabel.textContent = plan ? 'Plan (YAML)' : 'Shorthand';
    text.rows = plan ? 18 : 3;
    text.placeholder = plan ? 'name: My plan\nweeks:\n  - tue: 6 x 400m @ 5K w/ 400m jog\n    sat: 45 min' : '4 x 5 min @ Mile w/ 2 min jog';
    fitButton.hidden = plan;
  }

  text.addEventListener('input', schedule);
  time.addEventListener('input', schedule);
  distance.addEventListener('change', compile);
  units.addEventListener('change', compile);
  form.querySelectorAll('input[name="mode"]').forEach((radio) =>
    radio.addEventListener('change', () => {
      applyMode();
      compile();
    }),
  );
  form.querySelectorAll('[data-example]').forEach((button) =>
    button.addEventListener('click', () => {
      const session = form.querySelector('input[name="mode"][value="session"]');
      session.checked = true;
      applyMode();
      text.value = button.getAttribute('data-example');
      compile();
    }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    compile();
  });
  fitButton.addEventListener('click', () => downloadFit());

  applyMode();
  // A page restored from history keeps what was typed: show its result.
  if (text.value.trim() !== '') compile();
})();
