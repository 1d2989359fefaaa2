import { normaliseRuns, type TextRun } from '../utils/snippet';

/** A snippet with its matches in <mark>. */
export function Snippet({ runs }: { runs: readonly TextRun[] }) {
  return (
    <span className="snippet">
      {normaliseRuns(runs).map((run, index) => (run.highlighted ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
    </span>
  );
}
