/**
 * The gateway's counters for /metrics, as `serve({ metrics })` reads them: a name (labels
 * included, Prometheus style) to a number. Plain numbers in a map: nothing here needs more.
 */
export class Metrics {
  private readonly values = new Map<string, number>();

  add(name: string, by = 1, labels?: Record<string, string>): void {
    const key = keyOf(name, labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }

  set(name: string, value: number, labels?: Record<string, string>): void {
    this.values.set(keyOf(name, labels), value);
  }

  max(name: string, value: number, labels?: Record<string, string>): void {
    const key = keyOf(name, labels);
    this.values.set(key, Math.max(this.values.get(key) ?? 0, value));
  }

  get(name: string, labels?: Record<string, string>): number {
    return this.values.get(keyOf(name, labels)) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.values);
  }
}

function keyOf(name: string, labels?: Record<string, string>): string {
  if (!labels) return name;
  const pairs = Object.entries(labels).map(([label, value]) => `${label}="${value.replace(/["\\\n]/g, '_')}"`);
  return `${name}{${pairs.join(',')}}`;
}
