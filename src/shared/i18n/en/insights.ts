import type { Messages } from '../types.ts';
import type esAR from '../es-AR/insights.ts';

export default {
  title: 'Insights',
  tabs: {
    label: 'Insights views',
    dashboard: 'Dashboard',
    compare: 'Comparisons',
    trials: 'Wording trials',
  },
  filter: {
    label: 'Indicator filters',
    from: 'From',
    to: 'To',
    barrios: 'Barrios',
    cpcs: 'CPC',
    operationTypes: 'Operation type',
    categories: 'Offence category',
    channels: 'Complaint channel',
    lastYear: 'Last 12 months',
    invalidDate: 'Enter both dates of the period.',
    endBeforeStart: 'The end date must be on or after the start date.',
    tooLong: 'The period can span up to 10 years.',
  },
  dimension: {
    barrios: 'barrio',
    cpcs: 'CPC',
    operationTypes: 'operation type',
    categories: 'offence category',
    channels: 'complaint channel',
  },
  loading: 'Computing the indicators…',
  failed: 'The indicators could not be computed.',
  basis:
    'From {{from}} to {{to}}, in this console: {{operations}} closed operations, {{findings}} findings with an identity, {{notices}} notices past their deadline, {{incidents}} incidents opened and {{cases}} court cases come in.',
  card: {
    headline: 'Headline indicator',
    definition: 'How it is computed',
    noData: 'No data with this filter',
    withheld: 'Not available to your role',
    withheldWhy:
      'It is computed from records your role does not read (Despacho’s complaints or the court’s cases). An administrator sees it in full.',
    notApplied_one: 'The {{dimensions}} filter does not apply to this indicator.',
    notApplied_other: 'The {{dimensions}} filters do not apply to this indicator.',
    rule: {
      warnings_not_followed: 'Rules in force: {{months}} months of follow-up from each warning.',
      repeat_offenders: 'Rules in force: an offender repeats with {{findings}} or more notices or actas within {{window}} months.',
    },
  },
  value: {
    percent: '{{value}}%',
    interval: '95% CI: {{low}}–{{high}}%',
    perShift: '{{value}} per shift',
    minutes: '{{value}} min',
    days: '{{value}} days',
    median: 'median',
  },
  unit: {
    ratio: 'Percentage (%)',
    count: 'Count',
    per_shift: 'Per shift',
    minutes: 'Median (minutes)',
    days: 'Median (days)',
  },
  indicator: {
    compliance_without_sanction: {
      name: 'Compliance without sanction',
      basis: '{{numerator}} of {{denominator}} notices past their deadline were complied with by the owner, without an acta',
      numerator: 'Complied by the owner',
      denominator: 'Notices past their deadline',
      definition:
        'Of the notices whose deadline to comply ended in the period (the last day, counted from the notification, falls in the period and has passed), the share the owner complied with: the re-inspection found the work done by the owner, with no acta and no cost to the city. Those the city repaired at the owner’s cost and those not complied with end in an acta: they count in the total, not as complied; one still waiting for its re-inspection counts, for now, as not complied. By the month of the deadline’s last day.',
    },
    warnings_not_followed: {
      name: 'Warnings not followed by an acta',
      basis: '{{numerator}} of {{denominator}} warnings were not followed by an acta',
      numerator: 'No later acta',
      denominator: 'Warnings with follow-up completed',
      definition:
        'Of the period’s warnings whose follow-up has ended (it lasts the months the rules in force at the period’s end set, from the warning’s day), the share after which the same person, business, property or vehicle received no acta within that follow-up (from any operation or complaint, or one a re-inspection made of an unmet notice). Identity is the DNI, CUIT, cadastral id or plate; warnings without an identity cannot be followed and do not count. By the month of the warning.',
    },
    operations_per_shift: {
      name: 'Operations per shift',
      basis: '{{numerator}} operations carried out in {{denominator}} shifts',
      numerator: 'Operations carried out',
      denominator: 'Shifts worked',
      definition:
        'Closed operations whose shift falls in the period, divided by the shifts worked: the distinct pairs of day and shift (morning, afternoon or night) in which at least one of those operations took place. A night shift’s hours after midnight belong to the night before. By month.',
    },
    people_reached_per_shift: {
      name: 'People reached per shift',
      basis: '{{numerator}} people reached in {{denominator}} shifts',
      numerator: 'People reached',
      denominator: 'Shifts worked',
      definition:
        'People reached by those same operations, divided by the same shifts worked. Counted: drivers tested and anonymous self-tests at an alcohol checkpoint, attendees of an education session and, in any other operation, each finding that addressed someone (guidance, warning, notice, acta or referral). By month.',
    },
    alcohol_positivity: {
      name: 'Positive alcohol tests',
      basis: '{{numerator}} of {{denominator}} alcohol tests were positive',
      numerator: 'Positive',
      denominator: 'Tests carried out',
      definition:
        'Of the drivers tested at the period’s alcohol checkpoints whose test has a final result (negative or positive by the place’s limit and the retest rule in force that day), the share that was positive. A test with a breathalyser out of verification, or with its retest pending or mistimed, has no final result and does not count. By month.',
    },
    noise_exceedance: {
      name: 'Noise readings over the limit',
      basis: '{{numerator}} of {{denominator}} readings were over the limit',
      numerator: 'Over the limit',
      denominator: 'Valid readings',
      definition:
        'Of the period’s noise readings with a verdict under the noise rules in force when taken, the share over the limit or taken outside the permitted hours. A reading from a sound meter out of calibration has no verdict (unless the works were outside their permitted hours) and does not count. By month.',
    },
    camera_notified: {
      name: 'Camera clips notified',
      basis: '{{numerator}} of {{denominator}} reviewed clips were notified to the owner',
      numerator: 'Notified',
      denominator: 'Clips reviewed',
      definition:
        'Of the surveillance camera clips reviewed in the period, the share notified to the owner (with a warning or an acta); the rest were discarded. By month.',
    },
    complaints_by_channel: {
      name: 'Complaints received',
      basis: '{{numerator}} complaints received',
      numerator: 'Complaints',
      denominator: 'Complaints',
      definition:
        'Complaints Dispatch received in the period —each call, message or report, also those linked to an incident already open—, by the channel they came through. The value is their total.',
    },
    response_time: {
      name: 'Response time',
      basis: 'Median of {{denominator}} incidents with a unit on scene',
      numerator: 'Minutes',
      denominator: 'Incidents with a unit on scene',
      definition:
        'Median of the minutes from an incident’s opening to the first unit on scene, over the incidents opened in the period that a unit reached: half of them had an answer as fast or faster. An incident’s channel is its first complaint’s. By month.',
    },
    repeat_offenders: {
      name: 'Repeat offenders',
      basis: '{{numerator}} of {{denominator}} people, businesses, properties or vehicles with a notice or acta offended again',
      numerator: 'Repeat offenders',
      denominator: 'Identified with a notice or acta',
      definition:
        'Of the people, businesses, properties or vehicles with a notice or an acta in the period, the share that reached the number of notices or actas the rules in force set within the repeat window, with one in the period (earlier ones count towards it). The acta a re-inspection makes of an unmet notice is the same offence and does not add up. Only counts are shown: no personal data leaves the console. By month: those identified with a notice or acta that month, and those that reached the threshold with one of that month’s.',
    },
    court_backlog: {
      name: 'Court cases pending',
      basis: '{{numerator}} cases not closed at the end of the period',
      numerator: 'Pending',
      denominator: 'Cases',
      definition:
        'Cases not closed at the end of the period (or today, if the period ends later): every case that had come in by then and whose status at that moment, by its history, was any but closed. By that status.',
    },
    time_to_resolution: {
      name: 'Time to resolution',
      basis: 'Median of {{denominator}} resolved cases',
      numerator: 'Days',
      denominator: 'Resolved cases',
      definition:
        'Median of the calendar days from a case coming in to its first resolution or closing, over the cases first resolved or closed in the period. By month.',
    },
    voluntary_payment_share: {
      name: 'Voluntary payment with discount',
      basis: '{{numerator}} of {{denominator}} notified cases were paid voluntarily',
      numerator: 'Voluntary payments',
      denominator: 'Notified cases',
      definition:
        'Of the cases notified in the period, the share paid voluntarily with the discount while the defence term was open. By the month of the notification.',
    },
  },
  breakdown: {
    month: 'Month',
    channel: 'Channel',
    status: 'Status',
    category: 'Offence category',
    shift: 'Shift',
  },
  chart: {
    showTable: 'Show table',
    hideTable: 'Hide table',
    download: 'Download CSV',
    downloaded: '{{fileName}} was downloaded.',
    fileName: 'indicator-{{id}}-{{from}}-{{to}}.csv',
    summary_one: '{{name}} by {{by}}: 1 value. The data are in the table.',
    summary_other: '{{name}} by {{by}}: {{count}} values, from {{first}} to {{last}}. The data are in the table.',
    caption: '{{name}} by {{by}}',
    total: 'Total for the period',
    value: 'Value',
    empty: 'No data to chart with this filter.',
    noValue: 'No data',
  },
  report: {
    month: 'Report month',
    button: 'Monthly report (PDF)',
    busy: 'Generating the report…',
    done: '{{fileName}} was downloaded.',
    failed: 'The monthly report could not be generated.',
    scope: 'With the filter’s barrios and CPCs; the other filters do not apply to the report.',
    invalidMonth: 'Choose a month.',
  },
} satisfies Messages<typeof esAR>;
