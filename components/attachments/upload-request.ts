import type { UploadedFile, UploadErrorBody } from "@/lib/attachments/upload-limits";

export type UploadOutcome =
  { ok: true; file: UploadedFile } | ({ ok: false; isAborted: boolean } & UploadErrorBody);

export const uploadEndpoint = "/api/uploads";

/**
 * Sends one file with XMLHttpRequest, the only browser API that reports upload progress.
 * Resolves (never rejects) with the stored file or the server's message key.
 */
export function startUpload(file: File, onProgress: (percent: number) => void) {
  const request = new XMLHttpRequest();
  const form = new FormData();
  form.append("file", file);

  const outcome = new Promise<UploadOutcome>((resolve) => {
    const failed = (isAborted: boolean) =>
      resolve({ ok: false, isAborted, messageKey: "attachments.uploadFailed" });

    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const body = request.response as (UploadedFile & Partial<UploadErrorBody>) | null;
      if (request.status === 201 && body?.id) {
        resolve({ ok: true, file: body });

        return;
      }
      resolve({
        ok: false,
        isAborted: false,
        messageKey: body?.messageKey ?? "attachments.uploadFailed",
        values: body?.values,
      });
    };
    request.onerror = () => failed(false);
    request.onabort = () => failed(true);
  });

  request.open("POST", uploadEndpoint);
  request.responseType = "json";
  request.send(form);

  return { outcome, abort: () => request.abort() };
}

/** Tells the server to forget a draft the requester removed; a failure only leaves it to expire. */
export function discardUpload(claimToken: string): void {
  void fetch(`${uploadEndpoint}/${encodeURIComponent(claimToken)}`, { method: "DELETE" }).catch(
    () => undefined,
  );
}
