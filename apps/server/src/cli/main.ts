// The `mutualis` command line entry point: wires the process streams to runCli.
import type { CommandIo } from './command.ts';
import { runCli } from './run-cli.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const io: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
};

const code = await runCli(process.argv.slice(2), io);
// Let stdout drain (a large plan piped to a file) before leaving.
process.stdout.write('', () => process.exit(code));
