import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ImportUpload, Mapping, PreviewRow, StartedJob } from '../types';

/** The API's default IMPORT_MAX_BYTES (100 MiB, which it calls 100 MB); it refuses larger files itself (413) when set otherwise. */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;
export const IMPORT_MAX_LABEL = '100 MB';
export const ACCEPTED_CSV = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';

const importsPath = (workspace: string) => `/workspaces/${encodeURIComponent(workspace)}/imports`;
const importPath = (workspace: string, id: string) => `${importsPath(workspace)}/${encodeURIComponent(id)}`;

const importKeys = {
  all: ['imports'] as const,
  upload: (workspace: string, id: string) => [...importKeys.all, workspace, id] as const,
  preview: (workspace: string, id: string, mapping: Mapping) => [...importKeys.all, workspace, id, 'preview', mapping] as const,
};

interface UploadInput {
  workspace: string;
  file: File;
  /** 0 to 1 as the bytes go out. */
  onProgress: (fraction: number) => void;
  signal: AbortSignal;
}

/** Streams the file to the API (multipart, field `file`), which sniffs it and matches its columns. */
async function uploadCsv({ workspace, file, onProgress, signal }: UploadInput): Promise<ImportUpload> {
  const body = new FormData();
  body.append('file', file);
  const { data } = await apiClient.post<{ upload: ImportUpload }>(importsPath(workspace), body, {
    signal,
    // 100 MB on a slow line takes longer than the client's usual 20 s; the person can cancel instead.
    timeout: 0,
    onUploadProgress: (event) => onProgress(event.total ? event.loaded / event.total : 0),
  });
  return data.upload;
}

/** The upload, kept for the wizard's next steps (and read again after a reload of the page). */
export function useUploadCsv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadCsv,
    onSuccess: (upload, { workspace }) => queryClient.setQueryData(importKeys.upload(workspace, upload.id), upload),
  });
}

export function useImportUpload(workspace: string, id: string) {
  return useQuery({
    queryKey: importKeys.upload(workspace, id),
    queryFn: async () => (await apiClient.get<{ upload: ImportUpload }>(importPath(workspace, id))).data.upload,
    staleTime: Infinity,
  });
}

/**
 * The first rows as they would be imported with `mapping`, each with its validation errors; nothing
 * is written. A POST that reads: cached per mapping, the previous preview shown while the next loads.
 */
export function usePreview(workspace: string, id: string, mapping: Mapping, enabled: boolean) {
  return useQuery({
    queryKey: importKeys.preview(workspace, id, mapping),
    queryFn: async (): Promise<PreviewRow[]> => {
      const { data } = await apiClient.post<{ upload: ImportUpload }>(`${importPath(workspace, id)}/preview`, { mapping });
      return data.upload.preview;
    },
    enabled,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** The import as a job (202); the wizard follows it. */
export const useStartImport = () =>
  useMutation({
    mutationFn: async ({ workspace, id, mapping }: { workspace: string; id: string; mapping: Mapping }) =>
      (await apiClient.post<{ job: StartedJob }>(`${importPath(workspace, id)}/start`, { mapping })).data.job,
  });
