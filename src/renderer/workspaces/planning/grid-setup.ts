// AG Grid is modular: only what the operations grid uses is registered (keeps the bundle small).
// ValidationModule explains misconfigurations in the developer console; it is left out of production builds.
import {
  ColumnApiModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RowApiModule,
  ScrollApiModule,
  TooltipModule,
  ValidationModule,
} from 'ag-grid-community';

ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  ColumnApiModule, // getColumnState / applyColumnState for the saved layout
  LocaleModule, // Spanish texts for the grid's own messages
  RowApiModule, // getDisplayedRowCount, for Ctrl+End (edge-keys.ts)
  ScrollApiModule, // ensureIndexVisible, for Ctrl+Home / Ctrl+End
  TooltipModule, // the narrow sync column's header says in full what it shows
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

/** The operations grid wears the console's grid theme. */
export { consoleGridTheme as operationsGridTheme } from '../../grid/theme.ts';
