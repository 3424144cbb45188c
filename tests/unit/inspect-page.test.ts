import { describe, expect, test } from 'vitest';
import { checkPageSecurity } from '../../src/check/check-page-security';
import { inspectPage } from '../../src/check/inspect-page';

const policy = "default-src 'self'";
const head = (extra = '') => `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}">${extra}</head>`;

describe('inspectPage', () => {
  test('lists ids, URLs, inline scripts, style elements and event handlers', () => {
    const facts = inspectPage(
      `${head('<script type="module" src="/a.js"></script><script type="application/ld+json">{"@type":"Thing"}</script><style>p{}</style>')}<body id="b"><a name="old">x</a><a href="/x/">x</a><p onclick="f()">p</p><script>alert(1)</script><template><a id="in-template" href="/t/">t</a></template></body></html>`,
    );
    expect([...facts.ids].sort()).toEqual(['b', 'in-template', 'old']);
    expect(facts.urls.map((url) => `${url.where} ${url.value}`)).toEqual(['script[src] /a.js', 'a[href] /x/', 'a[href] /t/']);
    expect(facts.inlineScripts).toEqual(['alert(1)']);
    expect(facts.styleElements).toBe(1);
    expect(facts.eventHandlers).toEqual(['p[onclick]']);
    expect(facts.csp).toEqual([{ policy, early: true }]);
  });

  test('sees escaped markup as text, not as elements', () => {
    const facts = inspectPage(`${head()}<body><p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p></body></html>`);
    expect(facts.inlineScripts).toEqual([]);
    expect(facts.eventHandlers).toEqual([]);
    expect(facts.urls).toEqual([]);
  });
});

describe('checkPageSecurity', () => {
  test('accepts a page with the policy first and only external scripts', () => {
    expect(checkPageSecurity('a.html', inspectPage(`${head('<script src="/a.js"></script>')}<body></body></html>`), policy)).toEqual([]);
  });

  test('reports a missing, late or different policy, inline scripts, style elements and handlers', () => {
    expect(checkPageSecurity('a.html', inspectPage('<html><head></head><body></body></html>'), policy)).toEqual(['a.html: 0 Content-Security-Policy meta elements (expected 1)']);
    const late = inspectPage(`<html><head><script src="/a.js"></script><meta http-equiv="Content-Security-Policy" content="script-src *"></head><body><style>p{}</style><b onmouseover="x()">b</b><script>x()</script></body></html>`);
    expect(checkPageSecurity('a.html', late, policy)).toEqual([
      'a.html: Content-Security-Policy "script-src *" differs from src/lib/csp.ts',
      'a.html: the Content-Security-Policy meta element comes after a script or stylesheet',
      'a.html: inline script "x()"',
      'a.html: 1 <style> element(s)',
      'a.html: event-handler attribute b[onmouseover]',
    ]);
  });
});
