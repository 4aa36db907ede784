/** An address no other run has used, so each spec starts with a requester of its own. */
export function uniqueEmail(name: string, domain = "example.ch"): string {
  return `${name}.${Date.now()}.${Math.floor(Math.random() * 10_000)}@${domain}`;
}
