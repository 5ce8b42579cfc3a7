import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { describeError } from '../../../lib/api-error';
import { ACCEPTED_IMAGE_TYPES, MAX_IMAGES, useDeleteImage, useReorderImages, useUploadImage } from '../api/images';
import type { Product } from '../types';
import { ImageUploads, type Upload } from './ImageUploads';
import { ProductPicture } from './ProductPicture';

let uploadKeys = 0;

/**
 * The pictures of a product being edited: add them (drop files on the zone, or choose them with
 * the file input, which keyboards reach), one request per file with its own progress bar and its
 * own error; order them (drag one onto another, or Earlier/Later), make one the primary (moved
 * first) and delete them. Every change is saved at once, apart from the form's fields.
 */
export function ProductImages({ product }: { product: Product }) {
  const inputId = useId();
  const upload = useUploadImage();
  const reorder = useReorderImages();
  const remove = useDeleteImage();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const [dragged, setDragged] = useState<string | null>(null);
  const [failure, setFailure] = useState<string>();
  const busy = reorder.isPending || remove.isPending;
  const images = product.images;
  const queue = useRef(Promise.resolve());
  const list = useRef<HTMLOListElement>(null);
  // After a move the list is in a new order: the button that was pressed gets the focus back.
  const refocus = useRef<{ imageId: string; action: string } | null>(null);
  const setRefocus = (target: { imageId: string; action: string }) => {
    refocus.current = target;
  };

  useEffect(() => {
    const target = refocus.current;
    if (!target || busy) return;
    refocus.current = null;
    const item = list.current?.querySelector<HTMLElement>(`[data-image-id="${target.imageId}"]`);
    const button =
      item?.querySelector<HTMLElement>(`[data-action="${target.action}"]:not([aria-disabled="true"])`) ?? item?.querySelector<HTMLElement>('button');
    (button ?? list.current)?.focus();
  }, [busy, images]);

  function patchUpload(key: number, change: Partial<Upload>) {
    setUploads((current) => current.map((u) => (u.key === key ? { ...u, ...change } : u)));
  }

  /** Sent one after the other, in the order chosen, so the pictures keep that order. */
  function addFiles(files: FileList | File[]) {
    for (const file of Array.from(files)) {
      const key = ++uploadKeys;
      setUploads((current) => [...current, { key, name: file.name, progress: 0, state: 'waiting' }]);
      queue.current = queue.current.then(async () => {
        patchUpload(key, { state: 'uploading' });
        try {
          await upload.mutateAsync({ productId: product.id, file, onProgress: (progress) => patchUpload(key, { progress }) });
          setUploads((current) => current.filter((u) => u.key !== key));
        } catch (error) {
          patchUpload(key, { state: 'failed', error: describeError(error) });
        }
      });
    }
  }

  function move(imageId: string, to: number, action: string) {
    if (busy) return;
    const order = images.map((image) => image.id).filter((id) => id !== imageId);
    order.splice(Math.max(0, Math.min(to, order.length)), 0, imageId);
    setFailure(undefined);
    reorder.mutate(
      { productId: product.id, order },
      { onSuccess: () => setRefocus({ imageId, action }), onError: (error) => setFailure(describeError(error)) },
    );
  }

  function deleteImage(imageId: string, index: number) {
    if (busy) return;
    setFailure(undefined);
    const next = images[index + 1] ?? images[index - 1];
    remove.mutate(
      { productId: product.id, imageId },
      {
        onSuccess: () => (next ? setRefocus({ imageId: next.id, action: 'delete' }) : document.getElementById(inputId)?.focus()),
        onError: (error) => setFailure(describeError(error)),
      },
    );
  }

  function onDropFiles(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length > 0) addFiles(event.dataTransfer.files);
  }

  return (
    <section className="panel product-images" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Pictures</h2>
      <p className="muted">
        JPEG, PNG, WebP or AVIF, up to {MAX_IMAGES}. The first is the primary picture, shown on the product’s card.
      </p>
      {images.length > 0 && (
        <ol ref={list} className="image-list" aria-label="Pictures of the product" tabIndex={-1}>
          {images.map((image, n) => (
            <li
              key={image.id}
              data-image-id={image.id}
              className={`image-list__item${dragged === image.id ? ' image-list__item--dragged' : ''}`}
              draggable
              onDragStart={(event) => {
                setDragged(image.id);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragEnd={() => setDragged(null)}
              onDragOver={(event) => dragged && event.preventDefault()}
              onDrop={(event) => {
                if (!dragged) return;
                event.preventDefault();
                event.stopPropagation();
                if (dragged !== image.id) move(dragged, n, 'earlier');
                setDragged(null);
              }}
            >
              <div className="image-list__picture">
                <ProductPicture image={image} sizes="8rem" alt={`Picture ${n + 1}`} />
              </div>
              <p className="image-list__label">{n === 0 ? <span className="badge badge--active">Primary</span> : `Picture ${n + 1}`}</p>
              <div className="image-list__actions">
                {n > 0 && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    data-action="primary"
                    aria-label={`Make picture ${n + 1} primary`}
                    aria-disabled={busy}
                    onClick={() => move(image.id, 0, 'primary')}
                  >
                    Make primary
                  </button>
                )}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  data-action="earlier"
                  aria-label={`Move picture ${n + 1} earlier`}
                  aria-disabled={busy || n === 0}
                  onClick={() => n > 0 && move(image.id, n - 1, 'earlier')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  data-action="later"
                  aria-label={`Move picture ${n + 1} later`}
                  aria-disabled={busy || n === images.length - 1}
                  onClick={() => n < images.length - 1 && move(image.id, n + 1, 'later')}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--danger-outline button--small"
                  data-action="delete"
                  aria-label={`Delete picture ${n + 1}`}
                  aria-disabled={busy}
                  onClick={() => deleteImage(image.id, n)}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      <div
        className={`drop-zone${dragging ? ' drop-zone--over' : ''}`}
        onDragOver={(event) => {
          if (dragged || !event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDropFiles}
      >
        <p>Drop pictures here, or</p>
        <input
          id={inputId}
          className="drop-zone__input"
          type="file"
          multiple
          accept={ACCEPTED_IMAGE_TYPES}
          onChange={(event) => {
            if (event.target.files) addFiles(event.target.files);
            event.target.value = '';
          }}
        />
        {/* The input is hidden but focusable: its label looks like a button and shows its focus. */}
        <label htmlFor={inputId} className="button button--secondary">
          Choose pictures
        </label>
      </div>
      <ImageUploads uploads={uploads} onDismiss={(key) => setUploads((current) => current.filter((u) => u.key !== key))} />
    </section>
  );
}
