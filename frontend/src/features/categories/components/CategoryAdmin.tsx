import { type FormEvent, useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState, LoadingState } from '../../../components/states';
import { toast } from '../../../components/toast';
import { describeError } from '../../../lib/api-error';
import { useCategories, useCreateCategory, useDeleteCategory, useUpdateCategory } from '../api/categories';
import { type Category, depthOf } from '../types';

type Editing = { id: string; mode: 'rename' | 'move' } | null;

/** Platform admins' page for the category tree: create, rename, move (never under itself), delete when empty. */
export function CategoryAdmin() {
  const categories = useCategories();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Category | null>(null);
  const remove = useDeleteCategory();

  if (categories.isPending) return <LoadingState label="Loading the categories…" />;
  if (categories.isError) return <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />;
  const tree = categories.data;

  return (
    <>
      <NewCategoryForm tree={tree} />
      {tree.length === 0 ? (
        <p className="muted">No categories yet.</p>
      ) : (
        <ul className="category-admin__list" aria-label="Category tree">
          {tree.map((category) => (
            <li key={category.id} className="category-admin__item" style={{ paddingInlineStart: `${depthOf(category) * 1.5}rem` }}>
              <span className="category-admin__name">
                {category.name} <span className="muted mono">{category.slug}</span>
              </span>
              {editing?.id === category.id ? (
                <CategoryEditor category={category} tree={tree} mode={editing.mode} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <button type="button" className="button button--secondary button--small" aria-label={`Rename ${category.name}`} onClick={() => setEditing({ id: category.id, mode: 'rename' })}>
                    Rename
                  </button>
                  <button type="button" className="button button--secondary button--small" aria-label={`Move ${category.name}`} onClick={() => setEditing({ id: category.id, mode: 'move' })}>
                    Move
                  </button>
                  <button type="button" className="button button--danger-outline button--small" aria-label={`Delete ${category.name}`} onClick={() => setDeleting(category)}>
                    Delete
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete category"
        pending={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => toast.success(`“${deleting.name}” was deleted.`),
            onError: (error) => toast.error(describeError(error)),
            onSettled: () => setDeleting(null),
          })
        }
      >
        <p>Only an empty category can be deleted: one without subcategories or products.</p>
      </ConfirmDialog>
    </>
  );
}

/** Where a category may go: the top level or any category outside its own subtree. */
function parentOptions(tree: Category[], moving?: Category) {
  const inside = (c: Category) => !!moving && c.path.length >= moving.path.length && moving.path.every((slug, n) => c.path[n] === slug);
  return tree.filter((c) => !inside(c));
}

function ParentSelect({ id, tree, moving, value, onChange }: { id: string; tree: Category[]; moving?: Category; value: string; onChange: (v: string) => void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Top level</option>
      {parentOptions(tree, moving).map((c) => (
        <option key={c.id} value={c.id}>
          {'— '.repeat(depthOf(c))}
          {c.name}
        </option>
      ))}
    </select>
  );
}

function NewCategoryForm({ tree }: { tree: Category[] }) {
  const create = useCreateCategory();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate(
      { name: name.trim(), ...(parentId ? { parentId } : {}) },
      {
        onSuccess: (created) => {
          toast.success(`“${created.name}” was created.`);
          setName('');
        },
        onError: (error) => toast.error(describeError(error)),
      },
    );
  }

  return (
    <form className="filters" onSubmit={submit} aria-label="New category">
      <div className="field">
        <label htmlFor="new-category-name">New category</label>
        <input id="new-category-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="new-category-parent">Inside</label>
        <ParentSelect id="new-category-parent" tree={tree} value={parentId} onChange={setParentId} />
      </div>
      <div className="field">
        <span aria-hidden="true">&nbsp;</span>
        <button type="submit" className="button" aria-disabled={create.isPending}>
          Create
        </button>
      </div>
    </form>
  );
}

function CategoryEditor({ category, tree, mode, onDone }: { category: Category; tree: Category[]; mode: 'rename' | 'move'; onDone: () => void }) {
  const update = useUpdateCategory();
  const [name, setName] = useState(category.name);
  const [parentId, setParentId] = useState(category.parentId ?? '');
  const inputId = `category-${category.id}-${mode}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const changes = mode === 'rename' ? { name: name.trim() } : { parentId: parentId || null };
    update.mutate(
      { id: category.id, changes },
      {
        onSuccess: (saved) => {
          toast.success(mode === 'rename' ? `Renamed to “${saved.name}”.` : `“${saved.name}” was moved.`);
          onDone();
        },
        onError: (error) => toast.error(describeError(error)),
      },
    );
  }

  return (
    <form className="quick-edit" onSubmit={submit} aria-label={`${mode === 'rename' ? 'Rename' : 'Move'} ${category.name}`}>
      <div className="quick-edit__field">
        <label htmlFor={inputId}>{mode === 'rename' ? 'Name' : 'Inside'}</label>
        {mode === 'rename' ? (
          <input id={inputId} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        ) : (
          <ParentSelect id={inputId} tree={tree} moving={category} value={parentId} onChange={setParentId} />
        )}
      </div>
      <button type="submit" className="button button--small" aria-disabled={update.isPending}>
        Save
      </button>
      <button type="button" className="button button--secondary button--small" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
