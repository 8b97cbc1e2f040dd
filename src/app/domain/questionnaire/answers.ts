/** Answers by question id. Values are option values, control levels '0'–'3', 'unknown' or text. */
export type Answers = Readonly<Record<string, string>>;
