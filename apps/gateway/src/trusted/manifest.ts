import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.enum(['query', 'mutation', 'subscription']),
      body: z.string(),
    }),
  ),
});

/** The trusted documents: sha256 (hex) of each body, to the body. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/**
 * Reads a manifest in Apollo's persisted-query-manifest format (what `apps/web`'s build writes to
 * `dist/trusted-documents.json`). Each id must be the sha256 of its body, the hash automatic
 * persisted queries use, so a document is trusted the same whether it comes as text or as a hash.
 */
export function readTrustedDocuments(path: string): TrustedDocuments {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`PAMIR_TRUSTED_DOCUMENTS: cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`PAMIR_TRUSTED_DOCUMENTS: ${path} is not a persisted-query manifest`);
  const documents = new Map<string, string>();
  for (const { id, name, body } of parsed.data.operations) {
    if (sha256(body) !== id) throw new Error(`PAMIR_TRUSTED_DOCUMENTS: the id of ${name} in ${path} is not the sha256 of its body`);
    documents.set(id, body);
  }
  return documents;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
