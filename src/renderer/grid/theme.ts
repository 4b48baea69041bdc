// The one look of every grid in the console (operations, unit board).
import { themeQuartz } from 'ag-grid-community';

/** Dense, readable, municipal blue; fonts come from the page (no web-font download under the CSP). */
export const consoleGridTheme = themeQuartz.withParams({
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
