import { useEffect, useRef } from 'react';
import { offersAllMatching, type Selection, selectAllMatching, setShown, shownState } from '../selection';
import type { ProductTotal } from '../types';
import { formatCount } from './counts';
import './bulk.css';

interface SelectShownProps {
  selection: Selection;
  /** The ids of the products the list shows (the pages loaded so far). */
  shown: string[];
  total?: ProductTotal;
  onChange: (change: (current: Selection) => Selection) => void;
}

/**
 * The list's "select all" checkbox (checked, unchecked, or mixed when some are picked), and once all
 * shown are picked while more match, "Select all N that match", which picks the filter itself.
 */
export function SelectShown({ selection, shown, total, onChange }: SelectShownProps) {
  const checkbox = useRef<HTMLInputElement>(null);
  const state = shownState(selection, shown);
  useEffect(() => {
    if (checkbox.current) checkbox.current.indeterminate = state === 'some';
  }, [state]);

  return (
    <div className="select-shown">
      <label className="checkbox">
        <input ref={checkbox} type="checkbox" checked={state === 'all'} onChange={(e) => onChange((current) => setShown(current, shown, e.target.checked))} />{' '}
        {selection.allMatching && total ? `All ${formatCount(total)} that match are selected` : `Select all ${shown.length} shown`}
      </label>
      {total && offersAllMatching(selection, shown, total.count) && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            onChange(selectAllMatching);
            // The button goes with the click: the focus stays in the list's controls.
            checkbox.current?.focus();
          }}
        >
          Select all {formatCount(total)} that match
        </button>
      )}
    </div>
  );
}
