import { migrateDatabase, openDatabase } from '@/db/client';
import { loadEnvOrExit } from './prepare';

const env = loadEnvOrExit();
const db = openDatabase(env.DATABASE_PATH);
migrateDatabase(db);
db.$client.close();
console.log(`Migrated ${env.DATABASE_PATH}`);
