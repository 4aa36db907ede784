/** The ids a field points at: its hint when there is one, its error when there is one. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const present = ids.filter(Boolean).join(" ");

  return present === "" ? undefined : present;
}
