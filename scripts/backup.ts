// `npm run backup`: an online, consistent copy of the database and the uploads into
// BACKUP_DIR/<timestamp>/ while the site keeps serving. See "Backups" in README.md.
import { createBackup } from '@/db/backup';
import { loadEnvOrExit } from './prepare';

const env = loadEnvOrExit();
try {
  const result = await createBackup({ databasePath: env.DATABASE_PATH, uploadsDir: env.UPLOADS_DIR, backupRoot: env.BACKUP_DIR });
  console.log(`Backup written to ${result.folder}`);
  console.log(`  database  ${result.database} (${result.databaseBytes} bytes, integrity check ok)`);
  console.log(`  uploads   ${result.uploads} (${result.uploadFiles} files)`);
} catch (error) {
  console.error(`Backup failed, nothing kept: ${(error as Error).message}`);
  process.exit(1);
}
