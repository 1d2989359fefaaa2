/** The avatar hue (0–5) of a name, as ui/Card's Avatar picks it, so markers match avatars. */
export function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 6;
}

/** The avatars' colours by hue (ui.css `.avatar--hue-N`), for carets drawn outside CSS. */
const HUE_COLORS = ['#0f766e', '#4f5bd5', '#b45309', '#7c3aed', '#be185d', '#1d4ed8'] as const;

/** The colour of a person's avatar (and of their caret in the shared notes). */
export function colorOf(name: string): string {
  return HUE_COLORS[hueOf(name)] ?? HUE_COLORS[0];
}
