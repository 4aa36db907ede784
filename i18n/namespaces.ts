// Each namespace is one file per locale under messages/<locale>/<namespace>.json.
export const namespaces = [
  "common",
  "errors",
  "home",
  "ticketForm",
  "attachments",
  "captcha",
  "acknowledgment",
  "emails",
  "mailbox",
  "tracking",
] as const;
