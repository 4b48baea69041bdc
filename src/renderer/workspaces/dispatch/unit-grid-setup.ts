// AG Grid modules of the unit board (registered once, beside the operations grid's; AG Grid ignores
// duplicates). Client-side row model: the board holds every unit (tens to a few thousand) and takes live
// changes as transactions.
import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  ScrollApiModule,
  ValidationModule,
} from 'ag-grid-community';

ModuleRegistry.registerModules([
  ClientSideRowModelModule, // rows held in the page, sorted there (AG Grid's core already depends on it)
  ClientSideRowModelApiModule, // applyTransaction
  RenderApiModule, // refreshCells, for the position age every second
  CellStyleModule, // cellClass / cellClassRules: status badge, freshness colours
  LocaleModule, // the grid's own texts ("Cargando…", "No hay unidades"; overlays are part of the core)
  RowSelectionModule, // one selected unit, shared with the map
  RowApiModule, // getRowNode: select the unit chosen on the map
  ScrollApiModule, // ensureNodeVisible: and bring its row into view
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

export { consoleGridTheme as unitBoardTheme } from '../../grid/theme.ts';
