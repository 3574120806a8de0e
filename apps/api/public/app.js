// Regie web UI: plain DOM, no build step. The CSP only allows scripts from 'self', so every handler is bound
// here with addEventListener, never inline. Text is built with textContent, so API data can't inject markup.
'use strict';

const $main = document.getElementById('inhoud');
const $berichten = document.getElementById('berichten');

const DEMO = [
  { user: 'intaker1', roles: ['intaker'], gemeente: 'almelo', team: 'wijkteam-noord' },
  { user: 'procesmanager1', roles: ['procesmanager'], gemeente: 'almelo' },
  { user: 'teamleider1', roles: ['teamleider'], gemeente: 'almelo', team: 'wijkteam-noord' },
  { user: 'beheerder1', roles: ['admin'], gemeente: 'almelo' },
];
const ROLLEN = ['intaker', 'procesmanager', 'teamleider', 'beleid', 'admin'];
const TERMIJN_STATUS = {
  pending: 'lopend',
  overdue: 'verlopen',
  met: 'gehaald',
  missed: 'gemist',
  cancelled: 'vervallen',
};
const CASUS_STATUS = { active: 'lopend', done: 'afgerond', error: 'fout', stopped: 'gestopt' };
// Field names come from the API in English; the professional sees these Dutch labels.
const VELDEN = {
  channel: 'Kanaal (wie meldt)',
  externeVerwijzer: 'Soort externe verwijzer',
  lifeAreas: 'Levensgebieden',
  laws: 'Wetten',
  requestedVoorziening: 'Gevraagde voorziening',
  wgsCrisis: 'Wgs-crisis (dreigende huisuitzetting, afsluiting energie of water, zorgverzekering beëindigd)',
  pwZoektermijn: 'Participatiewet: inwoner jonger dan 27 (zoektermijn)',
  regisseur: 'Regisseur (gebruikers-id)',
  holder: 'Nieuwe regiehouder (gebruikers-id)',
  role: 'Rol',
  key: 'Termijn',
  met: 'Verlengen met',
  amount: 'Aantal',
  unit: 'Eenheid',
  besluitNaBezwaar: 'Besluit na bezwaar',
  kind: 'Soort',
  name: 'Naam',
  birthDate: 'Geboortedatum',
  bsn: 'BSN',
};
const WAARDEN = {
  days: 'dagen',
  weeks: 'weken',
  months: 'maanden',
  werkdagen: 'werkdagen',
  true: 'ja',
  false: 'nee',
};
// AVE levels with Almelo's short names (JOURNEYS.md section 2); a case's own rules carry the longer situatie.
const AVE_NIVEAUS = [
  'Regulier leven',
  'Vraag op één levensgebied',
  'Meerdere levensgebieden',
  'Vastgelopen of onveilig',
  'Volledige escalatie',
];
const REGIEROLLEN = {
  inwoner: 'de inwoner zelf',
  professional: 'professional',
  casusregisseur: 'casusregisseur',
  spoedteam: 'Spoedteam',
  procesmanager: 'procesmanager',
  bestuurlijk: 'bestuurlijke regie',
};
const regierol = (r) => REGIEROLLEN[r] ?? waarde(r ?? '—');
const PAD_SOORT = { start: 'Start', opschalen: 'Opgeschaald', afschalen: 'Afgeschaald' };
// Who may open which added screen; the API checks again, this only keeps menus free of dead ends.
const ESCALATIE_ROLLEN = ['procesmanager', 'teamleider'];
const REGELS_ROLLEN = ['admin'];
const CASUS_ROLLEN = ['intaker', 'procesmanager', 'teamleider'];
// The engine's term events are listed without a schema; these mirror the engine's own zod schemas.
const TERMIJN_SCHEMAS = {
  TERMIJN_OPSCHORTEN: {
    properties: { key: { type: 'string' }, reden: { type: 'string', minLength: 3 } },
    required: ['key', 'reden'],
  },
  TERMIJN_HERVATTEN: {
    properties: { key: { type: 'string' }, reden: { type: 'string' } },
    required: ['key'],
  },
  TERMIJN_VERLENGEN: {
    properties: {
      key: { type: 'string' },
      reden: { type: 'string', minLength: 3 },
      met: {
        type: 'object',
        properties: {
          amount: { type: 'integer', minimum: 1 },
          unit: { type: 'string', enum: ['days', 'weeks'] },
        },
        required: ['amount', 'unit'],
      },
    },
    required: ['key', 'reden', 'met'],
  },
};

let sessie = JSON.parse(localStorage.getItem('regie.sessie') || 'null');
let workflowsCache = null;
const subjectCache = new Map();

// ---------- helpers ----------

/** Builds an element; attributes starting with "on" become listeners, strings/numbers become text nodes. */
function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k in el && typeof v !== 'string') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const kid of kids.flat(Infinity)) {
    if (kid === null || kid === undefined || kid === false) continue;
    el.append(kid instanceof Node ? kid : String(kid));
  }
  return el;
}

const mens = (s) => {
  const t = String(s).replace(/_/g, ' ').toLowerCase();
  return t.charAt(0).toUpperCase() + t.slice(1);
};
const veldLabel = (name) => VELDEN[name] ?? mens(name.replace(/([a-z])([A-Z])/g, '$1 $2'));
const waarde = (v) => (v in WAARDEN ? WAARDEN[v] : String(v).replace(/_/g, ' '));

const TZ = 'Europe/Amsterdam';
const datumFmt = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: TZ,
});
const tijdFmt = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TZ });
// nl-NL writes "ma 13 apr. 2026"; the house style drops the abbreviation dots.
function datum(v) {
  if (!v) return '—';
  // A bare date (dueDate) is a calendar day: read it at noon so no time zone moves it a day.
  const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(v + 'T12:00:00Z') : new Date(v);
  return datumFmt.format(d).replace(/\./g, '');
}
const datumTijd = (v) => (v ? `${datum(v)}, ${tijdFmt.format(new Date(v))}` : '—');
// A day term's dueAt is the midnight after its last day; people expect that last day, not the next.
const uitersteDag = (v) =>
  !v ? '—' : tijdFmt.format(new Date(v)) === '00:00' ? datum(new Date(Date.parse(v) - 1)) : datumTijd(v);

function bericht(tekst, soort = 'fout') {
  // An open modal dialog covers the page, so its own message area takes the message.
  const plek = document.querySelector('dialog[open] .dialoog-berichten') ?? $berichten;
  plek.replaceChildren(
    h(
      'div',
      { class: `bericht ${soort}`, role: soort === 'fout' ? 'alert' : null },
      h('span', {}, tekst),
      h('button', { type: 'button', class: 'link', onclick: () => plek.replaceChildren() }, 'Sluiten'),
    ),
  );
}
const wisBericht = () => $berichten.replaceChildren();

/** A refused call. The API answers errors as problem+json (RFC 9457): `detail` is the Dutch message, `code` the
 * kind, `invalidParams` the fields that failed, `allowedEvents` what a refused event leaves possible. */
class ApiFout extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `De server antwoordde met status ${status}.`);
    this.status = status;
    this.code = problem?.code;
    this.invalidParams = Array.isArray(problem?.invalidParams) ? problem.invalidParams : [];
    this.allowedEvents = Array.isArray(problem?.allowedEvents) ? problem.allowedEvents : undefined;
  }
}

/** Every call carries the token; a 401 means the session is over, so we return to the login screen. */
async function api(method, path, body, headers = {}) {
  let res;
  try {
    res = await fetch(path, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(sessie ? { Authorization: `Bearer ${sessie.token}` } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiFout(0, { detail: 'De server is niet bereikbaar. Probeer het zo opnieuw.' });
  }
  const tekst = await res.text();
  let data = tekst;
  try {
    data = tekst ? JSON.parse(tekst) : null;
  } catch {
    // plain text, e.g. the Mermaid diagram
  }
  if (res.status === 401 && sessie) {
    uitloggen('Je sessie is verlopen of ongeldig. Log opnieuw in.');
    throw new ApiFout(401, data);
  }
  if (!res.ok) throw new ApiFout(res.status, data && typeof data === 'object' ? data : null);
  return data;
}

/** Disables the button and shows a spinner while the call runs, and turns any failure into a Dutch message. */
async function bezig(knop, fn) {
  if (knop) {
    knop.disabled = true;
    knop.setAttribute('aria-busy', 'true');
  }
  try {
    return await fn();
  } catch (e) {
    if (!(e instanceof ApiFout && e.status === 401))
      bericht(e instanceof ApiFout ? e.message : 'Er ging iets mis.');
    if (!(e instanceof ApiFout)) console.error(e);
    return undefined;
  } finally {
    if (knop) {
      knop.disabled = false;
      knop.removeAttribute('aria-busy');
    }
  }
}

async function workflows() {
  workflowsCache ??= await api('GET', '/api/v1/workflows');
  return workflowsCache;
}
const eventTitel = (wfs, wf, type) =>
  wfs.find((w) => w.name === wf)?.events.find((e) => e.type === type)?.title ?? mens(type);

/** A span that fills in the inwoner's name once known; names are cached so lists cost one call per inwoner. */
function inwonerNaam(id) {
  const span = h('span', {}, '…');
  if (!subjectCache.has(id))
    subjectCache.set(
      id,
      api('GET', `/api/v1/subjects/${id}`).catch(() => null),
    );
  subjectCache.get(id).then((s) => (span.textContent = s ? s.name : 'onbekende inwoner'));
  return span;
}

const ik = (holder) => (holder && sessie && holder === sessie.user ? `${holder} (jij)` : holder || '—');
const casusLink = (c) => h('a', { href: `#/casus/${c.id}` }, inwonerNaam(c.subjectId));
const leeg = (tekst) => h('p', { class: 'leeg' }, tekst);
const heeftRol = (rollen) => Boolean(sessie?.roles.some((r) => rollen.includes(r)));

// ---------- schema forms ----------

/**
 * Turns a zod-generated JSON Schema into form fields. Returns the element and a read() that gives the data
 * (empty optional fields omitted) or throws with a Dutch list of missing fields.
 */
function schemaFormulier(schema, opties = {}, prefix = '') {
  const props = schema?.properties ?? {};
  const verplicht = new Set(schema?.required ?? []);
  const lezers = [];
  const velden = Object.entries(props).map(([naam, s]) => {
    const id = `v-${prefix}${naam}`;
    const req = verplicht.has(naam);
    const label = [veldLabel(naam), req ? null : h('span', { class: 'optioneel' }, ' (optioneel)')];
    const keuzes = s.enum ?? (s.anyOf?.every((a) => 'const' in a) ? s.anyOf.map((a) => a.const) : null);
    let veld;
    let lees;
    if (naam === 'key' && opties.termijnen) {
      veld = h(
        'select',
        { id, required: req },
        h('option', { value: '' }, '— kies een termijn —'),
        opties.termijnen.map((d) =>
          h('option', { value: d.key }, `${d.name} (uiterlijk ${datum(d.dueDate ?? d.dueAt)})`),
        ),
      );
      lees = () => veld.value || undefined;
    } else if (keuzes) {
      veld = h(
        'select',
        { id, required: req },
        h('option', { value: '' }, req ? '— kies —' : '— geen —'),
        keuzes.map((k, i) => h('option', { value: String(i) }, waarde(k))),
      );
      // Values keep their type (the cascade step is a number), so read them back by index.
      lees = () => (veld.value === '' ? undefined : keuzes[Number(veld.value)]);
    } else if (s.type === 'boolean') {
      const box = h('input', { type: 'checkbox', id });
      lezers.push([naam, () => box.checked, req]);
      return h('div', { class: 'veld vink' }, box, h('label', { for: id }, veldLabel(naam)));
    } else if (s.type === 'array' && s.items?.enum) {
      const boxen = s.items.enum.map((k, i) =>
        h(
          'label',
          { class: 'optie' },
          h('input', { type: 'checkbox', value: k, id: `${id}-${i}` }),
          waarde(k),
        ),
      );
      lezers.push([
        naam,
        () => {
          const v = boxen
            .map((l) => l.firstChild)
            .filter((b) => b.checked)
            .map((b) => b.value);
          return v.length ? v : undefined;
        },
        req,
      ]);
      return h(
        'fieldset',
        { class: 'veld groep' },
        h('legend', {}, label),
        h('div', { class: 'opties' }, boxen),
      );
    } else if (s.type === 'object') {
      const sub = schemaFormulier(s, opties, `${prefix}${naam}-`);
      lezers.push([naam, () => (Object.keys(sub.lees()).length || req ? sub.lees() : undefined), req]);
      return h('fieldset', { class: 'veld groep' }, h('legend', {}, label), sub.el);
    } else if (s.type === 'number' || s.type === 'integer') {
      veld = h('input', { id, type: 'number', step: s.type === 'integer' ? '1' : 'any', required: req });
      lees = () => (veld.value === '' ? undefined : Number(veld.value));
    } else if (s.type === 'array') {
      veld = h('input', { id, type: 'text', 'aria-describedby': `${id}-uitleg` });
      lees = () => {
        const v = veld.value
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);
        return v.length ? v : undefined;
      };
      label.push(h('span', { class: 'uitleg', id: `${id}-uitleg` }, ' scheid met komma’s'));
    } else if (s.format === 'date' || s.format === 'date-time') {
      const dt = s.format === 'date-time';
      veld = h('input', { id, type: dt ? 'datetime-local' : 'date', required: req });
      lees = () => (veld.value ? (dt ? new Date(veld.value).toISOString() : veld.value) : undefined);
    } else {
      const lang = (s.maxLength ?? 0) > 200 || /toelichting|reden|grondslag|note/.test(naam);
      veld = h(lang ? 'textarea' : 'input', {
        id,
        rows: lang ? 3 : null,
        required: req,
        maxlength: s.maxLength,
      });
      lees = () => veld.value.trim() || undefined;
    }
    lezers.push([naam, lees, req]);
    return h('div', { class: 'veld' }, h('label', { for: id }, label), veld);
  });
  function lees() {
    const data = {};
    const mist = [];
    for (const [naam, fn, req] of lezers) {
      let v;
      try {
        v = fn();
      } catch (e) {
        mist.push(...e.velden);
        continue;
      }
      if (v === undefined) {
        if (req) mist.push(veldLabel(naam));
      } else if (v !== false || req) data[naam] = v;
    }
    if (mist.length) throw Object.assign(new Error(), { velden: mist });
    return data;
  }
  return {
    el: h('div', { class: 'velden' }, velden.length ? velden : h('p', {}, 'Geen gegevens nodig.')),
    lees,
  };
}

/** Reads a schema form; shows what is missing instead of sending a request that will fail. */
function leesOfMeld(form) {
  try {
    return form.lees();
  } catch (e) {
    if (!e.velden) throw e;
    bericht(`Vul nog in: ${e.velden.join(', ')}.`);
    return null;
  }
}

// ---------- header: user and clock ----------

function kop() {
  document.getElementById('nav').hidden = !sessie;
  const route = location.hash.split('?')[0].split('/')[1] || 'werk';
  const menuRollen = { escalaties: ESCALATIE_ROLLEN, regels: REGELS_ROLLEN };
  for (const a of document.querySelectorAll('#nav a')) {
    if (menuRollen[a.dataset.route]) a.hidden = !heeftRol(menuRollen[a.dataset.route]);
    if (a.dataset.route === route) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const $g = document.getElementById('gebruiker');
  $g.replaceChildren(
    ...(sessie
      ? [
          h('span', {}, `${sessie.user} · ${sessie.roles.join(', ')} · ${sessie.gemeente}`),
          h('button', { type: 'button', class: 'link', onclick: () => uitloggen() }, 'Uitloggen'),
        ]
      : []),
  );
}

async function klok() {
  const $k = document.getElementById('klok');
  let c;
  try {
    c = await api('GET', '/api/v1/clock');
  } catch {
    return $k.replaceChildren();
  }
  const knoppen =
    c.mode === 'manual' && sessie
      ? [
          ['P1D', '+1 dag'],
          ['P1W', '+1 week'],
          ['P6W', '+6 weken'],
        ].map(([by, tekst]) =>
          h(
            'button',
            {
              type: 'button',
              class: 'klein',
              title: 'Demo: zet de klok vooruit',
              onclick: (ev) =>
                bezig(ev.currentTarget, async () => {
                  const r = await api('POST', '/api/v1/clock/advance', { by });
                  const n = Array.isArray(r.fired) ? r.fired.length : (r.fired ?? 0);
                  await route();
                  bericht(
                    `Klok verzet naar ${datumTijd(r.now)}; ${n} termijngebeurtenis(sen) verwerkt.`,
                    'ok',
                  );
                }),
            },
            tekst,
          ),
        )
      : [];
  $k.replaceChildren(
    h(
      'span',
      { title: c.mode === 'manual' ? 'Handmatige demo-klok' : 'Systeemklok' },
      `Klok: ${datumTijd(c.now)}`,
    ),
    ...knoppen,
  );
}

// A message to show once the next screen is up (navigation clears the message area).
let naNavigatie = null;

function uitloggen(tekst) {
  stopScherm?.();
  stopScherm = null;
  sessie = null;
  localStorage.removeItem('regie.sessie');
  if (location.hash.startsWith('#/login')) {
    if (tekst) bericht(tekst);
  } else {
    naNavigatie = tekst;
    location.hash = '#/login';
  }
}

// ---------- screens ----------

function login() {
  const inloggen = (p, knop) =>
    bezig(knop, async () => {
      const { token } = await api('POST', '/api/v1/auth/dev-token', p);
      sessie = { ...p, token };
      localStorage.setItem('regie.sessie', JSON.stringify(sessie));
      wisBericht();
      // A beheerder has no cases, so "Mijn werk" would only show a refusal.
      location.hash = heeftRol(CASUS_ROLLEN) || !heeftRol(REGELS_ROLLEN) ? '#/werk' : '#/regels';
    });
  const gebruiker = h('input', { id: 'l-user', required: true, autocomplete: 'username' });
  const gemeente = h('input', { id: 'l-gemeente', required: true, value: 'almelo' });
  const team = h('input', { id: 'l-team' });
  const rollen = ROLLEN.map((r) =>
    h('label', { class: 'optie' }, h('input', { type: 'checkbox', value: r }), r),
  );
  const form = h(
    'form',
    {
      class: 'kaart',
      novalidate: true,
      onsubmit: (ev) => {
        ev.preventDefault();
        const roles = rollen
          .map((l) => l.firstChild)
          .filter((b) => b.checked)
          .map((b) => b.value);
        if (!gebruiker.value.trim() || !gemeente.value.trim() || !roles.length)
          return bericht('Vul gebruiker en gemeente in en kies minstens één rol.');
        inloggen(
          {
            user: gebruiker.value.trim(),
            roles,
            gemeente: gemeente.value.trim(),
            team: team.value.trim() || undefined,
          },
          ev.submitter,
        );
      },
    },
    h('h2', {}, 'Of log in als iemand anders'),
    h('div', { class: 'veld' }, h('label', { for: 'l-user' }, 'Gebruiker'), gebruiker),
    h('fieldset', { class: 'veld groep' }, h('legend', {}, 'Rollen'), h('div', { class: 'opties' }, rollen)),
    h('div', { class: 'veld' }, h('label', { for: 'l-gemeente' }, 'Gemeente'), gemeente),
    h(
      'div',
      { class: 'veld' },
      h('label', { for: 'l-team' }, 'Team', h('span', { class: 'optioneel' }, ' (optioneel)')),
      team,
    ),
    h('button', { type: 'submit' }, 'Inloggen'),
  );
  return [
    h('h1', {}, 'Inloggen'),
    h('p', {}, 'Demo-omgeving: kies een demogebruiker.'),
    h(
      'div',
      { class: 'snel' },
      DEMO.map((p) =>
        h(
          'button',
          { type: 'button', onclick: (ev) => inloggen(p, ev.currentTarget) },
          h('strong', {}, p.user),
          h('span', {}, `${p.roles[0]} · ${p.gemeente}${p.team ? ' · ' + p.team : ''}`),
        ),
      ),
    ),
    form,
  ];
}

/** metCasus: caseId → subjectId, to name the inwoner in the worklist; absent on the case screen itself. */
function termijnRijen(termijnen, metCasus) {
  return termijnen.map((d) =>
    h(
      'tr',
      { class: `t-${d.status}` },
      h(
        'td',
        {},
        d.name || mens(d.key),
        d.extendedDays ? h('div', { class: 'klein' }, `verlengd met ${d.extendedDays} dagen`) : null,
      ),
      h('td', {}, d.law || '—'),
      h('td', { class: 'datum' }, datum(d.dueDate ?? d.dueAt)),
      h('td', {}, h('span', { class: `label s-${d.status}` }, TERMIJN_STATUS[d.status] ?? d.status)),
      h('td', {}, d.remindedAt ? `verstuurd ${datum(d.remindedAt)}` : d.remindAt ? datum(d.remindAt) : '—'),
      h(
        'td',
        {},
        d.suspendedAt
          ? `sinds ${datum(d.suspendedAt)}`
          : d.suspendedDays
            ? `eerder ${d.suspendedDays} dagen`
            : 'nee',
      ),
      metCasus
        ? h(
            'td',
            {},
            h(
              'a',
              { href: `#/casus/${d.caseId}` },
              metCasus[d.caseId] ? inwonerNaam(metCasus[d.caseId]) : 'Openen',
            ),
          )
        : null,
    ),
  );
}

function termijnTabel(termijnen, metCasus = null) {
  if (!termijnen.length) return leeg('Geen termijnen.');
  return h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Termijn', 'Wet', 'Uiterste datum', 'Status', 'Herinnering', 'Opgeschort', metCasus ? 'Casus' : null]
          .filter(Boolean)
          .map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h('tbody', {}, termijnRijen(termijnen, metCasus)),
  );
}

function casusTabel(items, wfs) {
  if (!items.length) return leeg('Geen casussen gevonden.');
  return h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Inwoner', 'Klantreis', 'Fase', 'Regie', 'Eerstvolgende termijn', 'Bijgewerkt'].map((t) =>
          h('th', { scope: 'col' }, t),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      items.map((c) => {
        const open = c.deadlines
          .filter((d) => d.status === 'pending' || d.status === 'overdue')
          .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
        return h(
          'tr',
          { class: c.deadlines.some((d) => d.status === 'overdue') ? 't-overdue' : null },
          h('td', {}, casusLink(c)),
          h('td', {}, wfs.find((w) => w.name === c.workflow)?.title ?? c.workflow),
          h('td', {}, h('span', { class: 'label' }, mens(c.state))),
          h('td', {}, `${c.regie?.role ?? ''}: ${ik(c.regie?.holder)}`),
          h(
            'td',
            {},
            open ? `${open.name}, ${datum(open.dueDate ?? open.dueAt)}` : '—',
            open?.status === 'overdue' ? ' (verlopen)' : '',
          ),
          h('td', { class: 'datum' }, datum(c.updatedAt)),
        );
      }),
    ),
  );
}

async function mijnWerk() {
  const [termijnen, berichten, casussen, wfs] = await Promise.all([
    api('GET', `/api/v1/deadlines?assignee=${encodeURIComponent(sessie.user)}`),
    api('GET', '/api/v1/notifications'),
    api('GET', `/api/v1/cases?assignee=${encodeURIComponent(sessie.user)}&limit=50`),
    workflows(),
  ]);
  // Only running terms are work; overdue ones first, then the soonest due.
  const open = termijnen.items
    .filter((d) => d.status === 'pending' || d.status === 'overdue')
    .sort((a, b) => (b.status === 'overdue') - (a.status === 'overdue') || a.dueAt.localeCompare(b.dueAt));
  const onderwerpen = Object.fromEntries(casussen.items.map((c) => [c.id, c.subjectId]));
  return [
    h('h1', {}, 'Mijn werk'),
    h('section', {}, h('h2', {}, `Mijn termijnen (${open.length})`), termijnTabel(open, onderwerpen)),
    h(
      'section',
      {},
      h('h2', {}, 'Berichten'),
      berichten.items.length
        ? h(
            'ul',
            { class: 'berichtenlijst' },
            berichten.items.map((n) =>
              h(
                'li',
                {},
                h('time', { datetime: n.createdAt }, datumTijd(n.createdAt)),
                ' ',
                n.caseId ? h('a', { href: `#/casus/${n.caseId}` }, n.message) : n.message,
              ),
            ),
          )
        : leeg('Geen berichten.'),
    ),
    h('section', {}, h('h2', {}, 'Casussen waarvan ik de regie heb'), casusTabel(casussen.items, wfs)),
  ];
}

// Cursors of earlier pages, so "Vorige" can go back although the API only pages forward.
let vorigeCursors = [];

async function casussen(q) {
  const wfs = await workflows();
  const wf = q.get('workflow') || '';
  const fasen = [...new Set(wfs.filter((w) => !wf || w.name === wf).flatMap((w) => w.states))];
  const params = new URLSearchParams({ limit: '25' });
  for (const k of ['workflow', 'state', 'cursor']) if (q.get(k)) params.set(k, q.get(k));
  if (q.get('overdue') === 'true') params.set('overdue', 'true');
  const lijst = await api('GET', `/api/v1/cases?${params}`);

  const selWf = h(
    'select',
    { id: 'f-wf' },
    h('option', { value: '' }, 'Alle klantreizen'),
    wfs.map((w) => h('option', { value: w.name, selected: w.name === wf }, w.title ?? w.name)),
  );
  const selFase = h(
    'select',
    { id: 'f-fase' },
    h('option', { value: '' }, 'Alle fasen'),
    fasen.map((f) => h('option', { value: f, selected: f === q.get('state') }, mens(f))),
  );
  const verlopen = h('input', { type: 'checkbox', id: 'f-verlopen', checked: q.get('overdue') === 'true' });
  const naar = (extra) => {
    const n = new URLSearchParams();
    if (selWf.value) n.set('workflow', selWf.value);
    if (selFase.value) n.set('state', selFase.value);
    if (verlopen.checked) n.set('overdue', 'true');
    if (extra) n.set('cursor', extra);
    location.hash = `#/casussen?${n}`;
  };
  return [
    h('h1', {}, 'Casussen'),
    h(
      'form',
      {
        class: 'filters',
        onsubmit: (ev) => {
          ev.preventDefault();
          vorigeCursors = [];
          naar();
        },
      },
      h('div', { class: 'veld' }, h('label', { for: 'f-wf' }, 'Klantreis'), selWf),
      h('div', { class: 'veld' }, h('label', { for: 'f-fase' }, 'Fase'), selFase),
      h(
        'div',
        { class: 'veld vink' },
        verlopen,
        h('label', { for: 'f-verlopen' }, 'Alleen verlopen termijnen'),
      ),
      h('button', { type: 'submit' }, 'Filteren'),
    ),
    casusTabel(lijst.items, wfs),
    h(
      'div',
      { class: 'paging' },
      h(
        'button',
        {
          type: 'button',
          class: 'tweede',
          disabled: !q.get('cursor'),
          onclick: () => naar(vorigeCursors.pop()),
        },
        '← Vorige',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'tweede',
          disabled: !lijst.next,
          onclick: () => {
            vorigeCursors.push(q.get('cursor') || '');
            naar(lijst.next);
          },
        },
        'Volgende →',
      ),
    ),
  ];
}

async function casus(id) {
  const [c, hist, wfs] = await Promise.all([
    api('GET', `/api/v1/cases/${id}`),
    api('GET', `/api/v1/cases/${id}/history`),
    workflows(),
  ]);
  const wf = wfs.find((w) => w.name === c.workflow);
  const dialoog = h('dialog', { class: 'dialoog', 'aria-labelledby': 'd-titel' });

  function openEvent(type) {
    const spec = wf?.events.find((e) => e.type === type);
    const termijnen = c.deadlines.filter(
      (d) =>
        (d.status === 'pending' || d.status === 'overdue') &&
        (type === 'TERMIJN_HERVATTEN' ? d.suspendedAt : !d.suspendedAt),
    );
    const form = schemaFormulier(spec?.schema ?? TERMIJN_SCHEMAS[type] ?? {}, { termijnen }, 'e-');
    const annuleer = h(
      'button',
      { type: 'button', class: 'tweede', onclick: () => dialoog.close() },
      'Annuleren',
    );
    dialoog.replaceChildren(
      h(
        'form',
        {
          novalidate: true,
          onsubmit: async (ev) => {
            ev.preventDefault();
            const data = leesOfMeld(form);
            if (!data) return;
            await bezig(ev.submitter, async () => {
              try {
                await api(
                  'POST',
                  `/api/v1/cases/${c.id}/events`,
                  { type, ...data },
                  {
                    'Idempotency-Key': crypto.randomUUID(),
                    'If-Match': String(c.version),
                  },
                );
              } catch (e) {
                if (e.status === 409) {
                  dialoog.close();
                  await route();
                  throw new ApiFout(409, {
                    detail:
                      'Deze casus is intussen gewijzigd. De nieuwe stand is geladen; kijk of je actie nog nodig is.',
                  });
                }
                if (e.status === 422 && e.allowedEvents) {
                  const nu = e.allowedEvents.map((t) => eventTitel(wfs, c.workflow, t)).join('; ');
                  throw new ApiFout(422, { detail: `${e.message} Nu mogelijk: ${nu || 'niets'}.` });
                }
                throw e;
              }
              dialoog.close();
              await route();
              bericht(`Vastgelegd: ${spec?.title ?? mens(type)}.`, 'ok');
            });
          },
        },
        h('h2', { id: 'd-titel' }, spec?.title ?? mens(type)),
        h('div', { class: 'dialoog-berichten', role: 'status', 'aria-live': 'polite' }),
        form.el,
        h('div', { class: 'knoppen' }, h('button', { type: 'submit' }, 'Vastleggen'), annuleer),
      ),
    );
    wisBericht();
    dialoog.showModal();
  }

  // History data in words: terms by their name, lists joined, nested values like "2 weken".
  const gegeven = (k, v) =>
    k === 'key'
      ? (c.deadlines.find((d) => d.key === v)?.name ?? waarde(v))
      : Array.isArray(v)
        ? v.map(waarde).join(', ')
        : v && typeof v === 'object'
          ? Object.values(v).map(waarde).join(' ')
          : waarde(v);
  const diagram = h('pre', { class: 'diagram' }, 'Laden…');
  const acties = c.allowedEvents.map((t) =>
    h(
      'button',
      { type: 'button', class: 'tweede', onclick: () => openEvent(t) },
      eventTitel(wfs, c.workflow, t),
    ),
  );
  return [
    h('p', { class: 'kruimel' }, h('a', { href: '#/casussen' }, '← Casussen')),
    h('h1', {}, inwonerNaam(c.subjectId)),
    h(
      'dl',
      { class: 'kenmerken' },
      h(
        'div',
        {},
        h('dt', {}, 'Klantreis'),
        h('dd', {}, `${wf?.title ?? c.workflow} (versie ${c.workflowVersion})`),
      ),
      h(
        'div',
        {},
        h('dt', {}, 'Fase'),
        h(
          'dd',
          {},
          h('span', { class: 'label' }, mens(c.state)),
          c.status !== 'active' ? ` (${CASUS_STATUS[c.status] ?? c.status})` : '',
        ),
      ),
      h('div', {}, h('dt', {}, 'Regie'), h('dd', {}, `${c.regie?.role ?? '—'}: ${ik(c.regie?.holder)}`)),
      c.aveLevel !== undefined && c.workflow !== 'ave'
        ? h('div', {}, h('dt', {}, 'AVE-niveau'), h('dd', {}, c.aveLevel))
        : null,
      h('div', {}, h('dt', {}, 'Gemeld'), h('dd', {}, datumTijd(c.createdAt))),
    ),
    c.workflow === 'ave' ? aveOverzicht(c, openEvent) : null,
    h('section', {}, h('h2', {}, 'Termijnen'), termijnTabel(c.deadlines)),
    h(
      'section',
      {},
      h('h2', {}, 'Acties'),
      acties.length
        ? h('div', { class: 'acties' }, acties)
        : leeg('In deze fase kan niets meer worden vastgelegd.'),
    ),
    h(
      'section',
      {},
      h('h2', {}, 'Geschiedenis'),
      h(
        'ol',
        { class: 'tijdlijn' },
        [...hist].reverse().map((e) =>
          h(
            'li',
            {},
            h(
              'div',
              { class: 'wanneer' },
              h('time', { datetime: e.at }, datumTijd(e.at)),
              ' · ',
              e.actor === 'system' ? 'systeem' : e.actor,
            ),
            h(
              'div',
              { class: 'wat' },
              eventTitel(wfs, c.workflow, e.type),
              e.from !== e.to && e.to
                ? h('span', { class: 'fase' }, ` ${e.from ? mens(e.from) : 'start'} → ${mens(e.to)}`)
                : null,
            ),
            e.data && Object.keys(e.data).length
              ? h(
                  'dl',
                  { class: 'data' },
                  Object.entries(e.data).map(([k, v]) =>
                    h('div', {}, h('dt', {}, veldLabel(k)), h('dd', {}, gegeven(k, v))),
                  ),
                )
              : null,
          ),
        ),
      ),
    ),
    h(
      'details',
      {
        ontoggle: (ev) => {
          if (!ev.currentTarget.open || diagram.dataset.geladen) return;
          diagram.dataset.geladen = '1';
          api('GET', `/api/v1/workflows/${c.workflow}/diagram`).then(
            (t) => (diagram.textContent = t),
            (e) => (diagram.textContent = `Diagram niet beschikbaar: ${e.message}`),
          );
        },
      },
      h('summary', {}, 'Procesdiagram (Mermaid-tekst)'),
      diagram,
    ),
    h('p', {}, h('a', { href: `#/nieuw?subjectId=${c.subjectId}` }, 'Nieuwe melding voor deze inwoner')),
    dialoog,
  ];
}

/**
 * The AVE part of the case screen: the level as the first thing seen, who must still accept regie, and the
 * household's path across levels (JOURNEYS.md: "traceable across levels: each regie holder, each reason").
 */
function aveOverzicht(c, openEvent) {
  const x = c.context ?? {};
  const n = x.niveau ?? c.aveLevel;
  // The case's own copy of the rules: the situatie as the gemeente described it when the case started.
  const situatie = x.config?.niveaus?.[n]?.situatie ?? AVE_NIVEAUS[n];
  const p = x.pendingRegie;
  const acceptatie = c.deadlines.find(
    (d) => d.key === 'regie_acceptatie' && (d.status === 'pending' || d.status === 'overdue'),
  );
  // Days at the level count by the server's clock (a demo clock may run ahead), so they fill in once it answers.
  const dagen = h('span', {});
  if (x.niveauSinds)
    api('GET', '/api/v1/clock').then(
      (k) => {
        const d = Math.floor((Date.parse(k.now) - Date.parse(x.niveauSinds)) / 86_400_000);
        if (d >= 0) dagen.textContent = ` (${d === 1 ? '1 dag' : `${d} dagen`})`;
      },
      () => undefined,
    );
  const kanAccepteren = p && c.allowedEvents.includes('REGIE_GEACCEPTEERD') && p.holder === sessie.user;
  const pad = Array.isArray(x.path) ? x.path : [];
  return h(
    'section',
    { class: 'ave', 'aria-labelledby': 'ave-kop' },
    h(
      'div',
      { class: `ave-niveau n${n}` },
      h('div', { class: 'ave-nr', id: 'ave-kop' }, h('span', {}, 'AVE-niveau'), h('strong', {}, n)),
      h(
        'div',
        {},
        h('p', { class: 'ave-naam' }, AVE_NIVEAUS[n]),
        h('p', {}, situatie),
        h(
          'p',
          { class: 'klein' },
          x.niveauSinds ? [`Op dit niveau sinds ${datum(x.niveauSinds)}`, dagen, '. '] : '',
          `Regie: ${regierol(x.regie?.role ?? c.regie?.role)}, ${ik(x.regie?.holder ?? c.regie?.holder)}.`,
          x.procesregie ? ` Procesregie: ${regierol(x.procesregie.role)}, ${ik(x.procesregie.holder)}.` : '',
          x.kinderenInHuishouden ? ' Kinderen in het huishouden.' : '',
        ),
      ),
    ),
    p
      ? h(
          'div',
          { class: `kaart acceptatie${x.acceptatieVerlopenSinds ? ' verstreken' : ' waarschuwing'}` },
          h('h2', {}, 'Wacht op acceptatie van de regie'),
          h(
            'p',
            {},
            `${ik(p.holder)} is op ${datumTijd(p.since)}`,
            p.door ? ` door ${ik(p.door)}` : '',
            ` aangewezen voor de regie op niveau ${p.niveau} (${regierol(p.role)}). Tot de acceptatie houdt `,
            ik(x.regie?.holder),
            ' de regie.',
          ),
          acceptatie
            ? h('p', {}, `Uiterlijk accepteren: ${datum(acceptatie.dueDate ?? acceptatie.dueAt)}.`)
            : null,
          x.acceptatieVerlopenSinds
            ? h(
                'p',
                { class: 'label s-overdue' },
                `Acceptatietermijn verstreken na ${uitersteDag(x.acceptatieVerlopenSinds)}; de teamleider is gewaarschuwd.`,
              )
            : null,
          kanAccepteren
            ? h(
                'button',
                { type: 'button', onclick: () => openEvent('REGIE_GEACCEPTEERD') },
                'Regie accepteren',
              )
            : null,
        )
      : null,
    x.reviewVerlopenSinds
      ? h(
          'p',
          { class: 'bericht fout' },
          `De periodieke review is niet op tijd gedaan (verlopen sinds ${datumTijd(x.reviewVerlopenSinds)}).`,
        )
      : null,
    h('h2', {}, 'Verloop over de niveaus'),
    pad.length
      ? h(
          'ol',
          { class: 'tijdlijn pad' },
          [...pad]
            .reverse()
            .map((stap) =>
              h(
                'li',
                { class: `stap-${stap.soort}` },
                h(
                  'div',
                  { class: 'wanneer' },
                  h('time', { datetime: stap.at }, datumTijd(stap.at)),
                  ' · ',
                  stap.actor === 'system' ? 'systeem' : ik(stap.actor),
                ),
                h(
                  'div',
                  { class: 'wat' },
                  PAD_SOORT[stap.soort] ?? mens(stap.soort),
                  ' ',
                  h(
                    'span',
                    { class: 'niveausprong' },
                    stap.from === null || stap.from === undefined
                      ? `op niveau ${stap.to}`
                      : `van niveau ${stap.from} naar ${stap.to}`,
                  ),
                ),
                h(
                  'dl',
                  { class: 'data' },
                  stap.reden ? h('div', {}, h('dt', {}, 'Reden'), h('dd', {}, stap.reden)) : null,
                  stap.criteria?.length
                    ? h('div', {}, h('dt', {}, 'Criteria'), h('dd', {}, stap.criteria.map(waarde).join(', ')))
                    : null,
                  h(
                    'div',
                    {},
                    h('dt', {}, 'Regie naar'),
                    h('dd', {}, ik(stap.holder), stap.acceptatieNodig ? ' (moet accepteren)' : ''),
                  ),
                ),
              ),
            ),
        )
      : leeg('Nog geen niveauwijzigingen.'),
  );
}

async function nieuweMelding(q) {
  const wfs = await workflows();
  let inwoner = null;
  const gekozen = h('p', { class: 'gekozen', 'aria-live': 'polite' }, 'Nog geen inwoner gekozen.');
  const kies = (s) => {
    inwoner = s;
    wisBericht();
    gekozen.replaceChildren(
      'Gekozen: ',
      h('strong', {}, s.name),
      ` (${s.kind}${s.birthDate ? ', geboren ' + datum(s.birthDate) : ''})`,
      h('span', { class: 'klein' }, ` · ID ${s.id}`),
    );
  };
  if (q.get('subjectId')) {
    const s = await api('GET', `/api/v1/subjects/${q.get('subjectId')}`);
    if (s) kies(s);
  }

  const zoekId = h('input', { id: 'n-id', value: '' });
  const nieuw = schemaFormulier(
    {
      properties: {
        kind: { enum: ['inwoner', 'huishouden'] },
        name: { type: 'string' },
        birthDate: { type: 'string', format: 'date' },
        bsn: { type: 'string' },
      },
      required: ['kind', 'name'],
    },
    {},
    'n-',
  );

  const selWf = h(
    'select',
    { id: 'n-wf' },
    wfs.map((w) => h('option', { value: w.name, selected: w.name === 'intake' }, w.title ?? w.name)),
  );
  const invoerPlek = h('div', {});
  let invoer;
  const toonInvoer = () => {
    invoer = schemaFormulier(wfs.find((w) => w.name === selWf.value)?.input ?? {}, {}, 'm-');
    invoerPlek.replaceChildren(invoer.el);
  };
  selWf.addEventListener('change', toonInvoer);
  toonInvoer();
  const toestemmingPlek = h('div', {});

  async function maak(knop) {
    if (!inwoner) return bericht('Kies of registreer eerst een inwoner.');
    const input = leesOfMeld(invoer);
    if (!input) return;
    await bezig(knop, async () => {
      try {
        const c = await api('POST', '/api/v1/cases', { workflow: selWf.value, subjectId: inwoner.id, input });
        wisBericht();
        location.hash = `#/casus/${c.id}`;
      } catch (e) {
        if (e.code !== 'consent_required') throw e;
        toestemmingVragen(e.message, knop);
      }
    });
  }

  // A third party's melding needs the inwoner's recorded toestemming (scope "melding") before it may be made.
  function toestemmingVragen(reden, knop) {
    const verleendDoor = h('input', { id: 't-door', value: inwoner.name });
    const verleendAan = h('input', { id: 't-aan', value: `gemeente ${sessie.gemeente}` });
    const notitie = h('textarea', { id: 't-note', rows: 2 });
    const geldig = h('input', { id: 't-tot', type: 'date' });
    toestemmingPlek.replaceChildren(
      h(
        'form',
        {
          class: 'kaart waarschuwing',
          novalidate: true,
          onsubmit: (ev) => {
            ev.preventDefault();
            if (!verleendDoor.value.trim() || !verleendAan.value.trim())
              return bericht('Vul in wie toestemming gaf en aan wie.');
            bezig(ev.submitter, async () => {
              const body = {
                scope: 'melding',
                grantedBy: verleendDoor.value.trim(),
                grantedTo: verleendAan.value.trim(),
              };
              if (notitie.value.trim()) body.note = notitie.value.trim();
              if (geldig.value) body.validUntil = geldig.value;
              await api('POST', `/api/v1/subjects/${inwoner.id}/consents`, body);
              toestemmingPlek.replaceChildren();
              bericht('Toestemming vastgelegd. De melding wordt opnieuw ingediend.', 'ok');
              await maak(knop);
            });
          },
        },
        h('h2', {}, 'Toestemming van de inwoner nodig'),
        h('p', {}, reden),
        h('div', { class: 'veld' }, h('label', { for: 't-door' }, 'Toestemming gegeven door'), verleendDoor),
        h('div', { class: 'veld' }, h('label', { for: 't-aan' }, 'Toestemming gegeven aan'), verleendAan),
        h(
          'div',
          { class: 'veld' },
          h('label', { for: 't-note' }, 'Notitie', h('span', { class: 'optioneel' }, ' (optioneel)')),
          notitie,
        ),
        h(
          'div',
          { class: 'veld' },
          h('label', { for: 't-tot' }, 'Geldig tot', h('span', { class: 'optioneel' }, ' (optioneel)')),
          geldig,
        ),
        h('button', { type: 'submit' }, 'Toestemming vastleggen en melding indienen'),
      ),
    );
    toestemmingPlek.querySelector('input').focus();
  }

  return [
    h('h1', {}, 'Nieuwe melding'),
    h(
      'section',
      { class: 'kaart' },
      h('h2', {}, '1. Inwoner'),
      gekozen,
      h(
        'div',
        { class: 'twee' },
        h(
          'form',
          {
            novalidate: true,
            onsubmit: (ev) => {
              ev.preventDefault();
              const id = zoekId.value.trim();
              if (!id) return bericht('Vul het ID van de inwoner in.');
              bezig(ev.submitter, async () =>
                kies(await api('GET', `/api/v1/subjects/${encodeURIComponent(id)}`)),
              );
            },
          },
          h('h3', {}, 'Bekende inwoner'),
          h(
            'div',
            { class: 'veld' },
            h('label', { for: 'n-id' }, 'ID van de inwoner of het huishouden'),
            zoekId,
          ),
          h('button', { type: 'submit', class: 'tweede' }, 'Kiezen'),
        ),
        h(
          'form',
          {
            novalidate: true,
            onsubmit: (ev) => {
              ev.preventDefault();
              const data = leesOfMeld(nieuw);
              if (data) bezig(ev.submitter, async () => kies(await api('POST', '/api/v1/subjects', data)));
            },
          },
          h('h3', {}, 'Nieuwe inwoner of huishouden'),
          nieuw.el,
          h('button', { type: 'submit', class: 'tweede' }, 'Registreren'),
        ),
      ),
    ),
    h(
      'form',
      {
        class: 'kaart',
        novalidate: true,
        onsubmit: (ev) => {
          ev.preventDefault();
          maak(ev.submitter);
        },
      },
      h('h2', {}, '2. De melding'),
      h('div', { class: 'veld' }, h('label', { for: 'n-wf' }, 'Klantreis'), selWf),
      invoerPlek,
      h('button', { type: 'submit' }, 'Melding vastleggen'),
    ),
    toestemmingPlek,
  ];
}

// ---------- escalations board ----------

/**
 * Follows the board's server-sent events. EventSource cannot send the Bearer header, so the stream is read with
 * fetch. Each event only says that a household changed (ids, state, level: no personal data), so the board
 * refetches what it shows. A dropped stream is reopened after a pause that grows to half a minute, and the
 * board refetches then too, since changes during the gap were not heard. Returns the function that stops it.
 */
function volgBord(opWijziging, opStatus) {
  const stop = new AbortController();
  let pauze = 2000;
  let wachter = null;
  let eerderVerbonden = false;
  let open = 0; // when the current stream opened
  let uitstel = null;
  // A burst of commits (one opschaling touches a case several times) becomes one refetch.
  const gewijzigd = () => {
    clearTimeout(uitstel);
    uitstel = setTimeout(() => !stop.signal.aborted && opWijziging(), 300);
  };

  async function verbind() {
    opStatus('verbinden');
    try {
      const res = await fetch('/api/v1/board/stream', {
        headers: { Accept: 'text/event-stream', Authorization: `Bearer ${sessie.token}` },
        cache: 'no-store',
        signal: stop.signal,
      });
      if (res.status === 401) return uitloggen('Je sessie is verlopen of ongeldig. Log opnieuw in.');
      if (res.status === 403) return opStatus('geweigerd'); // retrying will not change the role
      if (!res.ok || !res.body) throw new Error(`status ${res.status}`);
      opStatus('live');
      open = Date.now();
      const lezer = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let rest = '';
      let data = [];
      for (;;) {
        const { value, done } = await lezer.read();
        if (done) break;
        const regels = (rest + value).split(/\r\n|\r|\n/);
        rest = regels.pop(); // an incomplete last line waits for the next chunk
        for (const regel of regels) {
          if (regel.startsWith('data:')) data.push(regel.slice(5).replace(/^ /, ''));
          else if (regel === '' && data.length) {
            // A blank line ends an event: { caseId, version, state, aveLevel } for a change, or { verbonden }
            // when the server hears changes (again). Only the very first `verbonden` follows a fresh fetch; any
            // later one means changes may have been missed in between, so the board refetches.
            try {
              const bericht = JSON.parse(data.join('\n'));
              if (bericht.caseId) gewijzigd();
              else if (bericht.verbonden) {
                if (eerderVerbonden) gewijzigd();
                eerderVerbonden = true;
              }
            } catch {
              // not ours to understand (a comment or keep-alive); ignore
            }
            data = [];
          }
        }
      }
    } catch {
      // network error or the server went away; handled below like a normal end of the stream
    }
    if (stop.signal.aborted || !sessie) return;
    // Only a stream that stayed open a while resets the pause: a server that is shutting down answers and
    // closes at once, and that must not become a reconnect every two seconds.
    if (open && Date.now() - open > 10000) pauze = 2000;
    open = 0;
    opStatus('onderbroken', pauze);
    wachter = setTimeout(verbind, pauze);
    pauze = Math.min(pauze * 2, 30000);
  }

  verbind();
  return () => {
    stop.abort();
    clearTimeout(wachter);
    clearTimeout(uitstel);
  };
}

// Teams seen on the board, to offer in the team filter (there is no list of teams in the API).
const bekendeTeams = new Set();

async function escalaties(q) {
  const niveau = q.get('niveau') ?? '';
  const team = q.get('team') ?? '';
  const params = new URLSearchParams({ limit: '200' });
  if (niveau !== '') params.set('level', niveau);
  if (team) params.set('team', team);

  const tellers = h('div', { class: 'niveaus' });
  const tabelPlek = h('div', {});
  const teamLijst = h('datalist', { id: 'e-teams' });
  const liveStatus = h('span', { class: 'live-tekst', role: 'status' }, 'verbinden…');
  const bijgewerkt = h('span', { class: 'klein' });
  const live = h('p', { class: 'live', 'data-status': 'verbinden' }, liveStatus, ' ', bijgewerkt);

  const filter = (n, t) => {
    const p = new URLSearchParams();
    if (n !== '') p.set('niveau', n);
    if (t) p.set('team', t);
    location.hash = `#/escalaties${p.size ? '?' + p : ''}`;
  };

  function toonTellers(levels) {
    tellers.replaceChildren(
      ...levels.map((l) =>
        h(
          'button',
          {
            type: 'button',
            class: `niveau-teller n${l.level}`,
            'aria-pressed': String(niveau === String(l.level)),
            title: niveau === String(l.level) ? 'Toon weer alle niveaus' : `Toon alleen niveau ${l.level}`,
            onclick: () => filter(niveau === String(l.level) ? '' : String(l.level), team),
          },
          h('span', { class: 'niveau-nr' }, `Niveau ${l.level}`),
          h('span', { class: 'niveau-naam' }, AVE_NIVEAUS[l.level]),
          h('strong', { class: 'niveau-aantal' }, l.households),
          h('span', { class: 'niveau-sub' }, l.households === 1 ? 'huishouden' : 'huishoudens'),
          h(
            'span',
            { class: `niveau-sub${l.awaitingAcceptance ? ' wacht' : ''}` },
            `${l.awaitingAcceptance} wacht op acceptatie`,
          ),
        ),
      ),
    );
  }

  function wijziging(w) {
    const pijl = w.soort === 'afschalen' ? '↓' : '↑';
    return h(
      'li',
      {},
      h('span', { class: 'niveausprong' }, `${pijl} ${w.from ?? 'start'} → ${w.to}`),
      w.reden ? `: ${w.reden}` : '',
      h(
        'div',
        { class: 'klein' },
        [
          datum(w.at),
          w.holder ? `regie naar ${ik(w.holder)}` : null,
          w.criteria?.length ? w.criteria.map(waarde).join(', ') : null,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    );
  }

  function rij(hh) {
    const wacht = hh.awaitingAcceptance;
    const reviewRood = hh.review.overdue || Boolean(hh.review.missedSince);
    return h(
      'tr',
      {
        class: 'klikbaar',
        // The whole row opens the case; the name is also a real link for keyboard and screen reader users.
        onclick: (ev) => {
          if (!ev.target.closest('a')) location.hash = `#/casus/${hh.caseId}`;
        },
      },
      h(
        'td',
        {},
        h('a', { href: `#/casus/${hh.caseId}`, 'data-case-id': hh.caseId }, inwonerNaam(hh.subjectId)),
        hh.team ? h('div', { class: 'klein' }, hh.team) : null,
      ),
      h('td', {}, h('span', { class: `niveau-label n${hh.level}`, title: AVE_NIVEAUS[hh.level] }, hh.level)),
      h(
        'td',
        { class: 'getal', title: `sinds ${datumTijd(hh.since)}` },
        hh.daysAtLevel === 1 ? '1 dag' : `${hh.daysAtLevel} dagen`,
      ),
      h('td', {}, regierol(hh.regie.role), h('div', {}, ik(hh.regie.holder))),
      h(
        'td',
        { class: wacht?.overdueSince ? 'alarm' : null },
        wacht
          ? [
              regierol(wacht.role),
              h('div', {}, ik(wacht.holder)),
              h('div', { class: 'klein' }, `aangewezen ${datum(wacht.since)}`),
              wacht.overdueSince
                ? h(
                    'div',
                    { class: 'label s-overdue' },
                    `acceptatietermijn verstreken na ${uitersteDag(wacht.overdueSince)}`,
                  )
                : null,
            ]
          : '—',
      ),
      h(
        'td',
        { class: reviewRood ? 'alarm datum' : 'datum' },
        hh.review.dueAt ? uitersteDag(hh.review.dueAt) : hh.review.missedSince ? '' : '—',
        hh.review.missedSince
          ? h('div', { class: 'label s-missed' }, `gemist na ${uitersteDag(hh.review.missedSince)}`)
          : hh.review.overdue
            ? h('div', { class: 'label s-overdue' }, 'verlopen')
            : null,
      ),
      h(
        'td',
        {},
        hh.recentChanges.length
          ? h(
              'ul',
              { class: 'wijzigingen' },
              [...hh.recentChanges].sort((a, b) => b.at.localeCompare(a.at)).map(wijziging),
            )
          : '—',
      ),
    );
  }

  function toonTabel(bord) {
    for (const hh of bord.households) if (hh.team) bekendeTeams.add(hh.team);
    teamLijst.replaceChildren(...[...bekendeTeams].sort().map((t) => h('option', { value: t })));
    const focusOp = document.activeElement?.dataset?.caseId;
    tabelPlek.replaceChildren(
      bord.households.length
        ? h(
            'table',
            { class: 'bord' },
            h(
              'caption',
              { class: 'klein' },
              `${bord.households.length} huishouden(s)`,
              niveau !== '' ? ` op niveau ${niveau}` : '',
              team ? ` van ${team}` : '',
              bord.households.length >= 200 ? '; er zijn er meer, verfijn de filters' : '',
            ),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                [
                  'Huishouden',
                  'Niveau',
                  'Dagen op niveau',
                  'Regie',
                  'Wacht op acceptatie',
                  'Review uiterlijk',
                  'Recente wijzigingen (30 dagen)',
                ].map((t) => h('th', { scope: 'col' }, t)),
              ),
            ),
            h('tbody', {}, bord.households.map(rij)),
          )
        : leeg('Geen huishoudens met deze filters.'),
    );
    // A live refresh must not throw the keyboard user out of the table.
    if (focusOp) tabelPlek.querySelector(`a[data-case-id="${focusOp}"]`)?.focus();
    bijgewerkt.textContent = `bijgewerkt om ${new Date().toLocaleTimeString('nl-NL', { timeZone: TZ })}`;
  }

  let laadNr = 0;
  async function laad() {
    const nr = ++laadNr;
    const bord = await api('GET', `/api/v1/board/escalations?${params}`);
    if (nr !== laadNr) return; // an older refetch answering late must not overwrite a newer one
    toonTellers(bord.levels);
    toonTabel(bord);
  }
  await laad();

  const selNiveau = h(
    'select',
    { id: 'e-niveau' },
    h('option', { value: '' }, 'Alle niveaus'),
    AVE_NIVEAUS.map((naam, n) =>
      h('option', { value: String(n), selected: niveau === String(n) }, `${n}: ${naam}`),
    ),
  );
  const invTeam = h('input', { id: 'e-team', list: 'e-teams', value: team, autocomplete: 'off' });

  const scherm = [
    h('div', { class: 'kop-met-live' }, h('h1', {}, 'Escalaties'), live),
    h(
      'p',
      { class: 'intro' },
      'Huishoudens per AVE-niveau: wie de regie heeft, wie die nog moet accepteren en welke reviews verlopen.',
    ),
    tellers,
    h(
      'form',
      {
        class: 'filters',
        onsubmit: (ev) => {
          ev.preventDefault();
          filter(selNiveau.value, invTeam.value.trim());
        },
      },
      h('div', { class: 'veld' }, h('label', { for: 'e-niveau' }, 'Niveau'), selNiveau),
      h('div', { class: 'veld' }, h('label', { for: 'e-team' }, 'Team'), invTeam, teamLijst),
      h('button', { type: 'submit' }, 'Filteren'),
      niveau !== '' || team
        ? h('button', { type: 'button', class: 'tweede', onclick: () => filter('', '') }, 'Alle huishoudens')
        : null,
    ),
    tabelPlek,
  ];
  const LIVE_TEKST = {
    verbinden: 'verbinden…',
    live: 'live',
    onderbroken: 'verbinding onderbroken',
    geweigerd: 'geen live-updates',
  };
  // Started by route() once the screen is shown, stopped when the user leaves it.
  scherm.start = () =>
    volgBord(
      () =>
        laad().catch((e) => {
          if (!(e instanceof ApiFout && e.status === 401)) bericht(`Bijwerken mislukt: ${e.message}`);
        }),
      (status, pauze) => {
        live.dataset.status = status;
        liveStatus.textContent =
          LIVE_TEKST[status] + (pauze ? `; opnieuw over ${Math.round(pauze / 1000)} s` : '');
        live.title =
          status === 'live'
            ? 'Wijzigingen verschijnen vanzelf'
            : status === 'geweigerd'
              ? 'Je rol geeft geen toegang tot live-updates'
              : 'Het bord wordt bijgewerkt zodra de verbinding terug is';
      },
    );
  return scherm;
}

// ---------- rules (admin) ----------

async function regels() {
  const [lijst, wfs] = await Promise.all([api('GET', '/api/v1/admin/config'), workflows()]);
  const historieen = await Promise.all(
    lijst.map((r) => api('GET', `/api/v1/admin/config/${encodeURIComponent(r.workflow)}/history`)),
  );
  const magWijzigen = heeftRol(['admin']);

  function kaart(r, historie) {
    const titel = wfs.find((w) => w.name === r.workflow)?.title ?? r.workflow;
    const id = `r-${r.workflow}`;
    const tekst = h('textarea', {
      id,
      class: 'json',
      rows: 8,
      spellcheck: 'false',
      readonly: !magWijzigen,
      'aria-describedby': `${id}-uitleg`,
    });
    // The box grows with its JSON (within reason), so short deviations don't sit in a sea of white.
    const vul = (config) => {
      tekst.value = JSON.stringify(config, null, 2);
      tekst.rows = Math.min(24, Math.max(6, tekst.value.split('\n').length + 2));
    };
    vul(r.config);
    const fouten = h('div', { role: 'alert' });
    const stand = h('p', { class: 'klein' });
    const toonStand = (v) =>
      stand.replaceChildren(
        v.version
          ? `Versie ${v.version}, gewijzigd door ${ik(v.changedBy)} op ${datumTijd(v.changedAt)}.`
          : 'Nog geen afwijkingen: de standaardregels gelden.',
      );
    toonStand(r);
    const historieLijst = h('div', {});
    const historieKop = h('summary', {});
    const toonHistorie = (items) => {
      historieKop.textContent = `Geschiedenis (${items.length === 1 ? '1 versie' : `${items.length} versies`})`;
      historieLijst.replaceChildren(
        items.length
          ? h(
              'ol',
              { class: 'tijdlijn' },
              [...items]
                .reverse()
                .map((v) =>
                  h(
                    'li',
                    {},
                    h(
                      'div',
                      { class: 'wanneer' },
                      h('time', { datetime: v.changedAt }, datumTijd(v.changedAt)),
                      ` · ${v.changedBy}`,
                    ),
                    h('div', { class: 'wat' }, `Versie ${v.version}`),
                    h('pre', { class: 'json' }, JSON.stringify(v.config, null, 2)),
                  ),
                ),
            )
          : leeg('Nog nooit gewijzigd.'),
      );
    };
    toonHistorie(historie);

    async function opslaan(knop) {
      fouten.replaceChildren();
      let config;
      try {
        config = JSON.parse(tekst.value || '{}');
      } catch (e) {
        return fouten.replaceChildren(h('div', { class: 'bericht fout' }, `Geen geldige JSON: ${e.message}`));
      }
      if (!config || typeof config !== 'object' || Array.isArray(config))
        return fouten.replaceChildren(
          h('div', { class: 'bericht fout' }, 'De afwijkingen zijn één JSON-object, tussen { en }.'),
        );
      knop.disabled = true;
      knop.setAttribute('aria-busy', 'true');
      try {
        const v = await api('PUT', `/api/v1/admin/config/${encodeURIComponent(r.workflow)}`, { config });
        // The server answers with the config as it validated it (defaults filled in where the schema has them).
        vul(v.config);
        toonStand(v);
        toonHistorie(await api('GET', `/api/v1/admin/config/${encodeURIComponent(r.workflow)}/history`));
        bericht(
          `Regels voor ${titel} opgeslagen (versie ${v.version}). Nieuwe casussen volgen deze regels.`,
          'ok',
        );
      } catch (e) {
        if (e instanceof ApiFout && e.status === 401) return;
        // A 400 names each wrong field; show them beside the text the admin is editing.
        const details = e instanceof ApiFout ? e.invalidParams : [];
        fouten.replaceChildren(
          h(
            'div',
            { class: 'bericht fout' },
            h(
              'div',
              {},
              // With details the message only repeats them in one line; the list reads better.
              h(
                'p',
                {},
                details.length
                  ? 'Niet opgeslagen; dit klopt niet:'
                  : e instanceof ApiFout
                    ? e.message
                    : 'Er ging iets mis.',
              ),
              details.length
                ? h(
                    'ul',
                    {},
                    details.map((d) =>
                      h(
                        'li',
                        {},
                        d.name ? h('code', {}, d.name) : null,
                        d.name ? ': ' : '',
                        d.reason ?? String(d),
                      ),
                    ),
                  )
                : null,
            ),
          ),
        );
      } finally {
        knop.disabled = false;
        knop.removeAttribute('aria-busy');
      }
    }

    return h(
      'section',
      { class: 'kaart' },
      h('h2', {}, titel),
      stand,
      h(
        'form',
        {
          novalidate: true,
          onsubmit: (ev) => {
            ev.preventDefault();
            if (magWijzigen) opslaan(ev.submitter);
          },
        },
        h(
          'div',
          { class: 'veld' },
          h('label', { for: id }, 'Afwijkingen van de standaardregels (JSON)'),
          tekst,
        ),
        h(
          'p',
          { class: 'uitleg', id: `${id}-uitleg` },
          'Alleen wat deze gemeente anders doet. Lopende casussen houden de regels waarmee ze begonnen.',
        ),
        fouten,
        magWijzigen ? h('button', { type: 'submit' }, 'Opslaan') : null,
      ),
      h(
        'details',
        {},
        h('summary', {}, 'Welke regels kun je instellen? (JSON Schema)'),
        h('pre', { class: 'json' }, JSON.stringify(r.schema, null, 2)),
      ),
      h('details', {}, historieKop, historieLijst),
    );
  }

  return [
    h('h1', {}, 'Regels'),
    h(
      'p',
      { class: 'intro' },
      `Per klantreis de afspraken van gemeente ${sessie.gemeente} die afwijken van de standaard, zoals de AVE-regiehouders, acceptatietermijn en reviewintervallen.`,
    ),
    // route() mounts the list as it is, so the cards are spread into it.
    ...(lijst.length
      ? lijst.map((r, i) => kaart(r, historieen[i]))
      : [leeg('Geen klantreis heeft instelbare regels.')]),
  ];
}

// ---------- routing ----------

let renderNr = 0;
// What the shown screen keeps running (the board's live stream); ended before any other screen renders.
let stopScherm = null;
async function route() {
  stopScherm?.();
  stopScherm = null;
  const [pad, query] = location.hash.slice(1).split('?');
  const delen = pad.split('/').filter(Boolean);
  if (!sessie && delen[0] !== 'login') return (location.hash = '#/login');
  kop();
  klok();
  const nr = ++renderNr;
  $main.setAttribute('aria-busy', 'true');
  const q = new URLSearchParams(query);
  try {
    const scherm =
      delen[0] === 'login'
        ? login()
        : delen[0] === 'casussen'
          ? await casussen(q)
          : delen[0] === 'casus' && delen[1]
            ? await casus(delen[1])
            : delen[0] === 'nieuw'
              ? await nieuweMelding(q)
              : delen[0] === 'escalaties'
                ? await escalaties(q)
                : delen[0] === 'regels'
                  ? await regels()
                  : await mijnWerk();
    if (nr !== renderNr) return; // a newer navigation won the race
    $main.replaceChildren(...scherm);
    // Started only now, so a screen that lost the race above never leaves a stream running.
    if (scherm.start) stopScherm = scherm.start();
    document.title = `${$main.querySelector('h1')?.textContent ?? 'Regie'} – Regie`;
  } catch (e) {
    if (nr !== renderNr || (e instanceof ApiFout && e.status === 401)) return;
    $main.replaceChildren(
      h('h1', {}, 'Dit scherm kon niet worden geladen'),
      h('p', {}, h('a', { href: '#/werk' }, 'Terug naar Mijn werk')),
    );
    bericht(e instanceof ApiFout ? e.message : 'Er ging iets mis bij het laden.');
    if (!(e instanceof ApiFout)) console.error(e);
  } finally {
    if (nr === renderNr) $main.removeAttribute('aria-busy');
  }
}

let vorigePad = null;
window.addEventListener('hashchange', () => {
  // Move focus to the new content on real navigation, so keyboard and screen reader users land on it.
  const pad = location.hash.split('?')[0];
  const nieuwScherm = pad !== vorigePad;
  vorigePad = pad;
  if (nieuwScherm) wisBericht();
  if (naNavigatie) bericht(naNavigatie);
  naNavigatie = null;
  route().then(() => nieuwScherm && $main.focus());
});
vorigePad = location.hash.split('?')[0];
route();
