import { type KeyboardEvent, useId, useState } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useTagSuggestions } from '../api/tags';
import { checkTag, normaliseTag } from '../validation';

interface TagInputProps {
  value: string[];
  onChange: (tags: string[]) => void;
  /** The workspace whose tags are suggested; none: no suggestions. */
  workspace?: string;
  error?: string;
  /** The field's label; "Tags" unless the input means something else (tags to remove). */
  label?: string;
}

/**
 * Tags as chips, typed into a combobox that suggests the workspace's tags as you type (the ARIA
 * combobox pattern: arrows choose, Enter or a comma adds, Backspace in an empty field removes the
 * last, Escape closes the list). A tag is shown as it will be stored: lower case, single spaces.
 */
export function TagInput({ value, onChange, workspace, error, label = 'Tags' }: TagInputProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string>();
  const prefix = useDebouncedValue(normaliseTag(text), 200);
  const suggestions = useTagSuggestions(workspace, prefix);
  const options = (suggestions.data ?? []).filter((tag) => !value.includes(tag));
  const expanded = open && text.trim().length > 0 && options.length > 0;
  const message = problem ?? error;

  function add(raw: string) {
    const tag = normaliseTag(raw);
    const refused = checkTag(tag, value);
    if (refused) return setProblem(refused);
    if (tag && !value.includes(tag)) onChange([...value, tag]);
    setText('');
    setActive(-1);
    setProblem(undefined);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((n) => (n + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setActive((n) => (n <= 0 ? options.length - 1 : n - 1));
    } else if (event.key === 'Enter' || event.key === ',') {
      // Enter adds the tag instead of submitting the product form.
      if (!text.trim() && event.key === 'Enter') return;
      event.preventDefault();
      add(expanded && active >= 0 ? options[active]! : text);
    } else if (event.key === 'Backspace' && !text && value.length > 0) {
      onChange(value.slice(0, -1));
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  }

  return (
    <div className={`field tag-input${message ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {value.length > 0 && (
        <ul className="tags" aria-label={label === 'Tags' ? 'Tags of the product' : label}>
          {value.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              <button type="button" className="tag__remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(value.filter((t) => t !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tag-input__box">
        <input
          id={id}
          role="combobox"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          aria-invalid={message ? true : undefined}
          aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
            setProblem(undefined);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={`${id}-list`} role="listbox" aria-label="Suggested tags" className="tag-input__options" hidden={!expanded}>
          {expanded &&
            options.map((tag, n) => (
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the combobox pattern: the input's own keys choose an option
              <li
                key={tag}
                id={`${id}-option-${n}`}
                role="option"
                aria-selected={n === active}
                className="tag-input__option"
                // Before the input's blur closes the list.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => add(tag)}
              >
                {tag}
              </li>
            ))}
        </ul>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        Enter or a comma adds a tag; up to 20.
      </p>
      {message && (
        <p id={`${id}-error`} className="field__error">
          {message}
        </p>
      )}
    </div>
  );
}
