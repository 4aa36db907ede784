import "server-only";

import { env } from "@/lib/env";

import { acceptedExtensions } from "./file-types";
import type { UploadLimits } from "./upload-limits";

export function getUploadLimits(): UploadLimits {
  const { MAX_UPLOAD_MB, MAX_UPLOAD_FILES } = env();

  return {
    maxFileBytes: Math.floor(MAX_UPLOAD_MB * 1024 * 1024),
    maxFiles: MAX_UPLOAD_FILES,
    acceptedExtensions,
  };
}
