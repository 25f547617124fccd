import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { registerCerts } from '../../../server/cli/commands/certs.ts';

test('sede certs demo --dir writes the deployment and citizen PKIs and says what it wrote', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sede-cli-'));
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => void lines.push(args.join(' '));
  try {
    const program = new Command('sede').exitOverride();
    registerCerts(program);
    await program.parseAsync(['node', 'sede', 'certs', 'demo', '--dir', dir]);
    expect(fs.existsSync(path.join(dir, 'deployment', 'server.pem'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'citizens', 'trust-bundle.pem'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'citizens', 'certs', 'dnie.p12'))).toBe(true);
    const out = lines.join('\n');
    expect(out).toContain('password of every .p12: demo');
    expect(out).toContain('certs/sello-calamonte.p12');
    lines.length = 0;
    await program.parseAsync(['node', 'sede', 'certs', 'demo', '--dir', dir]);
    expect(lines.join('\n')).toContain('reused');
  } finally {
    console.log = log;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
