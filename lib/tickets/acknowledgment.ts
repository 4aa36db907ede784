// What the requester sees once the ticket exists; shared by the server action and the page.
export type Acknowledgment = {
  number: string;
  email: string;
  topicName: string;
  summary: string;
  detailsExcerpt: string;
  partnerName: string | null;
  organisationName: string | null;
  attachmentNames: string[];
  /** Group whose referent received the ticket; null when the support team did. */
  groupName: string | null;
};
