#!/usr/bin/env python3
"""Completes package-lock.json for `npm ci` after an `npm install` made in this environment.

The registry mirror here cannot serve other platforms' optional binaries (darwin, win32, android builds of the
Astro compiler, Pagefind, Rollup...), so `npm install` leaves them out of the lock and `npm ci` then refuses the
lock as out of sync ("Missing: @pagefind/darwin-arm64@ from lock file"). This adds an entry for each missing
optional dependency with its os/cpu/libc, which is what npm writes with full registry access (minus the integrity
hash); npm skips those entries on any other platform, so nothing is downloaded for them.

Usage: python3 .ci/complete-lockfile.py [package-lock.json]
"""
import json
import re
import sys

PLATFORM = re.compile(r'(android|darwin|linux|win32|windows|freebsd|openbsd|openharmony|sunos|aix|wasm32)-(arm64|arm|x64|ia32|ppc64|riscv64|s390x|loong64|wasi|eabi)?(?:-(gnu|musl|msvc|gnueabihf|musleabihf|eabi))?$')


def platform_fields(name):
    match = PLATFORM.search(name)
    if match is None:
        return None
    os_name, cpu, libc = match.groups()
    if os_name == 'wasm32':
        return {'cpu': ['wasm32']}
    fields = {'os': ['win32' if os_name == 'windows' else os_name]}
    if cpu and cpu not in ('wasi', 'eabi'):
        fields = {'cpu': [cpu], **fields}
    elif cpu == 'eabi' or (libc or '').endswith('eabihf'):
        fields = {'cpu': ['arm'], **fields}
    # npm's libc field only exists for Linux builds.
    if os_name == 'linux' and libc in ('gnu', 'gnueabihf'):
        fields['libc'] = ['glibc']
    elif os_name == 'linux' and libc in ('musl', 'musleabihf'):
        fields['libc'] = ['musl']
    return fields


def main(path):
    with open(path) as file:
        lock = json.load(file)
    packages = lock['packages']
    added = []
    for key, entry in list(packages.items()):
        for name, version in (entry.get('optionalDependencies') or {}).items():
            if f'node_modules/{name}' in packages:
                continue
            fields = platform_fields(name)
            if fields is None:
                print(f'not a platform binary, left for npm to resolve: {name}', file=sys.stderr)
                continue
            packages[f'node_modules/{name}'] = {'version': version, **fields, 'dev': entry.get('dev', False), 'optional': True}
            added.append(name)
    lock['packages'] = dict(sorted(packages.items(), key=lambda item: (item[0] != '', item[0])))
    with open(path, 'w') as file:
        json.dump(lock, file, indent=2, ensure_ascii=False)
        file.write('\n')
    print(f'added {len(added)} lock entries' + ''.join(f'\n  {name}' for name in added))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'package-lock.json')
