// What the bench and its child processes say to each other over the IPC channel: every command and every reply is
// a message with a type; a child answers a command with a message of the type the bench waits for.

export interface Message {
  readonly type: string;
  readonly [key: string]: unknown;
}

export type Send = (message: Message) => void;
export type CommandHandler = (message: Message) => void | Promise<void>;

/** What a child process runs: it sets itself up, says 'ready', and returns the handler of the bench's commands. */
export type Role = (send: Send) => Promise<CommandHandler>;

/** A child's end, once its role has cleaned up; the bench waits for the exit. */
export const exitChild = () => process.exit(0);
