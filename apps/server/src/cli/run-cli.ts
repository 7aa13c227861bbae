// Dispatches `mutualis <command> [arguments]`. To add a command, add it to COMMANDS with a
// one-line description.
import { backupCommand, restoreCommand } from './backup-command.ts';
import { type Command, type CommandIo, UsageError } from './command.ts';
import { effectCommand } from './effect-command.ts';
import { poolCommand } from './pool-command.ts';
import { poolGenerateCommand } from './pool-generate-command.ts';
import { retentionCommand } from './retention-command.ts';

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  pool: {
    run: poolCommand,
    summary: 'pool problem.json > plan.json    plan inter-company sessions (exit 0 plan, 2 invalid problem, 1 failure)',
  },
  'pool-generate': {
    run: poolGenerateCommand,
    summary:
      'pool-generate --seed S --needs N --offers O --periods P --regions R --topics T --members M [--min-members K] [--need-periods W] [--time-limit S]    print a random, reproducible problem',
  },
  backup: {
    run: backupCommand,
    summary: 'backup FILE    back up the database (DATABASE_URL: pg_dump; else DATA_DIR, with the server stopped)',
  },
  restore: {
    run: restoreCommand,
    summary: 'restore FILE [--replace]    restore a backup (PGlite: --replace moves the current data folder aside)',
  },
  effect: {
    run: effectCommand,
    summary:
      'effect data.csv --outcome Y --treatment T --method difference|regression|matching|weighting|did [--covariates A,B] [--pre P]    effect of training on the treated, as JSON',
  },
  retention: {
    run: retentionCommand,
    summary:
      'retention data.csv --time MONTHS --event LEFT [--group G]    Kaplan-Meier retention per group and log-rank test, as JSON',
  },
};

function usage(): string {
  return `usage: mutualis <command> [arguments]\n\ncommands:\n${Object.values(COMMANDS)
    .map((c) => `  ${c.summary}`)
    .join('\n')}\n`;
}

/** Runs one command line and resolves to the exit code. */
export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`mutualis: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`mutualis ${name}: ${e.message}\n`);
      return 2;
    }
    io.stderr(`mutualis ${name}: internal failure: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
