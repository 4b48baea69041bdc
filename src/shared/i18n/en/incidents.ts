import type { Messages } from '../types.ts';
import type esAR from '../es-AR/incidents.ts';

export default {
  category: {
    noise: 'Noise nuisance',
    party: 'Party or event',
    vacant_lot: 'Vacant lot',
    street_vending: 'Street vending',
    traffic: 'Parking or traffic',
    pavement: 'Pavement',
    other: 'Other',
  },
  channel: {
    line_103: 'Line 103',
    help_line: 'Help Centre line',
    whatsapp: 'WhatsApp',
    citizens_app: 'Citizens App',
    camera: 'Camera monitoring',
    patrol: 'Patrol (own initiative)',
  },
  priority: {
    '1': 'P1 · Urgent',
    '2': 'P2 · High',
    '3': 'P3 · Medium',
    '4': 'P4 · Low',
  },
  status: {
    received: 'Received',
    assigned: 'Assigned',
    en_route: 'En route',
    on_scene: 'On scene',
    closed: 'Closed',
    cancelled: 'Cancelled',
    referred: 'Referred',
  },
  outcome: {
    resolved_on_site: 'Resolved on site',
    warning: 'Warning',
    notice: 'Notice with a deadline',
    acta: 'Acta written',
    referred_mediation: 'Referred to mediation',
    referred_agency: 'Referred to another agency',
    no_finding: 'Nothing found',
  },
  step: {
    opened: 'Complaint received',
    complaint_linked: 'Another complaint linked',
    priority_changed: 'Priority changed',
    assigned: 'Unit assigned',
    released: 'Unit released',
    unit_status: 'Unit status',
    check_in: 'Crew check-in',
    alert_acknowledged: 'Alert acknowledged',
    note: 'Note',
    closed: 'Closed',
    cancelled: 'Cancelled',
    referred: 'Referred',
  },
  source: {
    device: 'device',
    dispatcher: 'dispatch',
  },
  alert: {
    check_in_overdue: 'Check-in overdue',
    unit_silent: 'Unit silent',
  },
  precision: {
    point: 'Point picked on the map',
    street: 'On the avenue, approximate',
    barrio: 'Centre of the barrio, approximate',
  },
} satisfies Messages<typeof esAR>;
