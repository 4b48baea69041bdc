import type { Messages } from '../types.ts';
import type esAR from '../es-AR/errors.ts';

export default {
  invalid_input: 'The local host rejected the data of the request.',
  unknown_method: 'The local host does not know this request: the console and the host seem to be different versions.',
  forbidden: 'The local host refused the request: missing permission, or the connection is not trusted.',
  cache_unavailable: 'The local cache is not available.',
  hub_unavailable:
    'This request needs the dispatch hub and the console is not connected to it (or it did not answer in time). Try again when the connection is “Live” again.',
  hub_unauthorized: 'The hub rejected the username or password. Check them and try again.',
  internal: 'Something went wrong in the local host. Try again; if it persists, restart the console.',
  connection_lost: 'The connection to the local host was lost before the answer arrived.',
  issueLine: '{{field}}: {{problem}}',
  field: {
    filter_types: 'Type',
    filter_statuses: 'Status',
    filter_shifts: 'Shift',
    filter_barrios: 'Neighbourhood',
    filter_from: 'From',
    filter_to: 'To',
    filter_text: 'Search address',
    unitIds: 'Units',
    from: 'Start',
    to: 'End',
    request: 'Request',
    url: 'Hub address',
    username: 'Username',
    password: 'Password',
  },
  issue: {
    too_big: 'value too large or too long',
    too_small: 'value too small or too short',
    invalid_type: 'wrong type of data',
    invalid_value: 'value not accepted',
    invalid_format: 'wrong format',
    unrecognized_keys: 'contains unknown fields',
    range_inverted: '“To” is earlier than “From”',
    window_too_long: 'the period cannot be longer than 24 hours',
    hub_url: 'must be an http:// or https:// address',
    other: 'invalid value ({{code}})',
  },
} satisfies Messages<typeof esAR>;
