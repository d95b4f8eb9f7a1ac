const DOT = "•";

// Code points, not UTF-16 units, so an emoji at either end is never cut in half.
const head = (text: string): string => Array.from(text.slice(0, 2))[0] ?? "";
const tail = (text: string, n: number): string =>
  Array.from(text.slice(-2 * n))
    .slice(-n)
    .join("");

/** "+15550100123" → "+1••••••0123": the + and first digit hint at the country, the last 4 help matching. */
function maskPhone(address: string): string {
  const digits = address.replace(/\D/g, "");
  const plus = address.trim().startsWith("+") ? "+" : "";
  if (digits.length < 7) return plus + DOT.repeat(Math.max(digits.length, 3));
  return plus + digits[0] + DOT.repeat(digits.length - 5) + digits.slice(-4);
}

/** "jane.doe@example.com" → "j•••@example.com": a fixed number of dots so the length leaks nothing. */
function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  return `${head(address)}${DOT.repeat(3)}${address.slice(at)}`;
}

function maskOther(address: string): string {
  return address.length < 8 ? DOT.repeat(3) : `${head(address)}${DOT.repeat(3)}${tail(address, 2)}`;
}

const PHONE = /^\+?[\d\s().-]{5,}$/;

/** Masks a customer's address for display. `type` is the EndpointInfo Type; guessed when absent. */
export function maskEndpoint(address: string, type?: string): string {
  if (type === "EMAIL_ADDRESS" || (type === undefined && address.includes("@"))) {
    return address.includes("@") ? maskEmail(address) : maskOther(address);
  }
  if (type === "TELEPHONE_NUMBER" || (type === undefined && PHONE.test(address))) {
    return maskPhone(address);
  }
  return maskOther(address);
}
