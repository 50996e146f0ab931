// node tests/bench/profile.mjs FILE.cpuprofile [N]: where a process spent its CPU, by package and
// by function (self time), from a profile `pnpm bench --profile DIR` had it write.
import { readFileSync } from 'node:fs';

const [file, n = '20'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tests/bench/profile.mjs FILE.cpuprofile [N]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const byFunction = new Map();
const byPackage = new Map();
let total = 0;

/** `@apollo/gateway`, `graphql`, `node:internal`, or the repository folder the code lives in. */
function packageOf(url, name) {
  if (!url) return name; // (garbage collector), (program), (idle)
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const dependency = /node_modules\/(?!\.pnpm)((?:@[^/]+\/)?[^/]+)/.exec(url.split('node_modules/.pnpm/').at(-1) ?? '');
  if (url.includes('node_modules')) return dependency?.[1] ?? url;
  return /\/(apps|packages|services|tests)\/[^/]+/.exec(url)?.[0].slice(1) ?? url;
}

profile.samples.forEach((id, i) => {
  const { callFrame } = nodes.get(id);
  const time = profile.timeDeltas[i] ?? 0;
  total += time;
  const where = `${callFrame.functionName || '(anonymous)'}  ${packageOf(callFrame.url, callFrame.functionName)}:${callFrame.lineNumber + 1}`;
  byFunction.set(where, (byFunction.get(where) ?? 0) + time);
  const pkg = packageOf(callFrame.url, callFrame.functionName);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + time);
});

const top = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(n))
    .map(([name, time]) => `${((100 * time) / total).toFixed(1).padStart(5)} %  ${name}`)
    .join('\n');
console.log(`${(total / 1e6).toFixed(1)} s sampled\n\nby package\n${top(byPackage)}\n\nby function (self time)\n${top(byFunction)}`);
