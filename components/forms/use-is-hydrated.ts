"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * True once React drives the page. Forms expose it as data-hydrated, so tests (and people
 * on slow phones) do not submit natively before the handlers exist.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
