// All dictionaries, by language and namespace. es-AR is the source; English must mirror it key for key
// (enforced by the Messages type and by resources.test.ts).
import enBasemapSettings from './en/basemap-settings.ts';
import enCli from './en/cli.ts';
import enDispatchMap from './en/dispatch-map.ts';
import enCourtDocuments from './en/court-documents.ts';
import enCourtDesk from './en/court-desk.ts';
import enHearings from './en/hearings.ts';
import enErrors from './en/errors.ts';
import enHub from './en/hub.ts';
import enRecords from './en/records.ts';
import enDatedSettings from './en/dated-settings.ts';
import enIncidents from './en/incidents.ts';
import enIntake from './en/intake.ts';
import enIncidentDesk from './en/incident-desk.ts';
import enFieldHealth from './en/field-health.ts';
import enInsights from './en/insights.ts';
import enNotices from './en/notices.ts';
import enInsightsReport from './en/insights-report.ts';
import enInsightsStudies from './en/insights-studies.ts';
import enInstruments from './en/instruments.ts';
import enPeople from './en/people.ts';
import enAdmin from './en/admin.ts';
import enImport from './en/import.ts';
import enUi from './en/ui.ts';
import esBasemapSettings from './es-AR/basemap-settings.ts';
import esCli from './es-AR/cli.ts';
import esDispatchMap from './es-AR/dispatch-map.ts';
import esCourtDocuments from './es-AR/court-documents.ts';
import esCourtDesk from './es-AR/court-desk.ts';
import esHearings from './es-AR/hearings.ts';
import esErrors from './es-AR/errors.ts';
import esHub from './es-AR/hub.ts';
import esRecords from './es-AR/records.ts';
import esDatedSettings from './es-AR/dated-settings.ts';
import esIncidents from './es-AR/incidents.ts';
import esIntake from './es-AR/intake.ts';
import esIncidentDesk from './es-AR/incident-desk.ts';
import esFieldHealth from './es-AR/field-health.ts';
import esInsights from './es-AR/insights.ts';
import esNotices from './es-AR/notices.ts';
import esInsightsReport from './es-AR/insights-report.ts';
import esInsightsStudies from './es-AR/insights-studies.ts';
import esInstruments from './es-AR/instruments.ts';
import esPeople from './es-AR/people.ts';
import esAdmin from './es-AR/admin.ts';
import esImport from './es-AR/import.ts';
import esUi from './es-AR/ui.ts';

export const resources = {
  'es-AR': {
    ui: esUi,
    errors: esErrors,
    cli: esCli,
    hub: esHub,
    datedSettings: esDatedSettings,
    records: esRecords,
    courtDocuments: esCourtDocuments,
    courtDesk: esCourtDesk,
    hearings: esHearings,
    dispatchMap: esDispatchMap,
    basemapSettings: esBasemapSettings,
    fieldHealth: esFieldHealth,
    incidentDesk: esIncidentDesk,
    intake: esIntake,
    incidents: esIncidents,
    insights: esInsights,
    notices: esNotices,
    insightsReport: esInsightsReport,
    insightsStudies: esInsightsStudies,
    instruments: esInstruments,
    people: esPeople,
    admin: esAdmin,
    import: esImport,
  },
  en: {
    ui: enUi,
    errors: enErrors,
    cli: enCli,
    hub: enHub,
    datedSettings: enDatedSettings,
    records: enRecords,
    courtDocuments: enCourtDocuments,
    courtDesk: enCourtDesk,
    hearings: enHearings,
    dispatchMap: enDispatchMap,
    basemapSettings: enBasemapSettings,
    fieldHealth: enFieldHealth,
    incidentDesk: enIncidentDesk,
    intake: enIntake,
    incidents: enIncidents,
    insights: enInsights,
    notices: enNotices,
    insightsReport: enInsightsReport,
    insightsStudies: enInsightsStudies,
    instruments: enInstruments,
    people: enPeople,
    admin: enAdmin,
    import: enImport,
  },
} as const;
export type Namespace = keyof (typeof resources)['es-AR'];
