"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

import type { Acknowledgment } from "@/lib/tickets/acknowledgment";

// The acknowledgment has no address of its own (its number alone must not open anything),
// so the tab keeps it: a reload shows it again instead of an empty form. sessionStorage
// stays with this tab and ends with it.
// LIMITATION: « Nouveau ticket » in the header, used while the acknowledgment shows, keeps
// showing it (same page, nothing unmounts); the acknowledgment's own button starts afresh.
const storageKey = "guichet.acknowledgment";
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);

  return () => listeners.delete(listener);
}

function read(): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function write(acknowledgment: Acknowledgment | null) {
  try {
    if (acknowledgment) sessionStorage.setItem(storageKey, JSON.stringify(acknowledgment));
    else sessionStorage.removeItem(storageKey);
  } catch {
    // Storage refused (private mode, quota): the acknowledgment still shows until a reload.
  }
  listeners.forEach((listener) => listener());
}

function parse(stored: string | null): Acknowledgment | null {
  if (!stored) return null;
  try {
    return JSON.parse(stored) as Acknowledgment;
  } catch {
    return null;
  }
}

/** The last acknowledgment shown in this tab, and a setter that keeps it there. */
export function useKeptAcknowledgment(): [
  Acknowledgment | null,
  (value: Acknowledgment | null) => void,
] {
  const stored = useSyncExternalStore(subscribe, read, () => null);
  const set = useCallback((value: Acknowledgment | null) => write(value), []);

  const acknowledgment = useMemo(() => parse(stored), [stored]);

  return [acknowledgment, set];
}
