import { serviceDrizzleConfig } from '@pamir/db/drizzle-config';
import { defineConfig } from 'drizzle-kit';

export default defineConfig(serviceDrizzleConfig());
