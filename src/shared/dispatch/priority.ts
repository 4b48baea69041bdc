// A complaint's priority: by its category and whether it came in by day or by night, as the settings in force say
// (dispatch.priorities). A dispatcher may override it, always with a reason (the incident keeps both).
import type { SettingValue } from '../settings/catalogue.ts';
import { inDailyWindow } from '../settings/time-of-day.ts';
import { cordobaCivil } from '../time/cordoba.ts';
import type { IncidentCategory, Priority } from './codes.ts';

export function computePriority(category: IncidentCategory, instant: number, rules: SettingValue<'dispatch.priorities'>): Priority {
  const byTime = rules.byCategory[category];
  const { hour, minute } = cordobaCivil(instant);
  return (inDailyWindow(hour * 60 + minute, rules.night) ? byTime.night : byTime.day) as Priority;
}
