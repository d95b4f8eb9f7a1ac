import { describe, expect, it } from "vitest";
import { createSingleFlight } from "../../src/infra/single-flight.js";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("createSingleFlight", () => {
  it("shares one call among concurrent callers with the same key", async () => {
    const flight = createSingleFlight<string>();
    const d = deferred<string>();
    let calls = 0;
    const fn = () => {
      calls += 1;
      return d.promise;
    };
    const results = Promise.all([flight("a", fn), flight("a", fn), flight("a", fn)]);
    d.resolve("done");
    expect(await results).toEqual(["done", "done", "done"]);
    expect(calls).toBe(1);
  });

  it("runs different keys separately", async () => {
    const flight = createSingleFlight<string>();
    expect(await Promise.all([flight("a", async () => "A"), flight("b", async () => "B")])).toEqual(
      ["A", "B"],
    );
  });

  it("forgets a settled call, failed or not", async () => {
    const flight = createSingleFlight<string>();
    await expect(flight("a", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await flight("a", async () => "again")).toBe("again");
    expect(await flight("a", async () => "and again")).toBe("and again");
  });

  it("turns a synchronous throw into a rejection", async () => {
    const flight = createSingleFlight<string>();
    await expect(
      flight("a", () => {
        throw new Error("sync");
      }),
    ).rejects.toThrow("sync");
  });
});
