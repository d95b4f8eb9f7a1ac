// Amazon Connect's own model of a contact and of a contact search, as its API defines them: the
// data the domain reasons about. The one place src/domain/ names the SDK, and for its types only
// (erased when compiled: nothing of the SDK loads with the domain). Every other domain module
// takes these types from here, so that replacing them with types of the bot's own is one file.
export type {
  AttributeCondition,
  AudioQualityMetricsInfo,
  Channel,
  Contact,
  ContactInitiationMethod,
  ContactSearchSummary,
  Expression,
  ParticipantRole,
  SearchContactsMatchType,
  SearchContactsRequest,
  SearchCriteria,
  Transcript,
  TranscriptCriteria,
} from "@aws-sdk/client-connect";
