import os from 'node:os';
import type { Measurement } from './drive.js';

// The results as JSON (every figure) and Markdown (the ratios that matter, then the figures).

export type TargetName = 'pamir' | 'pamir-cluster' | 'pamir-cached' | 'hive' | 'hive-rust' | 'subgraph' | 'bare';

export const targetLabels: Record<TargetName, string> = {
  pamir: "Pamir's gateway",
  'pamir-cluster': "Pamir's gateway, 2 workers",
  'pamir-cached': "Pamir's gateway, subgraphs' response cache on",
  hive: 'Hive Gateway (default)',
  'hive-rust': 'Hive Gateway + Rust planner',
  subgraph: 'the subgraph directly',
  bare: 'bare HTTP handler, same SQL',
};

export interface OperationResult {
  name: string;
  title: string;
  /** Per target: the measured rounds. */
  rounds: Partial<Record<TargetName, Measurement[]>>;
}

export interface ScaleResult {
  operation: string;
  small: { events: number; p50: number; p99: number; requestsPerSecond: number };
  large: { events: number; p50: number; p99: number; requestsPerSecond: number };
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; cpu: string; memoryGiB: number; node: string; os: string };
  settings: { driver: string; seconds: number; rounds: number; connections: number; events: number; agreements: number; projects: number };
  operations: OperationResult[];
  scale: ScaleResult[];
}

export function machine(): BenchReport['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

/** The mean of a figure over the rounds. */
export function mean(rounds: readonly Measurement[] | undefined, figure: (m: Measurement) => number | null): number | null {
  const values = (rounds ?? []).map(figure).filter((value): value is number => value !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

const rps = (result: OperationResult, target: TargetName) => mean(result.rounds[target], (m) => m.requestsPerSecond);
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
const fixed = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));

/** Each goal of the performance work, read from one run. */
export function goals(report: BenchReport): { goal: string; reached: number | null; wanted: number; met: boolean }[] {
  const byName = (name: string) => report.operations.find((op) => op.name === name);
  const out: { goal: string; reached: number | null; wanted: number; met: boolean }[] = [];
  const add = (goal: string, reached: number | null, wanted: number, atMost = false) =>
    out.push({ goal, reached, wanted, met: reached !== null && (atMost ? reached <= wanted : reached >= wanted) });
  for (const op of report.operations) add(`${op.name}: Pamir ÷ Hive default`, ratio(rps(op, 'pamir'), rps(op, 'hive')), 1.5);
  const contract = byName('contract');
  if (contract) add('contract: Pamir ÷ Hive + Rust planner', ratio(rps(contract, 'pamir'), rps(contract, 'hive-rust')), 1.0);
  for (const op of report.operations) {
    if (op.rounds.subgraph) add(`${op.name}: through the gateway ÷ the subgraph directly`, ratio(rps(op, 'pamir'), rps(op, 'subgraph')), 0.7);
    if (op.rounds.bare && op.rounds.subgraph) add(`${op.name}: the subgraph ÷ the bare handler`, ratio(rps(op, 'subgraph'), rps(op, 'bare')), 0.5);
  }
  const memory = (target: TargetName) =>
    Math.max(...report.operations.map((op) => mean(op.rounds[target], (m) => m.rssMiB) ?? 0));
  add("gateway memory under load: Pamir ÷ Hive's", ratio(memory('pamir'), memory('hive')), 0.5, true);
  for (const scale of report.scale)
    add(`${scale.operation}: p50 at ${scale.large.events} ÷ at ${scale.small.events} events`, ratio(scale.large.p50, scale.small.p50), 2, true);
  return out;
}

export function markdown(report: BenchReport): string {
  const { machine: m, settings: s } = report;
  const targets = (Object.keys(targetLabels) as TargetName[]).filter((target) => report.operations.some((op) => op.rounds[target]));
  const lines = [
    `Run ${report.date} on ${m.cpus} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}; ${s.driver}, ` +
      `${s.events.toLocaleString('en')} events / ${s.agreements.toLocaleString('en')} agreements / ${s.projects.toLocaleString('en')} projects; ` +
      `${s.connections} connections, ${s.rounds} rounds of ${s.seconds} s per target, alternating; variables vary on every request.`,
    '',
    '**Requests per second, as a ratio to Hive Gateway (default)**',
    '',
    `| operation | ${targets.map((target) => targetLabels[target]).join(' | ')} |`,
    `| --- | ${targets.map(() => '---').join(' | ')} |`,
    ...report.operations.map(
      (op) => `| ${op.title} | ${targets.map((target) => (op.rounds[target] ? fixed(ratio(rps(op, target), rps(op, 'hive'))) : '')).join(' | ')} |`,
    ),
    '',
    '**Figures** (req/s; p50 / p99 ms; SQL statements per request; serving process RSS MiB)',
    '',
    `| operation | ${targets.map((target) => targetLabels[target]).join(' | ')} |`,
    `| --- | ${targets.map(() => '---').join(' | ')} |`,
    ...report.operations.map((op) => {
      const cells = targets.map((target) => {
        const rounds = op.rounds[target];
        if (!rounds) return '';
        const failed = rounds.reduce((sum, r) => sum + r.failed, 0);
        return (
          `${fixed(mean(rounds, (r) => r.requestsPerSecond), 0)} req/s; ${fixed(mean(rounds, (r) => r.p50), 0)} / ${fixed(mean(rounds, (r) => r.p99), 0)} ms; ` +
          `${fixed(mean(rounds, (r) => r.statementsPerRequest), 1)} SQL; ${fixed(mean(rounds, (r) => r.rssMiB), 0)} MiB` +
          (failed ? `; **${failed} failed**` : '')
        );
      });
      return `| ${op.title} | ${cells.join(' | ')} |`;
    }),
  ];
  if (report.scale.length) {
    lines.push('', '**Size** (Pamir\'s gateway, p50 ms)', '', '| operation | small | large | ratio |', '| --- | --- | --- | --- |');
    for (const scale of report.scale)
      lines.push(
        `| ${scale.operation} | ${fixed(scale.small.p50, 0)} at ${scale.small.events.toLocaleString('en')} events | ${fixed(scale.large.p50, 0)} at ${scale.large.events.toLocaleString('en')} events | ${fixed(ratio(scale.large.p50, scale.small.p50))} |`,
      );
  }
  lines.push('', '**Goals**', '', '| goal | reached | wanted | |', '| --- | --- | --- | --- |');
  for (const goal of goals(report))
    lines.push(`| ${goal.goal} | ${fixed(goal.reached)} | ${goal.goal.includes('÷ at') || goal.goal.includes('memory') ? '≤' : '≥'} ${goal.wanted} | ${goal.met ? 'met' : '**missed**'} |`);
  return `${lines.join('\n')}\n`;
}
