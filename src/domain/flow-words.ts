import { words } from "./labels.js";

/** Flow log `ContactFlowModuleType`s as the flow designer names the blocks. */
const BLOCK_WORDS = new Map<string, string>(
  Object.entries({
    InvokeExternalResource: "Invoke Lambda",
    InvokeLambdaFunction: "Invoke Lambda",
    SetAttributes: "Set contact attributes",
    SetContactAttributes: "Set contact attributes",
    UpdateContactAttributes: "Set contact attributes",
    PlayPrompt: "Play prompt",
    MessageParticipant: "Play prompt",
    GetUserInput: "Get customer input",
    StoreUserInput: "Store customer input",
    ConnectParticipantWithLexBot: "Get customer input (Lex)",
    CheckAttribute: "Check contact attributes",
    Compare: "Check contact attributes",
    SetQueue: "Set working queue",
    SetWorkingQueue: "Set working queue",
    Transfer: "Transfer to queue",
    TransferToQueue: "Transfer to queue",
    TransferContactToQueue: "Transfer to queue",
    TransferToFlow: "Transfer to flow",
    TransferToPhoneNumber: "Transfer to phone number",
    InvokeFlowModule: "Invoke module",
    CheckHoursOfOperation: "Check hours of operation",
    CheckStaffing: "Check staffing",
    CheckQueueStatus: "Check queue status",
    SetLoggingBehavior: "Set logging behavior",
    SetRecordingBehavior: "Set recording behavior",
    SetVoice: "Set voice",
    SetEventHook: "Set event hook",
    SetContactFlow: "Set flow",
    SetCallbackNumber: "Set callback number",
    SetRoutingCriteria: "Set routing criteria",
    SetQueuePriority: "Change routing priority",
    DistributeByPercentage: "Distribute by percentage",
    Loop: "Loop",
    Wait: "Wait",
    CreateTask: "Create task",
    Disconnect: "Disconnect",
    DisconnectParticipant: "Disconnect",
    EndFlowExecution: "End flow",
  }),
);

/** A block type in words: "InvokeExternalResource" → "Invoke Lambda"; unknown ones spaced out. */
export function blockTypeWords(type: string): string {
  return BLOCK_WORDS.get(type) ?? words(type);
}

export function isLambdaBlock(type: string): boolean {
  return BLOCK_WORDS.get(type) === "Invoke Lambda";
}

/** "arn:aws:lambda:…:function:lookupCustomer[:alias]" → "lookupCustomer"; other text unchanged. */
export function lambdaName(arnOrName: string): string {
  return /:function:([^:]+)/.exec(arnOrName)?.[1] ?? arnOrName;
}

/** The Lambda a step invoked, from its FunctionArn parameter. */
export function stepLambda(parameters: Record<string, string>): string | undefined {
  const arn = parameters.FunctionArn ?? parameters.LambdaFunctionARN ?? parameters.FunctionName;
  return arn === undefined ? undefined : lambdaName(arn);
}
