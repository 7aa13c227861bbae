// `mutualis backup FILE` and `mutualis restore FILE [--replace]`: the database named by DATABASE_URL
// (PostgreSQL, through pg_dump/pg_restore) or, without it, the embedded database in DATA_DIR
// (stop the server first: its folder is locked). --database-url and --data-dir override the environment.
import { loadConfig } from '../config.ts';
import { BackupError, type BackupTarget, backupDatabase, restoreDatabase } from '../db/backup.ts';
import { DatabaseLockedError } from '../db/client.ts';
import { type Command, UsageError } from './command.ts';

function parse(args: string[], allowReplace: boolean) {
  let file: string | undefined;
  let databaseUrl: string | undefined;
  let dataDir: string | undefined;
  let replace = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--database-url') databaseUrl = args[++i];
    else if (a === '--data-dir') dataDir = args[++i];
    else if (a === '--replace' && allowReplace) replace = true;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (file) throw new UsageError('give one file');
    else file = a;
  }
  if (!file) throw new UsageError('give the backup file');
  if (databaseUrl && dataDir) throw new UsageError('give --database-url or --data-dir, not both');
  // --data-dir names the embedded database even when DATABASE_URL is set in the environment.
  const env = {
    ...process.env,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...(dataDir ? { DATA_DIR: dataDir, DATABASE_URL: undefined } : {}),
  };
  const config = loadConfig(env);
  const target: BackupTarget = config.DATABASE_URL
    ? { databaseUrl: config.DATABASE_URL }
    : { dataDir: config.DATA_DIR };
  return { file, target, replace };
}

async function guarded(run: () => Promise<string>, io: Parameters<Command>[1]) {
  try {
    io.stdout(`${await run()}\n`);
    return 0;
  } catch (e) {
    if (e instanceof BackupError || e instanceof DatabaseLockedError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

export const backupCommand: Command = async (args, io) => {
  const { file, target } = parse(args, false);
  return guarded(async () => `backup written to ${file} (${await backupDatabase(target, file)} bytes)`, io);
};

export const restoreCommand: Command = async (args, io) => {
  const { file, target, replace } = parse(args, true);
  return guarded(async () => {
    await restoreDatabase(target, file, { replace });
    return `restored ${file}`;
  }, io);
};
