// Electron IPC channel names, shared by main and the preload. The ConsoleApi itself does not travel over IPC: the
// preload asks once per page load for a MessagePort to the console core's process, and main hands one to a frame
// of the app's own origin only (src/main/ipc.ts).
export const IPC_PORT_REQUEST = 'console:port-request';
export const IPC_PORT = 'console:port';
