import { connect, type Socket } from "node:net";

export interface RawConnection {
  socket: Socket;
  /** Everything the server has sent so far. */
  received(): string;
  /** Resolves once the server (or the network) closed the connection. */
  closed: Promise<void>;
  isClosed(): boolean;
}

/** A bare TCP connection, for clients that HTTP libraries will not play: slow, idle or many. */
export function openRaw(port: number): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1" });
    let data = "";
    let done = false;
    socket.on("data", (chunk: Buffer) => {
      data += chunk.toString();
    });
    const closed = new Promise<void>((settle) => socket.once("close", () => settle()));
    void closed.then(() => {
      done = true;
    });
    socket.on("error", () => undefined);
    socket.once("connect", () =>
      resolve({ socket, received: () => data, closed, isClosed: () => done }),
    );
    socket.once("error", reject);
  });
}

/** A whole request on an open connection, answered before the server closes it. */
export function rawGet(connection: RawConnection, path: string): Promise<string> {
  return new Promise((resolve) => {
    connection.socket.once("data", (chunk: Buffer) => resolve(chunk.toString()));
    connection.socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
  });
}
