/**
 * An AWS SDK client's configuration aimed at an emulator: test credentials, and one attempt, so
 * that a fault the test injects reaches it instead of being retried away.
 */
export function emulatorClientConfig(endpoint: string) {
  return {
    region: "us-east-1",
    endpoint,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
  };
}
