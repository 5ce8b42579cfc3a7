import { ALL_EVENTS, covers, EVENT_GROUPS, toggleEvent, wildcardOf } from '../events';

interface EventPickerProps {
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
}

/**
 * The events an endpoint receives, by subject: "All events" (`*`), each subject's "All …" (`product.*`,
 * which also takes types added later), or single types. A box a wildcard covers shows checked and
 * cannot be unticked on its own.
 */
export function EventPicker({ value, onChange, error }: EventPickerProps) {
  const all = value.includes(ALL_EVENTS);
  return (
    <fieldset className={`field${error ? ' field--invalid' : ''}`} aria-describedby={error ? 'webhook-events-error' : undefined}>
      <legend>Events</legend>
      <label className="checkbox">
        <input type="checkbox" name="events" value={ALL_EVENTS} checked={all} onChange={(e) => onChange(toggleEvent(value, ALL_EVENTS, e.target.checked))} />{' '}
        All events <span className="muted">(also those added later)</span>
      </label>
      <div className="webhook-events">
        {EVENT_GROUPS.map((group) => {
          const wildcard = wildcardOf(group.subject);
          const groupChecked = covers(value, wildcard);
          return (
            <fieldset key={group.subject}>
              <legend>{group.label}</legend>
              <label className="checkbox">
                <input
                  type="checkbox"
                  name="events"
                  value={wildcard}
                  checked={groupChecked}
                  disabled={all}
                  onChange={(e) => onChange(toggleEvent(value, wildcard, e.target.checked))}
                />{' '}
                All {group.subject} events <code>{wildcard}</code>
              </label>
              {group.types.map((type) => (
                <label key={type} className="checkbox">
                  <input
                    type="checkbox"
                    name="events"
                    value={type}
                    checked={covers(value, type)}
                    disabled={groupChecked}
                    onChange={(e) => onChange(toggleEvent(value, type, e.target.checked))}
                  />{' '}
                  <code>{type}</code>
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
      {error && (
        <p id="webhook-events-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
