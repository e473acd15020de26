#!/usr/bin/env python3
"""End-to-end CLI tests, run by ctest.

usage: run_cases.py VNPLAN CASES_DIR PROJECT_DIR [--update]

Two kinds of golden files:
- tests/cli/<case>/: `cmd` (the arguments, one line, shell words; {root} is the
  project folder, {case} the case folder), optional `stdin`, and the expected
  `expected.out`, `expected.err` (optional) and `expected.code` (default 0).
- samples/<name>.<view>: the expected output of one view of samples/<name>.txt,
  where <view> is a key of SAMPLE_VIEWS below.
--update rewrites the golden files from the current output: review the diff.
--only PREFIX limits the run (and --update) to cases and samples whose name
starts with PREFIX.
Prints 'N passed, N failed'.
"""
import os, shlex, subprocess, sys, difflib

SAMPLE_VIEWS = {
    'outline': ['outline', '--width', '0'],
    'tasks.jsonl': ['tasks', '--format', 'jsonl'],
}


def run(vnplan, args, stdin=None, cwd=None):
    env = dict(os.environ, NO_COLOR='1')
    env.pop('FORCE_COLOR', None)
    env.pop('CLICOLOR_FORCE', None)
    p = subprocess.run([vnplan] + args, input=stdin, capture_output=True, cwd=cwd, env=env, timeout=60)
    return p.returncode, p.stdout, p.stderr


def compare(name, want, got, failures):
    if want == got:
        return True
    diff = difflib.unified_diff(want.decode(errors='replace').splitlines(), got.decode(errors='replace').splitlines(),
                                'expected', 'actual', lineterm='', n=2)
    failures.append(f'{name}:\n' + '\n'.join(list(diff)[:40]))
    return False


def main():
    vnplan, cases, root = (os.path.abspath(a) for a in sys.argv[1:4])
    update = '--update' in sys.argv
    only = sys.argv[sys.argv.index('--only') + 1] if '--only' in sys.argv else ''
    passed = failed = 0
    failures = []
    for case in sorted(os.listdir(cases)):
        d = os.path.join(cases, case)
        if not case.startswith(only) or not os.path.isfile(os.path.join(d, 'cmd')):
            continue
        cmd = open(os.path.join(d, 'cmd'), encoding='utf-8').read().strip()
        # Paths relative to the case folder keep messages the same on every machine.
        args = [a.replace('{root}', os.path.relpath(root, d)).replace('{case}', '.') for a in shlex.split(cmd)]
        stdin_path = os.path.join(d, 'stdin')
        stdin = open(stdin_path, 'rb').read() if os.path.exists(stdin_path) else b''
        code, out, err = run(vnplan, args, stdin, cwd=d)
        files = {'expected.out': out, 'expected.code': f'{code}\n'.encode()}
        if os.path.exists(os.path.join(d, 'expected.err')) or (update and err):
            files['expected.err'] = err
        ok = True
        for fname, got in files.items():
            path = os.path.join(d, fname)
            if update:
                open(path, 'wb').write(got)
                continue
            want = open(path, 'rb').read() if os.path.exists(path) else (b'0\n' if fname == 'expected.code' else b'')
            ok = compare(f'{case}/{fname}', want, got, failures) and ok
        passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
    samples = os.path.join(root, 'samples')
    for name in sorted(os.listdir(samples)):
        if not name.endswith('.txt'):
            continue
        base = name[:-4]
        if not base.startswith(only):
            continue
        for view, view_args in SAMPLE_VIEWS.items():
            golden = os.path.join(samples, f'{base}.{view}')
            if not os.path.exists(golden) and not update:
                continue
            code, out, err = run(vnplan, view_args + [os.path.join('samples', name)], cwd=root)
            if update:
                open(golden, 'wb').write(out)
                continue
            ok = code == 0 or failures.append(f'{base}.{view}: exit {code}: {err.decode(errors="replace")}')
            ok = compare(f'samples/{base}.{view}', open(golden, 'rb').read(), out, failures) and code == 0
            passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
    for f in failures:
        print(f)
    print(f'{passed} passed, {failed} failed')
    sys.exit(1 if failed or passed == 0 else 0)


if __name__ == '__main__':
    main()
