// Account usernames: what the hub accepts and the console's forms check before asking it.

/** Lower-case letters, digits, '.', '_' and '-'; starts with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
