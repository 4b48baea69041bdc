// Deliberately breaks the layer rules (see tools/eslint/fixtures.test.ts): the renderer may reach neither the
// console core nor Electron.
import { ipcRenderer } from 'electron';
import { x } from '../core/x.ts';

export const leak = [ipcRenderer, x];
