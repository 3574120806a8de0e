/** Names of inwoners and workflows, cached: lists show names, never ids. */
import { useEffect, useState } from 'react';
import { api, call, type Schemas } from '../api';

const subjects = new Map<string, Promise<Schemas['Subject'] | null>>();
let workflows: Promise<Schemas['WorkflowList']> | undefined;

export function subject(id: string): Promise<Schemas['Subject'] | null> {
  let p = subjects.get(id);
  if (!p) {
    p = call(api().GET('/subjects/{id}', { params: { path: { id } } })).catch(() => null);
    subjects.set(id, p);
  }
  return p;
}

export function useSubjectName(id: string | null | undefined): string {
  const [name, setName] = useState('…');
  useEffect(() => {
    if (!id) return;
    let live = true;
    void subject(id).then((s) => live && setName(s?.name ?? 'onbekende inwoner'));
    return () => {
      live = false;
    };
  }, [id]);
  return name;
}

export function allWorkflows(): Promise<Schemas['WorkflowList']> {
  workflows ??= call(api().GET('/workflows')).catch((e: unknown) => {
    workflows = undefined;
    throw e;
  });
  return workflows;
}

export function workflowTitle(list: Schemas['WorkflowList'] | undefined, name: string): string {
  const t = list?.find((w) => w.name === name)?.title ?? name;
  return t.split(':')[0]!.trim();
}
