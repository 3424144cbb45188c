/**
 * The site's Content-Security-Policy, one directive per entry. Every script is a same-origin file (astro.config.mjs
 * keeps Astro from inlining them), so no inline script can run, whatever a source text holds.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (it does not allow JavaScript eval).
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  // Shiki colours the code samples of the editorial pages with style attributes; attributes cannot run code.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * The policy for an HTTP header (public/_headers): the meta policy plus the directives a meta element cannot carry.
 * @see https://www.w3.org/TR/CSP3/#meta-element (frame-ancestors is ignored in a meta element)
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`;
