// A large run analyses on a second thread (src/cli/analysis/threads.ts); these tests hold it to what one
// thread does. The binary runs are the built CLI (dist/, compiled by the global setup): MI_CODEMOD_WORKER=1
// gives any run the thread, =0 none.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalysedFile, AnalyserOptions } from '../../src/cli/analysis/engine';
import { workerAnalyser, type FromWorker, type ToWorker } from '../../src/cli/analysis/threads';
import { LEGACY_FETCH, MIGRATED_FETCH, makeTempDir, runBin, writeTree } from './helpers';

const REPO = path.resolve(__dirname, '../..');
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function copyOf(directory: string): string {
  const root = makeTempDir('mi-codemod-thread-');
  roots.push(root);
  fs.cpSync(directory, root, { recursive: true });
  return root;
}

describe('the analysis thread of a large run', () => {
  const projects = [
    path.join(REPO, 'examples/legacy-app'),
    ...fs.readdirSync(path.join(REPO, '__testfixtures__/cross-file')).map((name) => path.join(REPO, '__testfixtures__/cross-file', name)),
  ];

  it.each(projects.map((project) => [path.relative(REPO, project), project]))(
    '%s: --check, --dry and fix mode say and write on two threads exactly what they do on one',
    (_name, project) => {
      for (const args of [
        ['--check', '--format', 'json', '.'],
        ['--dry', '.'],
        ['--check', '.'],
      ]) {
        const one = runBin(project, args, { MI_CODEMOD_WORKER: '0' });
        const two = runBin(project, args, { MI_CODEMOD_WORKER: '1' });
        expect(two, args.join(' ')).toEqual(one);
        expect(one.code, args.join(' ')).not.toBe(2); // no internal error, on either thread
        if (args[0] === '--check') expect(one.code).toBe(1);
      }
      const [oneRoot, twoRoot] = [copyOf(project), copyOf(project)];
      expect(runBin(twoRoot, ['.'], { MI_CODEMOD_WORKER: '1' })).toEqual(runBin(oneRoot, ['.'], { MI_CODEMOD_WORKER: '0' }));
      for (const file of fs.readdirSync(oneRoot, { recursive: true, encoding: 'utf8' })) {
        if (fs.statSync(path.join(oneRoot, file)).isFile())
          expect(fs.readFileSync(path.join(twoRoot, file), 'utf8'), file).toBe(fs.readFileSync(path.join(oneRoot, file), 'utf8'));
      }
    },
  );

  it('is started before the command line is read, and stopped when the run ends early (usage error, help, no files)', () => {
    const root = makeTempDir('mi-codemod-thread-');
    roots.push(root);
    writeTree(root, { 'src/a.ts': LEGACY_FETCH, 'src/b.ts': MIGRATED_FETCH });
    // Each of these would keep the process alive for as long as a started thread runs: they must all exit.
    expect(runBin(root, ['--format', 'xml', '.']).code).toBe(2);
    expect(runBin(root, ['--help', '.']).code).toBe(0);
    expect(runBin(root, ['--check', 'no-such-dir/']).code).toBe(2);
    expect(runBin(root, ['--check', 'src'])).toMatchObject({ code: 1 }); // a small run: the thread is stopped, analysis inline
    expect(runBin(root, ['--check', 'src'], { MI_CODEMOD_WORKER: '1' })).toMatchObject({ code: 1 });
  });
});

/** A stand-in for a worker thread: records what it is sent; the test answers for it. */
class FakeThread extends EventEmitter {
  sent: ToWorker[] = [];
  terminated = false;
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  async terminate(): Promise<number> {
    this.terminated = true;
    return 0;
  }
  answer(reply: FromWorker): void {
    this.emit('message', reply);
  }
}

describe('workerAnalyser', () => {
  const options: AnalyserOptions = { cwd: REPO, apiVersion: '2018-02-01', includeDocs: false, verifyOutput: false, keepTexts: false };
  const analysis = (file: string): AnalysedFile => ({ kind: 'analysed', absolutePath: `/x/${file}`, file, findings: [], changes: false });

  it("sends the run's options, then each text; gives each its own answer, whatever the order, and an engine exception as a rejection", async () => {
    const thread = new FakeThread();
    const analyser = workerAnalyser(options, thread as unknown as Worker);
    const first = analyser.analyse('/x/a.ts', 'a.ts', 'a');
    const second = analyser.analyse('/x/b.ts', 'b.ts', 'b');
    expect(thread.sent.map((message) => message.kind)).toEqual(['options', 'text', 'text']);
    thread.answer({ kind: 'error', id: 1, message: 'engine broke', stack: 'Error: engine broke\n    at engine' });
    thread.answer({ kind: 'analysis', id: 0, analysis: analysis('a.ts') });
    await expect(first).resolves.toEqual(analysis('a.ts'));
    await expect(second).rejects.toThrow('engine broke');
    thread.emit('exit', 0);
    await analyser.close();
    expect(thread.terminated).toBe(true);
  });

  it('analyses on the calling thread what a thread that died had not answered, and every later text', async () => {
    const thread = new FakeThread();
    const analyser = workerAnalyser(options, thread as unknown as Worker);
    const pending = analyser.analyse(path.join(REPO, 'legacy.ts'), 'legacy.ts', LEGACY_FETCH);
    thread.emit('error', new Error('out of memory'));
    const later = analyser.analyse(path.join(REPO, 'later.ts'), 'later.ts', LEGACY_FETCH);
    for (const result of [await pending, await later]) {
      expect(result.findings.map((finding) => finding.ruleId)).toContain('legacy-endpoint');
      expect(result.changes).toBe(true);
    }
    expect(thread.sent.filter((message) => message.kind === 'text')).toHaveLength(1);
    await analyser.close();
  });
});
