// Electron IPC channel names of the ConsoleApi bridge, shared by main (ipcMain.handle) and the preload.
export const IPC_CALL = 'console:call';
export const IPC_EVENT = 'console:event';
