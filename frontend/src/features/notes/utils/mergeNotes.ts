/**
 * Private notes edited on two devices at once: `base` is what this device started from, `mine`
 * what it holds now, `theirs` what the other device saved meanwhile. Nothing is ever dropped:
 * when only one side changed, that side wins; when one side only added to the other, the longer
 * one is kept; otherwise the other device's text comes first and this device's additions
 * (what it wrote beyond `base`) follow after a blank line.
 */
export function mergeNotes(base: string, mine: string, theirs: string): string {
  if (mine === theirs || mine === base) return theirs;
  if (theirs === base) return mine;
  if (theirs.includes(mine)) return theirs;
  if (mine.includes(theirs)) return mine;
  const added = mine.startsWith(base) ? mine.slice(base.length).replace(/^\n+/, '') : mine;
  if (!added.trim()) return theirs;
  return `${theirs.replace(/\n+$/, '')}\n\n${added}`;
}
