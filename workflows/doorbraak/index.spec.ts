import { transition } from 'xstate';
import { created, explainRejection, projection, effects, doorbraak } from './index';
import { closeDisappearedAs, deadlines } from './terms';
import { doorbraakMachine } from './machine';
import { MANAGER, type Step, TEAMLEIDER, dag, event, inBesluit, play } from './test-helpers';

describe('doorbraak: the Jansen household', () => {
  it('sums muddling on, the plan and the net saving from what was recorded', () => {
    const s = inBesluit();
    expect(projection(s)).toMatchObject({
      doormodderenPerJaar: 4_100_000,
      planEenmalig: 320_000,
      planPerJaar: 0,
      verwachteBesparingPerJaar: 1_800_000,
      kostenMetPlanJaar1: 4_100_000 - 1_800_000 + 320_000,
      nettoBesparingJaar1: 1_480_000,
      nettoBesparingPerJaarDaarna: 1_800_000,
      mandaatNodig: 'teamleider',
      voorgelegdAan: 'teamleider',
      metJeugdwet: true,
      metWmo: true,
    });
    expect(deadlines(s)).toEqual([
      expect.objectContaining({ key: 'besluit_teamleider', escalateTo: 'mandaat:manager_sociaal_domein' }),
    ]);
  });

  it('lets the teamleider approve € 3.200, refuses her € 7.500 and lets the manager approve it after voorleggen', () => {
    const klein = inBesluit();
    const goed = { type: 'PLAN_GOEDGEKEURD' as const, at: dag(1), actor: TEAMLEIDER, mandaat: 'teamleider' };
    expect(klein.can(goed)).toBe(true);

    const groot = inBesluit(750_000);
    expect(groot.can(goed)).toBe(false);
    expect(doorbraak.refuse?.(groot, goed)).toEqual({
      status: 'forbidden',
      message: expect.stringContaining('manager sociaal domein (tot € 25.000,00)'),
    });
    const voorgelegd = play(groot, [{ type: 'PLAN_VOORGELEGD', actor: TEAMLEIDER, mandaat: 'teamleider' }]);
    expect(projection(voorgelegd).voorgelegdAan).toBe('manager_sociaal_domein');
    expect(voorgelegd.can(goed)).toBe(false);
    const [na] = transition(doorbraakMachine, voorgelegd, {
      type: 'PLAN_GOEDGEKEURD',
      at: dag(2),
      actor: MANAGER,
      mandaat: 'manager_sociaal_domein',
    });
    expect(na.value).toBe('uitvoering');
    expect(deadlines(na).map((d) => d.key)).toEqual(['evaluatie_3m', 'evaluatie_12m']);
  });

  it('records the 3-month evaluation while an action still runs, and moves to evaluatie only once none is open', () => {
    const bezig = play(inBesluit(), [
      { type: 'PLAN_GOEDGEKEURD', actor: TEAMLEIDER, mandaat: 'teamleider' },
      {
        type: 'ACTIE_TOEGEVOEGD',
        eigenaar: 'user-x',
        omschrijving: 'jeugdhulp afschalen',
        uiterlijk: '2026-07-31',
      },
    ]);
    const drieMaanden: Step = {
      type: 'EVALUATIE_VASTGELEGD',
      maanden: 3,
      doelBereikt: 'deels',
      zrm: [{ domein: 'huisvesting', score: 4 }],
      besparingen: [{ stap: 1, gerealiseerdPerJaar: 1_800_000, soort: 'structureel' }],
    };
    // on time: 95 days after the approval, with the action open
    const geevalueerd = play(bezig, [drieMaanden], dag(95));
    expect(geevalueerd.value).toBe('uitvoering');
    expect(geevalueerd.context.evaluaties).toEqual([expect.objectContaining({ maanden: 3, teLaat: false })]);
    // its term is met: no longer declared, and closed as met
    expect(deadlines(geevalueerd).map((d) => d.key)).toEqual(['actie_actie-1', 'evaluatie_12m']);
    expect(closeDisappearedAs(geevalueerd, 'evaluatie_3m')).toBe('met');
    // not twice, and not for a moment the case does not know
    expect(geevalueerd.can(event(drieMaanden, dag(96)))).toBe(false);
    expect(explainRejection(geevalueerd, event(drieMaanden, dag(96)))).toContain('al vastgelegd');
    const zesMaanden = { ...event(drieMaanden, dag(96)), maanden: 6 };
    expect(doorbraak.refuse?.(geevalueerd, zesMaanden)).toMatchObject({
      status: 'invalid',
      field: 'maanden',
    });
    // evaluating does not finish the actions
    expect(geevalueerd.can(event({ type: 'UITVOERING_AFGEROND' }, dag(96)))).toBe(false);
    const klaar = play(geevalueerd, [
      { type: 'ACTIE_AFGEROND', actieId: 'actie-1' },
      { type: 'UITVOERING_AFGEROND' },
    ]);
    expect(klaar.value).toBe('evaluatie');
    expect(
      klaar.can(
        event({
          type: 'AFGESLOTEN',
          systeemsignaal: { soort: 'regel', signaal: 'geen contract bij achterstand', voorstel: 'afspraken' },
        }),
      ),
    ).toBe(true);
  });

  it('closes with the systeemsignaal as an effect', () => {
    const s = play(inBesluit(), [
      { type: 'PLAN_GOEDGEKEURD', actor: TEAMLEIDER, mandaat: 'teamleider' },
      { type: 'ACTIE_TOEGEVOEGD', eigenaar: 'user-x', omschrijving: 'huur betalen', uiterlijk: '2026-03-10' },
    ]);
    expect(explainRejection(s, event({ type: 'UITVOERING_AFGEROND' }))).toContain('actie-1');
    const e = play(s, [
      { type: 'ACTIE_AFGEROND', actieId: 'actie-1' },
      { type: 'UITVOERING_AFGEROND' },
      {
        type: 'EVALUATIE_VASTGELEGD',
        maanden: 3,
        doelBereikt: 'deels',
        zrm: [{ domein: 'huisvesting', score: 4 }],
        besparingen: [{ stap: 1, gerealiseerdPerJaar: 1_800_000, soort: 'structureel' }],
      },
    ]);
    const close = event({
      type: 'AFGESLOTEN',
      systeemsignaal: {
        soort: 'regel',
        signaal: 'de corporatie weigert een nieuw huurcontract bij elke huurachterstand',
        voorstel: 'afspraken met de corporatie',
      },
    });
    const [done] = transition(doorbraakMachine, e, close);
    expect(done.status).toBe('done');
    expect(effects(e, done, close)).toEqual([
      expect.objectContaining({ type: 'systeemsignaal', soort: 'regel' }),
    ]);
    expect(projection(e).gerealiseerdStructureel).toBe(1_800_000);
  });

  it('names who approved and with which mandate level apart, and answers an added action with its id and term', () => {
    const voor = inBesluit();
    expect(projection(voor)).toMatchObject({
      goedgekeurdDoor: null,
      goedgekeurdNiveau: null,
      goedgekeurdOp: null,
    });
    const goed = play(voor, [{ type: 'PLAN_GOEDGEKEURD', actor: TEAMLEIDER, mandaat: 'teamleider' }]);
    expect(projection(goed)).toMatchObject({
      goedgekeurdDoor: TEAMLEIDER,
      goedgekeurdNiveau: 'teamleider',
      goedgekeurdOp: expect.any(String),
    });

    const toevoegen = event({
      type: 'ACTIE_TOEGEVOEGD',
      eigenaar: 'user-x',
      omschrijving: 'huur betalen',
      uiterlijk: '2026-03-10',
    });
    const [een] = transition(doorbraakMachine, goed, toevoegen);
    const [twee] = transition(doorbraakMachine, een, toevoegen);
    expect(created(goed, een, toevoegen)).toEqual({ id: 'actie-1', deadlineKey: 'actie_actie-1' });
    expect(created(een, twee, toevoegen)).toEqual({ id: 'actie-2', deadlineKey: 'actie_actie-2' });
    // the key it names is the one the engine arms
    expect(deadlines(twee).map((d) => d.key)).toContain('actie_actie-2');
    const afronden = event({ type: 'ACTIE_AFGEROND', actieId: 'actie-1' });
    expect(created(twee, transition(doorbraakMachine, twee, afronden)[0], afronden)).toBeNull();
  });
});
