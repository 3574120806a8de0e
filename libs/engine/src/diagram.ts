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
