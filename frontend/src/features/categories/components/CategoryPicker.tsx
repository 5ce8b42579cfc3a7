import { useCategories } from '../api/categories';
import { depthOf } from '../types';

interface CategoryPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** The product form's categories: every category of the tree as a checkbox, indented by depth. */
export function CategoryPicker({ value, onChange, error }: CategoryPickerProps) {
  const categories = useCategories();
  if (!categories.data || categories.data.length === 0) return null;
  return (
    <fieldset className="field category-picker" aria-describedby={error ? 'category-picker-error' : undefined}>
      <legend>Categories</legend>
      <div className="category-picker__list">
        {categories.data.map((category) => (
          <label key={category.id} className="checkbox" style={{ paddingInlineStart: `${depthOf(category) * 1.25}rem` }}>
            <input
              type="checkbox"
              checked={value.includes(category.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, category.id] : value.filter((id) => id !== category.id))}
            />{' '}
            {category.name}
          </label>
        ))}
      </div>
      {error && (
        <p id="category-picker-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
