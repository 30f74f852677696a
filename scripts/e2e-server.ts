// The end-to-end tests' server: the production build on a database made fresh for this run.
import { rmSync } from 'node:fs';
import path from 'node:path';

const dir = path.join('data', 'e2e');
rmSync(dir, { recursive: true, force: true });
process.env.DATABASE_PATH = path.join(dir, 'newsroom.db');
process.env.UPLOADS_DIR = path.join(dir, 'uploads');
await import('./start');
