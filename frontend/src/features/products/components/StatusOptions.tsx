import { PRODUCT_STATUSES, STATUS_LABELS } from '../types';

/** One <option> per product status, labelled as everywhere else in the app. */
export function StatusOptions() {
  return PRODUCT_STATUSES.map((status) => (
    <option key={status} value={status}>
      {STATUS_LABELS[status]}
    </option>
  ));
}
