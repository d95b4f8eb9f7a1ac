/** A parser's reason as the form shows it under an input: "That is not a phone number." */
export const sentence = (reason: string) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
