import type { PageFacts } from './inspect-page';

/**
 * Problems that would let a page run code the site did not ship, or break under the site's CSP: a missing, late or
 * different `<meta http-equiv="Content-Security-Policy">`, an inline script, a `<style>` element, an event-handler
 * attribute. Run over every built page, it shows that no source text became markup.
 */
export function checkPageSecurity(file: string, facts: PageFacts, policy: string): string[] {
  const problems: string[] = [];
  if (facts.csp.length !== 1) problems.push(`${file}: ${facts.csp.length} Content-Security-Policy meta elements (expected 1)`);
  for (const { policy: found, early } of facts.csp) {
    if (found !== policy) problems.push(`${file}: Content-Security-Policy "${found}" differs from src/lib/csp.ts`);
    // A policy applies only to what follows it in the document.
    if (!early) problems.push(`${file}: the Content-Security-Policy meta element comes after a script or stylesheet`);
  }
  for (const script of facts.inlineScripts) problems.push(`${file}: inline script "${script.trim().slice(0, 60)}"`);
  if (facts.styleElements > 0) problems.push(`${file}: ${facts.styleElements} <style> element(s)`);
  for (const handler of facts.eventHandlers) problems.push(`${file}: event-handler attribute ${handler}`);
  return problems;
}
