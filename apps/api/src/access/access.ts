/**
 * Who may see which case, and why (the why goes into the audit log). Rules:
 * - intaker: the cases of their team, and cases where they hold regie;
 * - procesmanager: every AVE level 3-4 household of the gemeente, and cases where they hold regie;
 * - teamleider: every case of their team;
 * - beleid: indicators only (counts, never a person); admin: configuration only (no case content).
 * Another gemeente's cases are invisible to all of them: row-level security hides them underneath.
 */
import { ForbiddenException } from '@nestjs/common';
import type { Zichtbaarheid, Zichtreden } from '@regie/persistence';
import { CASE_WORKERS } from '@regie/workflows/sociaal-domein';
import type { Principal } from '../auth/auth';

export interface CaseScope {
  team: string | null;
  regie_holder: string | null;
  ave_level: number | null;
}

/** Why this principal may see this case, or null when they may not. */
export function whyCaseVisible(p: Principal, c: CaseScope): string | null {
  if (c.regie_holder === p.user && p.roles.some((r) => CASE_WORKERS.includes(r))) return 'houdt de regie';
  if (p.roles.includes('teamleider') && p.team && c.team === p.team) return 'teamleider van het team';
  if (p.roles.includes('intaker') && p.team && c.team === p.team) return 'casus van het eigen team';
  if (p.roles.includes('procesmanager') && (c.ave_level ?? 0) >= 3) return 'procesmanager: AVE-niveau 3-4';
  return null;
}

/**
 * The same rule as data for the repositories, one reason per way a case may be visible (any of them suffices);
 * persistence renders it as conditions (separate ones let a query use one index range per reason).
 */
export function zichtbaarheidVan(p: Principal): Zichtbaarheid {
  const any: Zichtreden[] = [];
  if (p.roles.some((r) => CASE_WORKERS.includes(r))) any.push({ kind: 'regiehouder', user: p.user });
  if (p.team && (p.roles.includes('teamleider') || p.roles.includes('intaker'))) {
    any.push({ kind: 'team', team: p.team });
  }
  if (p.roles.includes('procesmanager')) any.push({ kind: 'aveNiveau', vanaf: 3 });
  return any;
}

/** Case content (cases, subjects, history, deadlines) is for the professionals who work cases. */
export function requireCaseWorker(p: Principal): string {
  const role = p.roles.find((r) => CASE_WORKERS.includes(r));
  if (!role) {
    throw new ForbiddenException(
      `Uw rol (${p.roles.join(', ')}) geeft geen toegang tot casussen of inwoners: beleid ziet alleen indicatoren, beheer alleen configuratie`,
    );
  }
  return `medewerker (${role})`;
}

export function requireRole(p: Principal, roles: readonly Principal['roles'][number][], what: string): void {
  if (!roles.some((r) => p.roles.includes(r))) {
    throw new ForbiddenException(`${what} is voorbehouden aan: ${roles.join(', ')}`);
  }
}
