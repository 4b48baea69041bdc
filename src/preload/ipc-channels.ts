// IPC channel names of the ConsoleApi bridge; src/main/ipc-channels.ts holds the same two strings (the layer
// rules keep preload and main from importing each other).
export const IPC_CALL = 'console:call';
export const IPC_EVENT = 'console:event';
