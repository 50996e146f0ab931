// After `vite build`: how much JavaScript (and CSS) each page loads before it can run, gzipped.
// Follows each HTML entry's static imports in Vite's manifest; lazy chunks (the map) are not counted.
// Writes dist/bundle-report.json and prints a short table.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const gzipped = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;

/** The chunks a page loads: its entry and static imports, and with `lazy` also what those load later. */
function closure(entryKey, lazy = false) {
  const seen = new Set();
  const js = [];
  const css = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    js.push(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
    if (lazy) for (const imported of chunk.dynamicImports ?? []) visit(imported);
  };
  visit(entryKey);
  return { js, css: [...css] };
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const report = {};
for (const [page, key] of [
  ['web client (index.html)', 'index.html'],
  ['IDE (graphiql.html)', 'graphiql.html'],
]) {
  const { js, css } = closure(key);
  const everything = closure(key, true);
  report[page] = {
    jsFiles: js,
    jsGzipKB: kb(js.reduce((sum, file) => sum + gzipped(file), 0)),
    cssGzipKB: kb(css.reduce((sum, file) => sum + gzipped(file), 0)),
    // Including what loads on demand (the map; Monaco's editor and languages) and its CSS.
    allJsGzipKB: kb(everything.js.reduce((sum, file) => sum + gzipped(file), 0)),
    allCssGzipKB: kb(everything.css.reduce((sum, file) => sum + gzipped(file), 0)),
  };
}
const lazy = Object.values(manifest).filter((chunk) => chunk.isDynamicEntry);
report['loaded on demand'] = Object.fromEntries(lazy.map((chunk) => [chunk.name ?? chunk.file, kb(gzipped(chunk.file))]));

writeFileSync(new URL('bundle-report.json', dist), JSON.stringify(report, null, 2));
console.log('JavaScript each page loads first, gzipped:');
for (const [page, { jsGzipKB, cssGzipKB, allJsGzipKB }] of Object.entries(report).slice(0, 2)) {
  console.log(`  ${page.padEnd(26)} ${jsGzipKB} KB JS + ${cssGzipKB} KB CSS (${allJsGzipKB} KB JS with everything it loads on demand)`);
}
console.log(`  loaded on demand          ${Object.entries(report['loaded on demand']).map(([name, size]) => `${name} ${size} KB`).join(', ')}`);
