/** The avatar hue (0–5) of a name, as ui/Card's Avatar picks it, so markers match avatars. */
export function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 6;
}
