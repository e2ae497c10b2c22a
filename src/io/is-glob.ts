/**
 * Does a spec hold glob magic? A cheap local test so tinyglobby is imported only when a
 * glob is actually given (it costs start-up time that `ogi parse one.txt` should not pay).
 * An existing file whose name holds these characters is still taken literally (see inputs.ts).
 */
export function isGlob(spec: string): boolean {
  return /[*?[\]{}]|[!@+]\(/.test(spec);
}
