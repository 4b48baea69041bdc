// AG Grid is modular: only what the operations grid uses is registered (keeps the bundle small).
// ValidationModule explains misconfigurations in the developer console; it is left out of production builds.
import {
  ColumnApiModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RowApiModule,
  ScrollApiModule,
  ValidationModule,
  themeQuartz,
} from 'ag-grid-community';

ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  ColumnApiModule, // getColumnState / applyColumnState for the saved layout
  LocaleModule, // Spanish texts for the grid's own messages
  RowApiModule, // getDisplayedRowCount, for Ctrl+End (edge-keys.ts)
  ScrollApiModule, // ensureIndexVisible, for Ctrl+Home / Ctrl+End
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

/** Dense, readable, municipal blue; fonts come from the page (no web-font download under the CSP). */
export const operationsGridTheme = themeQuartz.withParams({
  accentColor: '#0b5cad',
  foregroundColor: '#1b2430',
  borderColor: '#c5cfdb',
  headerBackgroundColor: '#eaf0f6',
  headerTextColor: '#1b2430',
  oddRowBackgroundColor: '#f7f9fc',
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 30,
  headerHeight: 34,
  wrapperBorderRadius: 4,
});
