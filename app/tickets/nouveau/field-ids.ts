// The form's fields in screen order: the first invalid one gets the focus.
export const fieldOrder = [
  "email",
  "fullName",
  "phone",
  "topicId",
  "summary",
  "details",
  "attachments",
  "partnerId",
  "organisationId",
  "captcha",
] as const;

export type FormFieldName = (typeof fieldOrder)[number];

export const fieldId = (name: FormFieldName) => `ticket-${name}`;
export const errorId = (name: FormFieldName) => `ticket-${name}-error`;
export const hintId = (name: FormFieldName) => `ticket-${name}-hint`;
