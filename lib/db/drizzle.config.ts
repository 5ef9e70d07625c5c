import { defineConfig } from 'drizzle-kit';

// Run from the project root: `npm run db:generate`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema/index.ts',
  out: './drizzle',
});
