// `npm run restore -- <backup folder> --yes`: puts a backup made by `npm run backup` in place of
// the current database and uploads, keeping the current ones beside them. Stop the server first.
import { connect } from 'node:net';
import { checkBackupFolder, restoreBackup, RestoreError } from '@/db/backup';
import { loadEnvOrExit } from './prepare';

const env = loadEnvOrExit();
const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
const yes = args.includes('--yes');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Whether something answers on the server's port, i.e. the site is probably still running. */
function serverAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: 'localhost' });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

if (!folder) fail('Usage: npm run restore -- <backup folder> --yes   (e.g. backups/2026-03-01T02-00-00-000Z)');
try {
  checkBackupFolder(folder);
} catch (error) {
  fail(error instanceof RestoreError ? error.message : String(error));
}
if (await serverAnswers(env.PORT)) fail(`Something answers on port ${env.PORT}: stop the server before restoring, then run this again.`);
if (!yes) {
  fail(
    `This replaces ${env.DATABASE_PATH} and ${env.UPLOADS_DIR} with the backup in ${folder}\n` +
      '(the current ones are kept beside them, renamed .before-restore-<time>).\nRun again with --yes to do it.',
  );
}
try {
  const result = restoreBackup({ folder, databasePath: env.DATABASE_PATH, uploadsDir: env.UPLOADS_DIR });
  for (const moved of result.movedAside) console.log(`  kept the current one as ${moved}`);
  console.log(`Restored ${folder} into ${result.database} and ${env.UPLOADS_DIR} (${result.uploadFiles} files). Start the server again.`);
} catch (error) {
  fail(`Restore failed: ${(error as Error).message}`);
}
