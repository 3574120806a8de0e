import type { AnyWorkflowDefinition } from '@regie/workflows/workflow';
import { NotFound } from './errors';

/**
 * Every workflow version a case may be pinned to. Old versions stay registered as long as a case uses them, so a
 * case always resumes on the machine it started with.
 */
export class WorkflowRegistry {
  private readonly byName = new Map<string, Map<number, AnyWorkflowDefinition>>();

  constructor(definitions: AnyWorkflowDefinition[]) {
    for (const def of definitions) {
      const versions = this.byName.get(def.name) ?? new Map<number, AnyWorkflowDefinition>();
      if (versions.has(def.version)) throw new Error(`workflow ${def.name} v${def.version} registered twice`);
      versions.set(def.version, def);
      this.byName.set(def.name, versions);
    }
  }

  get(name: string, version: number): AnyWorkflowDefinition {
    const def = this.byName.get(name)?.get(version);
    if (!def) throw new NotFound(`Workflow ${name} versie ${version} is niet geregistreerd`);
    return def;
  }

  latest(name: string): AnyWorkflowDefinition {
    const versions = this.byName.get(name);
    if (!versions) throw new NotFound(`Onbekende workflow '${name}'`, { known: [...this.byName.keys()] });
    return versions.get(Math.max(...versions.keys()))!;
  }

  /** Every registered version of every workflow: what cases may still run on, and emit effects from. */
  all(): AnyWorkflowDefinition[] {
    return [...this.byName.values()].flatMap((versions) => [...versions.values()]);
  }

  /** The newest version of each workflow. */
  current(): AnyWorkflowDefinition[] {
    return [...this.byName.keys()].map((name) => this.latest(name));
  }
}
