/** What an email reports on is gone (ticket deleted, bad data): retrying cannot help. */
export class EmailDataMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmailDataMissingError";
  }
}
