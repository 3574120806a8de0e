/**
 * Random sequences of opschalen, afschalen, reviews, acceptances and the rest, checked against the AVE
 * invariants: exactly one regie holder at all times, afschalen one level, skipping only upwards, only the
 * designated receiver accepts, and every refusal explained.
 */
import fc from 'fast-check';
import { transition } from 'xstate';
import type { AveConfigInput } from './config';
import type { AveEvent } from './events';
import { CRITERIA, REVIEW_BESLUITEN } from './events';
import { explainRejection, projection, regie } from './index';
import { aveMachine } from './machine';
import { deadlines } from './terms';
import {
  BESTUURLIJK,
  CASUSREGISSEUR,
  INTAKER,
  INTAKE_CASE,
  PROCESMANAGER,
  SPOEDTEAM,
  TEAMLEIDER,
  dag,
  start,
} from './test-helpers';
import type { AveSnapshot } from './test-helpers';

const USERS = [INTAKER, CASUSREGISSEUR, SPOEDTEAM, PROCESMANAGER, BESTUURLIJK, TEAMLEIDER] as const;
const CONFIGS: AveConfigInput[] = [
  {},
  { niveaus: { '3': { acceptatietermijn: null }, '2': { reviewinterval: { amount: 6, unit: 'weeks' } } } },
  {
    niveaus: {
      '1': {
        acceptatietermijn: { amount: 1, unit: 'werkdagen' },
        reviewinterval: { amount: 1, unit: 'months' },
      },
      '2': { regierolMetKinderen: 'gezinscoach', acceptatietermijn: { amount: 3, unit: 'werkdagen' } },
      '4': { procesregierol: null },
    },
  },
];

type Cmd =
  | { kind: 'op'; naar: number; ontvanger: string; procesregisseur: string | null }
  | { kind: 'af'; naar: number | null; ontvanger: string | null }
  | { kind: 'accept'; actor: string | null }
  | { kind: 'review'; besluit: (typeof REVIEW_BESLUITEN)[number] }
  | { kind: 'kinderen'; kinderen: boolean; ontvanger: string | null }
  | { kind: 'overdracht'; holder: string; procesregisseur: string | null }
  | { kind: 'deadline'; key: string }
  | { kind: 'config'; index: number }
  | { kind: 'link' }
  | { kind: 'close' };

const user = fc.constantFrom(...USERS);
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('op' as const),
      naar: fc.integer({ min: 0, max: 4 }),
      ontvanger: user,
      procesregisseur: fc.option(user),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('af' as const),
      naar: fc.option(fc.integer({ min: 0, max: 4 })),
      ontvanger: fc.option(user),
    }),
  },
  // null: the pending receiver themself
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('accept' as const), actor: fc.option(user) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('review' as const),
      besluit: fc.constantFrom(...REVIEW_BESLUITEN),
    }),
  },
  fc.record({ kind: fc.constant('kinderen' as const), kinderen: fc.boolean(), ontvanger: fc.option(user) }),
  fc.record({ kind: fc.constant('overdracht' as const), holder: user, procesregisseur: fc.option(user) }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deadline' as const),
      key: fc.constantFrom('regie_acceptatie', 'periodieke_review', 'onbekend'),
    }),
  },
  fc.record({ kind: fc.constant('config' as const), index: fc.integer({ min: 0, max: CONFIGS.length - 1 }) }),
  fc.constant({ kind: 'link' as const }),
  fc.constant({ kind: 'close' as const }),
);

function toEvent(s: AveSnapshot, c: Cmd, at: string): AveEvent {
  const env = { at, actor: INTAKER };
  switch (c.kind) {
    case 'op':
      return {
        ...env,
        type: 'OPSCHALEN',
        naarNiveau: c.naar as 1 | 2 | 3 | 4,
        reden: 'zorgen nemen toe',
        criteria: [CRITERIA[c.naar % CRITERIA.length]],
        ontvanger: c.ontvanger,
        ...(c.procesregisseur ? { procesregisseur: c.procesregisseur } : {}),
      };
    case 'af':
      return {
        ...env,
        type: 'AFSCHALEN',
        reden: 'het gaat beter',
        ...(c.naar === null ? {} : { naarNiveau: c.naar as 0 | 1 | 2 | 3 }),
        ...(c.ontvanger ? { ontvanger: c.ontvanger } : {}),
      };
    case 'accept':
      return { at, actor: c.actor ?? s.context.pendingRegie?.holder ?? INTAKER, type: 'REGIE_GEACCEPTEERD' };
    case 'review':
      return { ...env, type: 'REVIEW_UITGEVOERD', besluit: c.besluit, toelichting: 'review' };
    case 'kinderen':
      return {
        ...env,
        type: 'KINDEREN_GEWIJZIGD',
        kinderenInHuishouden: c.kinderen,
        ...(c.ontvanger ? { ontvanger: c.ontvanger } : {}),
      };
    case 'overdracht':
      return {
        at,
        actor: TEAMLEIDER,
        type: 'REGIE_OVERGEDRAGEN',
        holder: c.holder,
        ...(c.procesregisseur ? { procesregisseur: c.procesregisseur } : {}),
      };
    case 'deadline':
      return { at, actor: 'system', type: 'DEADLINE_DUE', key: c.key };
    case 'config':
      return { at, actor: TEAMLEIDER, type: 'CONFIGURATIE_GEWIJZIGD', config: CONFIGS[c.index] };
    case 'link':
      return { ...env, type: 'INTAKE_GEKOPPELD', intakeCaseId: INTAKE_CASE };
    case 'close':
      return { ...env, type: 'AFGESLOTEN', reden: 'klaar' };
  }
}

function checkInvariants(s: AveSnapshot): void {
  const c = s.context;
  // exactly one regie holder, always
  const r = regie(s);
  expect(typeof r.holder).toBe('string');
  expect(r.holder).not.toBe('');
  expect(r).toEqual({ role: c.regie.role, holder: c.regie.holder });
  expect(projection(s).aveLevel).toBe(c.niveau);
  // the path is contiguous, ends at the current level, goes down one level at a time and skips only upwards
  expect(c.path[0].soort).toBe('start');
  for (let i = 1; i < c.path.length; i++) {
    const p = c.path[i];
    expect(p.from).toBe(c.path[i - 1].to);
    if (p.soort === 'afschalen') expect(p.to).toBe((p.from ?? 0) - 1);
    else expect(p.to).toBeGreaterThan(p.from ?? 0);
  }
  expect(c.path[c.path.length - 1].to).toBe(c.niveau);
  if (s.status !== 'active') {
    expect(s.value).toBe('afgesloten');
    expect(c.niveau).toBeLessThanOrEqual(1);
    expect(deadlines(s)).toEqual([]);
    return;
  }
  expect(s.value).toBe(`niveau_${c.niveau}`);
  const keys = deadlines(s).map((d) => d.key);
  if (c.pendingRegie) {
    // a receiver who has not accepted is someone else than the holder, for the current level
    expect(c.pendingRegie.holder).not.toBe(c.regie.holder);
    expect(c.pendingRegie.level).toBe(c.niveau);
    expect(keys).toContain('regie_acceptatie');
  } else {
    expect(c.regie.niveau).toBe(c.niveau);
    expect(keys).not.toContain('regie_acceptatie');
    expect(c.acceptatieVerlopenSinds).toBeNull();
  }
  expect(keys.includes('periodieke_review')).toBe(c.config.niveaus[`${c.niveau}`].reviewinterval !== null);
  expect(JSON.parse(JSON.stringify(c))).toEqual(c);
}

describe('ave invariants under random event sequences', () => {
  it('holds them for every accepted event and explains every refused one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        fc.integer({ min: 0, max: CONFIGS.length - 1 }),
        fc.array(cmd, { maxLength: 40 }),
        (startLevel, kinderen, config, cmds) => {
          let s = start({
            startLevel: startLevel as 0 | 1 | 2 | 3 | 4,
            kinderenInHuishouden: kinderen,
            regisseur: CASUSREGISSEUR,
            procesregisseur: PROCESMANAGER,
            config: CONFIGS[config],
          });
          checkInvariants(s);
          cmds.forEach((c, i) => {
            const event = toEvent(s, c, dag(i + 1));
            if (s.status !== 'active' || !s.can(event)) {
              if (event.type !== 'DEADLINE_DUE')
                expect(explainRejection(s, event)).toEqual(expect.any(String));
              return;
            }
            const before = s.context;
            s = transition(aveMachine, s, event)[0];
            const after = s.context;
            if (event.type === 'OPSCHALEN') {
              expect(after.niveau).toBe(event.naarNiveau);
              expect(after.niveau).toBeGreaterThan(before.niveau);
            }
            if (event.type === 'AFSCHALEN') expect(after.niveau).toBe(before.niveau - 1);
            if (event.type !== 'OPSCHALEN' && event.type !== 'AFSCHALEN')
              expect(after.niveau).toBe(before.niveau);
            if (event.type === 'REGIE_GEACCEPTEERD') {
              expect(event.actor).toBe(before.pendingRegie?.holder);
              expect(after.regie.holder).toBe(event.actor);
            }
            // regie changes hands only by acceptance, afschalen, the teamleider, or a level without acceptance
            if (after.regie.holder !== before.regie.holder)
              expect(after.regieHistorie.length).toBe(before.regieHistorie.length + 1);
            // level 3 and 4 regie is only held by someone who accepted it (or whom the teamleider assigned it), in
            // the role the level names: nobody takes it at once, not who held regie below, not on afschalen 4 -> 3
            // (a holder who keeps regie in the same role, e.g. raised back to the level they accepted, takes nothing)
            const w = after.regieHistorie[after.regieHistorie.length - 1];
            const keeps = w?.holder === before.regie.holder && w?.role === before.regie.role;
            if (after.regieHistorie.length > before.regieHistorie.length && !keeps) {
              const n = after.config.niveaus[`${w.niveau}`];
              if (w.niveau >= 3 && n.acceptatietermijn !== null) {
                expect(['acceptatie', 'overdracht']).toContain(w.aanleiding);
                const boven = w.niveau === 3 ? after.config.niveaus['4'].procesregierol : null;
                expect([n.regierol, n.regierolMetKinderen, boven]).toContain(w.role);
              }
            }
            checkInvariants(s);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('offers (probe answers null) every event that some data would make pass', () => {
    fc.assert(
      fc.property(
        fc.array(cmd, { maxLength: 25 }),
        fc.array(cmd, { minLength: 1, maxLength: 10 }),
        (cmds, tries) => {
          let s = start({ kinderenInHuishouden: false, regisseur: INTAKER, procesregisseur: PROCESMANAGER });
          cmds.forEach((c, i) => {
            const event = toEvent(s, c, dag(i + 1));
            if (s.status === 'active' && s.can(event)) s = transition(aveMachine, s, event)[0];
          });
          for (const t of tries) {
            const event = toEvent(s, t, dag(100));
            if (event.type === 'DEADLINE_DUE' || s.status !== 'active' || !s.can(event)) continue;
            expect(
              explainRejection(s, { type: event.type, at: dag(0), actor: 'probe' } as { type: string }),
            ).toBeNull();
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
