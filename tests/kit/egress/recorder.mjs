// Preloaded into every process of a test stack (NODE_OPTIONS=--import): records each outbound TCP
// connection and DNS lookup that leaves loopback, one JSON line per event in PAMIR_EGRESS_LOG, so a
// test can show that nothing calls out. Loopback traffic (the subgraphs, the local Postgres) is
// not written: it is the graph talking to itself.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';

const file = process.env.PAMIR_EGRESS_LOG;
const processName = process.argv[1] ?? 'node';

// Loopback, and the wildcard addresses a server binds to (listen() looks those up too).
const local = new Set(['localhost', '::1', '::ffff:127.0.0.1', '0.0.0.0', '::']);
const loopback = (host) => !host || local.has(host) || host.startsWith('127.');

function record(kind, host, port) {
  if (!file || loopback(host)) return;
  appendFileSync(file, `${JSON.stringify({ kind, host, port, process: processName, pid: process.pid })}\n`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const [first, second] = args;
  const options = Array.isArray(first) ? first[0] : first;
  if (options && typeof options === 'object') {
    if (!options.path) record('connect', options.host ?? 'localhost', options.port);
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    record('connect', typeof second === 'string' ? second : 'localhost', Number(first));
  }
  return connect.apply(this, args);
};

for (const target of [dns, dns.promises]) {
  for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = function (hostname, ...rest) {
      record(`dns.${name}`, String(hostname));
      return original.call(this, hostname, ...rest);
    };
  }
}
