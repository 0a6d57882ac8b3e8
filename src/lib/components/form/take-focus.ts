import type { Action } from 'svelte/action';
import { browser } from '$app/environment';

// Whether a form has been sent since this page's scripts started. A message the page shows before that came
// with the page itself: the answer to a form sent before the scripts had arrived (or without them).
let sentWithScripts = false;
if (browser) document.addEventListener('submit', () => (sentWithScripts = true), { capture: true });

function typingInAField(): boolean {
	const active = document.activeElement;
	return (
		active instanceof HTMLInputElement ||
		active instanceof HTMLTextAreaElement ||
		active instanceof HTMLSelectElement
	);
}

/**
 * `use:takeFocus={entries}` on a message box (`tabindex="-1"`): while `entries` is not empty, the focus moves to
 * the box whenever they change, so that a screen reader reads it out and the page scrolls to it. Not so for the
 * message the page arrived with while the person has gone on typing in a field: on a slow connection the scripts
 * come after the answer, and taking the focus then would throw away the next keystrokes.
 */
export const takeFocus: Action<HTMLElement, readonly unknown[]> = (box, entries) => {
	if (entries.length > 0 && (sentWithScripts || !typingInAField())) box.focus();
	return {
		update(next) {
			if (next.length > 0) box.focus();
		}
	};
};
