// The one email rule of the portal: something before the @, a domain with at least one dot after it,
// no spaces, at most 254 characters (RFC 5321). Browser and server share it.

export const EMAIL_MAX_LENGTH = 254;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const EMAIL_MESSAGE = 'Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de an.';

export function isEmailAddress(value: string): boolean {
	return value.length <= EMAIL_MAX_LENGTH && EMAIL.test(value);
}
