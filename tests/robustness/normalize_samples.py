#!/usr/bin/env python3
"""`vnplan normalize` on every sample, run by ctest.

usage: normalize_samples.py VNPLAN PROJECT_DIR

For each samples/*.txt (and the seeds in ../shared/seeds when they are
there), in both tone styles:
- idempotent: normalizing the output again gives the same bytes;
- clean: the output is UTF-8 in NFC, LF line ends, no `**`, no
  `[bookmark:`, no tab or NBSP, no blank line at either end or twice;
- faithful: the normalized text parses to the same items with the same text
  as the original (compared with accents and case dropped, since the tone
  style changes and footnote marks go), so nothing vnplan reads is lost.
Prints 'N passed, N failed'.
"""
import json, os, subprocess, sys, unicodedata


def run(vnplan, args, stdin=None):
    p = subprocess.run([vnplan] + args, input=stdin, capture_output=True, timeout=120,
                       env=dict(os.environ, NO_COLOR='1'))
    return p.returncode, p.stdout, p.stderr


def plain(text):
    """Text with accents, case, footnote marks and spaces dropped: what must survive."""
    t = unicodedata.normalize('NFD', text.replace('đ', 'd').replace('Đ', 'D'))
    t = ''.join(c for c in t if not unicodedata.combining(c) and c not in '¹²³⁴⁵⁶⁷⁸⁹⁰')
    return ''.join(t.lower().split())


def items(vnplan, data):
    code, out, err = run(vnplan, ['tasks', '--format', 'jsonl', '-'], data)
    if code != 0:
        return None, err.decode(errors='replace')
    return [plain(json.loads(line)['text']) for line in out.decode().splitlines() if line.strip()], ''


def check(vnplan, name, data, tone, failures):
    code, once, err = run(vnplan, ['normalize', '--tone', tone, '-'], data)
    if code != 0:
        failures.append(f'{name} ({tone}): exit {code}: {err.decode(errors="replace")}')
        return False
    code, twice, err = run(vnplan, ['normalize', '--tone', tone, '-'], once)
    problems = []
    if code != 0 or twice != once:
        a, b = once.decode().splitlines(), twice.decode().splitlines()
        first = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
        problems.append(f'not idempotent: first difference at output line {first + 1}:\n'
                        f'  once:  {a[first] if first < len(a) else "<end>"}\n'
                        f'  twice: {b[first] if first < len(b) else "<end>"}')
    text = once.decode('utf-8', errors='replace')
    if unicodedata.normalize('NFC', text) != text:
        problems.append('output is not NFC')
    for bad, what in (('\r', 'CR'), ('**', '`**`'), ('[bookmark:', 'a bookmark'), ('\t', 'a tab'), ('\u00a0', 'NBSP')):
        if bad in text:
            problems.append(f'output still has {what}')
    if text.startswith('\n') or text.endswith('\n\n') or '\n\n\n' in text or not text.endswith('\n'):
        problems.append('blank lines not collapsed or trimmed, or no final LF')
    before, err1 = items(vnplan, data)
    after, err2 = items(vnplan, once)
    if before is None or after is None:
        problems.append(f'tasks failed: {err1}{err2}')
    elif before != after:
        gone = [t for t in before if t not in after][:3]
        new = [t for t in after if t not in before][:3]
        problems.append(f'items differ after normalizing ({len(before)} -> {len(after)}): '
                        f'lost {gone!r}, gained {new!r}')
    if problems:
        failures.append(f'{name} ({tone}): ' + '; '.join(problems))
        return False
    return True


def main():
    vnplan, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    files = [os.path.join(root, 'samples', n) for n in sorted(os.listdir(os.path.join(root, 'samples')))
             if n.endswith('.txt')]
    seeds = os.path.join(root, '..', 'shared', 'seeds')
    if os.path.isdir(seeds):
        files += [os.path.join(seeds, n) for n in sorted(os.listdir(seeds)) if n.endswith('.txt')]
    passed = failed = 0
    failures = []
    for path in files:
        data = open(path, 'rb').read()
        for tone in ('new', 'old'):
            if check(vnplan, os.path.relpath(path, root), data, tone, failures):
                passed += 1
            else:
                failed += 1
    for f in failures:
        print(f)
    print(f'{passed} passed, {failed} failed')
    sys.exit(1 if failed or passed == 0 else 0)


if __name__ == '__main__':
    main()
