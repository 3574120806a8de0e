/**
 * The layers' fences, checked by `npm run lint` (dependency-cruiser): the direction of every import between the
 * parts of the monorepo. Tests (test/, *.spec.ts) may reach across; the product code may not.
 *
 * libs/geld, the one formatter of whole eurocents, is a leaf that imports nothing: the journeys (for their
 * messages) and the web UI (for its screens) both use it, so that an amount reads the same everywhere.
 * test/fixtures/grenzen holds one deliberate violation of each rule (test/grenzen.spec.ts).
 */
const notTests = '(^test/|\\.spec\\.tsx?$|\\.fixtures\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'workflows-alleen-kalender',
      comment:
        'A journey is pure: it imports the calendar, the money formatter and the journeys folder, nothing else.',
      severity: 'error',
      from: { path: '^workflows/', pathNot: notTests },
      to: { path: '^(apps|libs)/', pathNot: '^libs/(calendar|geld)/' },
    },
    {
      name: 'engine-geen-app-of-persistence-binnenkant',
      comment: 'The engine speaks to persistence through its entry point only, and knows no app.',
      severity: 'error',
      from: { path: '^libs/engine/', pathNot: notTests },
      to: { path: ['^apps/', '^libs/persistence/src/(?!index\\.ts$)'] },
    },
    {
      name: 'engine-alleen-generiek-contract',
      comment:
        'The generic runtime (engine, scheduling) knows a workflow by the generic contract only: the sociaal ' +
        "domein's roles, effects and rules (workflows/sociaal-domein.ts) and the journeys are registered with it.",
      severity: 'error',
      from: { path: '^libs/(engine|scheduling)/', pathNot: notTests },
      to: { path: '^workflows/', pathNot: '^workflows/workflow\\.ts$' },
    },
    {
      name: 'persistence-geen-engine-of-reizen',
      comment: 'Persistence speaks SQL for whoever asks; it knows neither the engine nor the journeys.',
      severity: 'error',
      from: { path: '^libs/persistence/', pathNot: notTests },
      to: { path: ['^libs/engine/', '^workflows/'] },
    },
    {
      name: 'web-alleen-api-client',
      comment:
        'The web UI knows the API through its generated client; beside it only its own code and the money.',
      severity: 'error',
      from: { path: '^apps/web/', pathNot: notTests },
      to: { path: ['^apps/(?!web/)', '^libs/(?!(api-client|geld)/)', '^workflows/'] },
    },
    {
      name: 'geld-is-een-blad',
      comment: 'The money formatter imports nothing of the project: both the journeys and the web UI use it.',
      severity: 'error',
      from: { path: '^libs/geld/', pathNot: notTests },
      to: { path: '^(apps|libs|workflows)/', pathNot: '^libs/geld/' },
    },
    {
      name: 'apps-niet-elkaar',
      comment: 'What two apps need lives in a lib.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/', pathNot: notTests },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'geen-kringen',
      comment: 'No module depends on itself through others.',
      severity: 'error',
      from: { pathNot: notTests },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|^node_modules/|^coverage/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
