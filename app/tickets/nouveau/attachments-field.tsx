"use client";

import { useState } from "react";

import { DropZone } from "@/components/attachments/drop-zone";
import type { UploadedFile, UploadLimits } from "@/lib/attachments/upload-limits";

type AttachmentsFieldProps = {
  limits: UploadLimits;
  onChange: (claimTokens: string[]) => void;
  onBusyChange: (isBusy: boolean) => void;
  isInvalid: boolean;
  describedBy: string | undefined;
};

/**
 * The drop zone wired to the form: the form holds only the claim tokens it sends; the names
 * and sizes the zone lists stay here. Remount it (key) to empty it when the form resets.
 */
export function AttachmentsField({
  limits,
  onChange,
  onBusyChange,
  isInvalid,
  describedBy,
}: AttachmentsFieldProps) {
  const [files, setFiles] = useState<UploadedFile[]>([]);

  return (
    <DropZone
      limits={limits}
      value={files}
      onChange={(next) => {
        setFiles(next);
        onChange(next.map((file) => file.id));
      }}
      onBusyChange={onBusyChange}
      invalid={isInvalid}
      describedBy={describedBy}
    />
  );
}
