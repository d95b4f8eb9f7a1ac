/** Words for the SDK's enum values where a plain "capitalize the words" would read wrong. */
const WORDS = new Map<string, string>(
  Object.entries({
    VOICE: "Voice",
    CHAT: "Chat",
    TASK: "Task",
    EMAIL: "Email",
    INBOUND: "Inbound",
    OUTBOUND: "Outbound",
    TRANSFER: "Transfer",
    QUEUE_TRANSFER: "Queue transfer",
    CALLBACK: "Callback",
    API: "API",
    DISCONNECT: "Disconnect",
    MONITOR: "Monitor",
    EXTERNAL_OUTBOUND: "External outbound",
    WEBRTC_API: "WebRTC API",
    AGENT_REPLY: "Agent reply",
    FLOW: "Flow",
    // Disconnect reasons (ContactTraceRecord DisconnectReason)
    CUSTOMER_DISCONNECT: "Customer disconnected",
    AGENT_DISCONNECT: "Agent disconnected",
    THIRD_PARTY_DISCONNECT: "Third party disconnected",
    TELECOM_PROBLEM: "Telecom problem",
    BARGED: "Barged by a manager",
    CONTACT_FLOW_DISCONNECT: "Ended by the flow",
    EXPIRED: "Expired",
    OTHER: "Other",
    CUSTOMER_CONNECTION_NOT_ESTABLISHED: "Customer connection not established",
    AGENT_CONNECTION_NOT_ESTABLISHED: "Agent connection not established",
    AGENT_NETWORK_DISCONNECT: "Agent network dropped",
    CUSTOMER_NETWORK_DISCONNECT: "Customer network dropped",
    IDLE_DISCONNECT: "Idle timeout",
    // Endpoint types
    TELEPHONE_NUMBER: "Phone",
    VOIP: "VoIP",
    CONTACT_FLOW: "Flow",
    CONNECT_PHONENUMBER_ARN: "Connect phone number",
    EMAIL_ADDRESS: "Email address",
    // Answering machine detection
    AMD_ERROR: "AMD error",
    AMD_NOT_APPLICABLE: "AMD not applicable",
    AMD_UNANSWERED: "AMD unanswered",
    AMD_UNRESOLVED: "AMD unresolved",
    SIT_TONE_BUSY: "SIT tone busy",
    SIT_TONE_DETECTED: "SIT tone detected",
    SIT_TONE_INVALID_NUMBER: "SIT tone invalid number",
    THIRDPARTY: "Third party",
    KINESIS_FIREHOSE: "Kinesis Data Firehose",
    KINESIS_STREAM: "Kinesis data stream",
    KINESIS_VIDEO_STREAM: "Kinesis video stream",
    S3: "S3",
    AgentAssistance: "Agent assistance",
    SelfService: "Self-service",
  }),
);

/** Any SDK enum value in words: known ones from the table, others "SOME_NEW_VALUE" → "Some new value". */
export function words(value: string): string {
  // A Map, not an object lookup: "constructor" or "__proto__" from contact data must not hit the prototype.
  const known = WORDS.get(value);
  if (known !== undefined) return known;
  const spaced = value
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
  return spaced ? spaced.charAt(0).toUpperCase() + spaced.slice(1) : value;
}

const CHANNEL_EMOJI = new Map(Object.entries({ VOICE: "📞", CHAT: "💬", TASK: "📋", EMAIL: "✉️" }));

export function channelEmoji(channel: string | undefined): string {
  return (channel && CHANNEL_EMOJI.get(channel)) || "📇";
}

export function channelWords(channel: string | undefined): string {
  return channel ? words(channel) : "Contact";
}

export function initiationWords(method: string | undefined): string | undefined {
  return method ? words(method) : undefined;
}
