// Self time of a .cpuprofile (node --cpu-prof), top functions and top packages, as shares of the
// time the process was busy (idle left out):
//   node packages/server/scripts/profile-top.mjs <file.cpuprofile> [count]
import { readFileSync } from 'node:fs';

const [file, count = '10'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node profile-top.mjs <file.cpuprofile> [count]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
profile.samples.forEach((id, i) => {
  const gap = profile.timeDeltas[i] ?? 0;
  self.set(id, (self.get(id) ?? 0) + gap);
});
const idle = profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id);
for (const id of idle) self.delete(id);
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byFunction = new Map();
const byPackage = new Map();
for (const [id, micros] of self) {
  const { callFrame } = nodes.get(id);
  const where = callFrame.url.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^file:\/\/.*\/wt-[^/]+\//, '');
  const name = `${callFrame.functionName || '(anonymous)'} ${where}:${callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  const pkg = where.startsWith('node:') || where === '' ? (callFrame.functionName.startsWith('(') ? callFrame.functionName : 'node internals') : where.split('/').slice(0, where.startsWith('@') ? 2 : 1).join('/');
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
}
const show = (title, map) => {
  console.log(`${title} (of ${(total / 1e6).toFixed(1)} s busy)`);
  for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(count)))
    console.log(`  ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${name}`);
};
show('self time by function', byFunction);
show('self time by package', byPackage);
