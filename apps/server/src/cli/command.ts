// What every command line subcommand gets: its arguments and the process streams, as functions
// (so commands can be tested without a process).

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
}

/** Resolves to the exit code: 0 success, 2 invalid input; throwing means an internal failure (1). */
export type Command = (args: string[], io: CommandIo) => Promise<number>;

/** Wrong arguments: the dispatcher prints the message and exits 2. */
export class UsageError extends Error {}
