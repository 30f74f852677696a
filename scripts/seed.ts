import { loadEnvOrExit, prepareDatabase } from './prepare';

// Migrates and seeds the demo if the database is empty; a database with content is left alone.
await prepareDatabase(loadEnvOrExit());
