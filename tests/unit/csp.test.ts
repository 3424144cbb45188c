import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, CSP_DIRECTIVES } from '../../src/lib/csp';
import { projectRoot } from '../helpers';

describe('CONTENT_SECURITY_POLICY', () => {
  test('allows scripts from the site only: no inline script, no eval, no other origin', () => {
    const scripts = CSP_DIRECTIVES.find((directive) => directive.startsWith('script-src '));
    expect(scripts?.split(' ').slice(1)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  test('is the policy public/_headers sends, plus frame-ancestors', () => {
    const headers = readFileSync(path.join(projectRoot, 'public/_headers'), 'utf8');
    expect(CONTENT_SECURITY_POLICY_HEADER.startsWith(`${CONTENT_SECURITY_POLICY}; `)).toBe(true);
    expect(headers).toContain(`/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}\n`);
  });
});
