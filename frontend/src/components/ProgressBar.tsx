import { useId } from 'react';

interface ProgressBarProps {
  /** The bar's accessible name, e.g. "Upload of products.csv". */
  label: string;
  /** 0 to 100; null: how far is not known yet (an indeterminate bar). */
  percent: number | null;
  /** What the bar means in words ("1,234 of 5,000 rows (24%)"), shown beside it and read as its description. */
  text: string;
}

/**
 * One bar for every long piece of work (an upload, a download, a job). Not a live region: a bar that
 * moves several times a second would talk over everything; callers announce the start and the end.
 */
export function ProgressBar({ label, percent, text }: ProgressBarProps) {
  const textId = useId();
  return (
    <div className="progress">
      <progress aria-label={label} aria-describedby={textId} max={100} value={percent ?? undefined} />
      <span id={textId} className="progress__text">
        {text}
      </span>
    </div>
  );
}
