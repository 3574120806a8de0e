/** A Mermaid state diagram generated from the machine itself, so the picture can never drift from the code. */
import type { AnyStateMachine, AnyStateNode } from 'xstate';

function id(node: AnyStateNode): string {
  return node.path.join('__') || 'root';
}

export function mermaid(machine: AnyStateMachine): string {
  const lines = ['stateDiagram-v2'];
  const walk = (node: AnyStateNode, indent: string) => {
    const children = Object.values(node.states) as AnyStateNode[];
    if (node.initial && children.length) {
      const initial = node.initial.target[0];
      if (initial) lines.push(`${indent}[*] --> ${id(initial)}`);
    }
    for (const child of children) {
      const nested = Object.keys(child.states).length > 0;
      if (nested) {
        lines.push(`${indent}state ${id(child)} {`);
        walk(child, `${indent}  `);
        lines.push(`${indent}}`);
      }
      if (child.type === 'final') lines.push(`${indent}${id(child)} --> [*]`);
    }
  };
  walk(machine.root, '  ');
  const edges = new Set<string>();
  const collect = (node: AnyStateNode) => {
    for (const [event, transitions] of node.transitions) {
      if (event.startsWith('xstate.') || event === 'DEADLINE_DUE') continue;
      for (const t of transitions) {
        for (const target of t.target ?? []) {
          const guard = t.guard
            ? ` [${typeof t.guard === 'object' && 'type' in t.guard ? t.guard.type : 'guard'}]`
            : '';
          edges.add(`  ${id(node)} --> ${id(target)} : ${event}${guard}`);
        }
      }
    }
    for (const child of Object.values(node.states) as AnyStateNode[]) collect(child);
  };
  collect(machine.root);
  return [...lines, ...edges].join('\n') + '\n';
}

/** One state of a machine's graph: `id` is its path joined by dots, as a case's `state` names it. */
export interface GraphState {
  id: string;
  parent: string | null;
  initial: boolean;
  final: boolean;
}

/** One transition of a machine's graph: from a state, on an event, to a state (guarded or not). */
export interface GraphTransition {
  from: string;
  to: string;
  event: string;
  guarded: boolean;
}

/**
 * The machine's states and transitions as data, so a client can draw the journey itself (the web UI's SVG).
 * Like the Mermaid text, it leaves out XState's internal events and the engine's DEADLINE_DUE.
 */
export function graph(machine: AnyStateMachine): { states: GraphState[]; transitions: GraphTransition[] } {
  const key = (node: AnyStateNode) => node.path.join('.');
  const states: GraphState[] = [];
  const transitions = new Map<string, GraphTransition>();
  const walk = (node: AnyStateNode) => {
    const children = Object.values(node.states) as AnyStateNode[];
    const initial = node.initial?.target[0];
    for (const child of children)
      states.push({
        id: key(child),
        parent: node.path.length ? key(node) : null,
        initial: initial === child,
        final: child.type === 'final',
      });
    for (const [event, list] of node.transitions) {
      if (event.startsWith('xstate.') || event === 'DEADLINE_DUE') continue;
      for (const t of list)
        for (const target of t.target ?? []) {
          if (!node.path.length) continue;
          const edge = { from: key(node), to: key(target), event, guarded: Boolean(t.guard) };
          transitions.set(`${edge.from}|${edge.to}|${event}`, edge);
        }
    }
    for (const child of children) walk(child);
  };
  walk(machine.root);
  return { states, transitions: [...transitions.values()] };
}
