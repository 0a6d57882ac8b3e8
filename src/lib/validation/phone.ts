// A phone number as people write it: digits with spaces, slashes, brackets and dashes, an optional
// leading +, and at least five digits.

const PHONE = /^\+?[0-9(][0-9 /()\-–]{3,29}$/;

export const PHONE_MESSAGE = 'Bitte geben Sie eine Telefonnummer aus Ziffern an, z. B. 03583 752-0.';

export function isPhoneNumber(value: string): boolean {
	return PHONE.test(value) && value.replace(/\D/g, '').length >= 5;
}
