import "server-only";

import { fileTypeFromBuffer } from "file-type";

import { fileTypeRules, type ContentRule } from "./file-types";
import { fileExtension } from "./upload-limits";

export type ContentCheck =
  | { ok: true; extension: string; mimeType: string }
  | {
      ok: false;
      messageKey:
        "attachments.typeNotAllowed" | "attachments.contentMismatch" | "attachments.empty";
    };

// Windows (MZ), Linux (ELF) and macOS (Mach-O) executables, whatever their name says.
const executableSignatures = [
  [0x4d, 0x5a],
  [0x7f, 0x45, 0x4c, 0x46],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
];

/**
 * Decides from the name AND the bytes whether a file is one Guichet accepts. The stored
 * MIME type comes from our own table, never from what the browser claimed.
 */
export async function checkFileContent(fileName: string, bytes: Uint8Array): Promise<ContentCheck> {
  const extension = fileExtension(fileName);
  const rule = Object.hasOwn(fileTypeRules, extension) ? fileTypeRules[extension] : undefined;
  if (!rule) return { ok: false, messageKey: "attachments.typeNotAllowed" };
  if (bytes.length === 0) return { ok: false, messageKey: "attachments.empty" };

  const isAcceptable = !isExecutable(bytes) && (await matchesRule(rule.content, bytes));
  if (!isAcceptable) return { ok: false, messageKey: "attachments.contentMismatch" };

  return { ok: true, extension, mimeType: rule.mimeType };
}

async function matchesRule(rule: ContentRule, bytes: Uint8Array): Promise<boolean> {
  const sniffed = (await fileTypeFromBuffer(bytes))?.ext;

  switch (rule.check) {
    case "sniffed":
      return sniffed !== undefined && rule.sniffed.includes(sniffed);
    case "opaque":
      return sniffed === undefined;
    case "json":
      return sniffed === undefined && isJson(bytes);
    case "xml":
      return (
        (sniffed === undefined || sniffed === "xml") && isPlainText(bytes) && startsWithTag(bytes)
      );
    case "text":
      return (sniffed === undefined || sniffed === "xml") && isPlainText(bytes);
  }
}

function isExecutable(bytes: Uint8Array): boolean {
  return executableSignatures.some((signature) =>
    signature.every((byte, index) => bytes[index] === byte),
  );
}

function isJson(bytes: Uint8Array): boolean {
  try {
    // JSON is UTF-8 by definition; `fatal` refuses anything else.
    JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));

    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-8 or Latin-1 text: both keep ASCII control bytes for control characters, so a
 * byte scan works for either. Tab, line breaks, form feed and DOS's end-of-file mark
 * are the only controls real text files carry.
 */
function isPlainText(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x0c &&
      byte !== 0x1a
    ) {
      return false;
    }
    if (byte === 0x7f) return false;
  }

  return true;
}

function startsWithTag(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1")
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF|^ï»¿/, "")
    .trimStart();

  return head.startsWith("<");
}
