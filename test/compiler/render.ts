/** A compact, readable rendering of IR steps for tests: one line per step, repeats indented. */
import type { Node } from '../../src/ir/workout.js';

function dur(n: Node & { type: 'step' }): string {
  const d = n.duration;
  if (d.kind === 'open') return 'open';
  if (d.kind === 'distance') return `${Math.round(d.meters * 1000) / 1000}m`;
  const s = Math.round(d.seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function render(nodes: readonly Node[], indent = ''): string[] {
  return nodes.flatMap((n) => {
    if (n.type === 'repeat') return [`${indent}${n.count}x${n.skipLastRecovery ? ' skip-last' : ''}`, ...render(n.children, `${indent}  `)];
    const t = n.target;
    const target = t.kind === 'pace' ? ` ${t.name}` : t.kind === 'effort' ? ` "${t.label}"` : '';
    return [`${indent}${n.intensity} ${dur(n)}${target}`];
  });
}
