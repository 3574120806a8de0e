/**
 * The known users of a team (GET /api/v1/users?team=), for pickers such as "Nieuwe regiehouder": a choice of
 * colleagues instead of free text. Cached per team for the session.
 */
import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../../api';
import { ROL_NAMEN } from '../../format';

const cache = new Map<string, Promise<Schemas['UserList']>>();

export function teamUsers(team?: string | null): Promise<Schemas['UserList']> {
  const key = team ?? '';
  let p = cache.get(key);
  if (!p) {
    p = call(api().GET('/users', { params: { query: team ? { team } : {} } })).catch((e: unknown) => {
      cache.delete(key);
      throw e;
    });
    cache.set(key, p);
  }
  return p;
}

/** Options for a select: value the user name, label the name with the role ("wijkcoach1 (Intaker)"). */
export function userOptions(list: Schemas['UserList'] | undefined): { value: string; label: string }[] {
  return (list?.items ?? []).map((u) => ({
    value: u.user,
    label: u.roles.length ? `${u.user} (${u.roles.map((r) => ROL_NAMEN[r] ?? r).join(', ')})` : u.user,
  }));
}

/** The team's users as select options (the whole gemeente's when there is no team); [] until they are known. */
export function useTeamUsers(team?: string | null): { value: string; label: string }[] {
  const [list, setList] = useState<Schemas['UserList']>();
  useEffect(() => {
    let live = true;
    teamUsers(team).then(
      (l) => live && setList(l),
      () => live && setList({ items: [] }),
    );
    return () => {
      live = false;
    };
  }, [team]);
  return userOptions(list);
}
