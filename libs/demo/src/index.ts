/**
 * @regie/demo: the demo's gemeente, users and journeys, built through the engine while a manual clock walks
 * through the last months. The worker's `demo-seed` tool runs it; the API reads the demo's users from it.
 */
export { DEMO_GEMEENTE, DEMO_TEAM, DEMO_USERS, seedDemo } from './seed';
