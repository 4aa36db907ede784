export type OutgoingMessage = {
  /** Outbox row id: the idempotency key, so a retried send is delivered once. */
  id: string;
  template: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
};

export interface MailTransport {
  readonly kind: "resend" | "local";
  /** Delivers the message or throws; returns the provider's message id. */
  send(message: OutgoingMessage): Promise<{ providerId: string }>;
}

/** A failure of the transport itself (outage, rejection), worth retrying later. */
export class MailTransportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MailTransportError";
  }
}
