export function startEmbeddedDatabase(options: { dir: string; port: number }): Promise<{
  url: string;
  stop: () => Promise<unknown>;
}>;
export function migrateIfPending(url: string): Promise<boolean>;
export function seedIfEmpty(url: string): Promise<boolean>;
