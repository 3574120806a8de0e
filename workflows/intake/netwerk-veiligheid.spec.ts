/** Melders from the inwoner's network, and a safety risk that always reaches AVE. */
import { transition } from 'xstate';
import { meldingInput } from './events';
import type { IntakeEvent } from './events';
import { VEILIGHEIDSRISICO_AVE, consentRequired, effects } from './index';
import { intakeMachine } from './machine';
import { INTAKER, MELDING_AT, play, start, wmo } from './test-helpers';

describe('a melding by someone of the inwoner network (channel netwerk)', () => {
  const zus = {
    channel: 'netwerk',
    netwerkMelder: { relatie: 'familie', omschrijving: 'zus' },
    lifeAreas: ['huishouden'],
    laws: ['Wmo'],
  };

  it('is valid with the relation, and needs the inwoner consent like any third party', () => {
    expect(meldingInput.safeParse(zus).success).toBe(true);
    expect(consentRequired(zus)).toEqual({
      scope: 'melding',
      reason:
        'De melding komt van een familielid (zus): de inwoner moet toestemming geven voordat diens situatie met de gemeente wordt gedeeld.',
    });
    expect(consentRequired({ ...zus, netwerkMelder: { relatie: 'buur' } })?.reason).toMatch(
      /^De melding komt van een buur:/,
    );
  });

  it('refuses a netwerk melding without the relation, and a relation on another channel', () => {
    const zonder = meldingInput.safeParse({ ...zus, netwerkMelder: undefined });
    expect(zonder.success).toBe(false);
    expect(zonder.error?.issues.map((i) => i.path.join('.'))).toEqual(['netwerkMelder']);
    const elders = meldingInput.safeParse({ ...zus, channel: 'inwoner_zelf' });
    expect(elders.error?.issues.map((i) => i.message)).toEqual(['alleen bij kanaal netwerk']);
    const anders = meldingInput.safeParse({ ...zus, netwerkMelder: { relatie: 'anders' } });
    expect(anders.error?.issues.map((i) => i.path.join('.'))).toEqual(['netwerkMelder.omschrijving']);
    expect(meldingInput.safeParse({ ...zus, netwerkMelder: { relatie: 'collega' } }).success).toBe(false);
  });

  it('keeps who reported in the melding of the case', () => {
    const s = start(meldingInput.parse(zus));
    expect(s.context.melding).toMatchObject({
      channel: 'netwerk',
      netwerkMelder: { relatie: 'familie', omschrijving: 'zus' },
    });
    expect(start(wmo).context.melding.netwerkMelder).toBeNull();
  });
});

describe('a safety risk at triage without AVE details', () => {
  const triage = (s: ReturnType<typeof start>, data: Record<string, unknown>) => {
    const prev = play(s, [{ type: 'TRIAGE_GESTART' }]);
    const event = { type: 'TRIAGE_AFGEROND', at: MELDING_AT, actor: INTAKER, ...data } as IntakeEvent;
    const next = transition(intakeMachine, prev, event)[0];
    return effects(prev, next, event as unknown as { type: string } & Record<string, unknown>);
  };

  it('starts or raises the household AVE track at level 3, routed to the role of the level', () => {
    expect(VEILIGHEIDSRISICO_AVE).toEqual({
      niveau: 3,
      reden: 'Veiligheidsrisico bij triage',
      criteria: ['veiligheid'],
    });
    expect(triage(start(wmo), { urgentie: 'regulier', veiligheidsrisico: true })).toEqual([
      {
        type: 'aveBijVeiligheidsrisico',
        subjectId: 'subject-1',
        kinderenUitMelding: false,
        at: MELDING_AT,
        ensure: {
          workflow: 'ave',
          start: {
            startLevel: 3,
            intakeCaseId: 'case-1',
            reden: 'Veiligheidsrisico bij triage',
            criteria: ['veiligheid'],
          },
          existing: [
            {
              type: 'OPSCHALEN',
              naarNiveau: 3,
              reden: 'Veiligheidsrisico bij triage',
              criteria: ['veiligheid'],
              intakeCaseId: 'case-1',
            },
            { type: 'INTAKE_GEKOPPELD', intakeCaseId: 'case-1' },
          ],
          linkBack: { type: 'AVE_GEKOPPELD', field: 'aveCaseId' },
        },
      },
    ]);
  });

  it('names the Spoedteam member of a spoed triage as the receiver, and children when the Jeugdwet is in play', () => {
    const jeugd = start({ channel: 'school', lifeAreas: ['opvoeding'], laws: ['Jeugdwet'] });
    const [e] = triage(jeugd, { urgentie: 'spoed', veiligheidsrisico: true, regisseur: 'user-spoed' });
    expect(e).toMatchObject({
      type: 'aveBijVeiligheidsrisico',
      kinderenUitMelding: true,
      ensure: {
        start: { startLevel: 3, regisseur: 'user-spoed' },
        existing: [
          expect.objectContaining({ type: 'OPSCHALEN', naarNiveau: 3, ontvanger: 'user-spoed' }),
          {},
        ],
      },
    });
  });

  it('does nothing without a safety risk, and follows the AVE details when given', () => {
    expect(triage(start(wmo), { urgentie: 'regulier', veiligheidsrisico: false })).toEqual([]);
    const [e] = triage(start(wmo), {
      urgentie: 'regulier',
      veiligheidsrisico: true,
      ave: { niveau: 4, kinderenInHuishouden: false, reden: 'Acuut', criteria: ['veiligheid'] },
    });
    expect(e).toMatchObject({
      type: 'ensureCase',
      subjectId: 'subject-1',
      start: { startLevel: 4, kinderenInHuishouden: false, reden: 'Acuut' },
    });
  });
});
