// The remote-hub sign-in form's checks, field by field, before anything is sent (the core checks the same
// schemas again). Problems are i18n keys under consoleConfig.problem.
import { HubUrlSchema } from '../../shared/api/session.ts';

export interface HubFormValues {
  readonly url: string;
  readonly username: string;
  readonly password: string;
}

export type HubFormField = keyof HubFormValues;
export type HubFormProblem = 'urlMissing' | 'urlInvalid' | 'usernameMissing' | 'passwordMissing';
export type HubFormProblems = Partial<Record<HubFormField, HubFormProblem>>;

/** `urlFixed`: the URL is not the user's to change (a flag decides it, or it is the hub followed now). */
export function hubFormProblems(values: HubFormValues, urlFixed: boolean): HubFormProblems {
  const problems: { -readonly [K in HubFormField]?: HubFormProblem } = {};
  if (!urlFixed) {
    if (values.url.trim() === '') problems.url = 'urlMissing';
    else if (!HubUrlSchema.safeParse(values.url).success) problems.url = 'urlInvalid';
  }
  if (values.username.trim() === '') problems.username = 'usernameMissing';
  if (values.password === '') problems.password = 'passwordMissing';
  return problems;
}

/** The first field with a problem, in the order of the form (focus goes there). */
export function firstProblemField(problems: HubFormProblems): HubFormField | null {
  return (['url', 'username', 'password'] as const).find((field) => problems[field] !== undefined) ?? null;
}
