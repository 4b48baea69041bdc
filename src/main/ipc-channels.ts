// IPC channel names of the ConsoleApi bridge. src/preload/ipc-channels.ts holds the same two strings: the
// layer rules keep main and preload from importing each other, and src/shared is not this shell's to extend.
export const IPC_CALL = 'console:call';
export const IPC_EVENT = 'console:event';
