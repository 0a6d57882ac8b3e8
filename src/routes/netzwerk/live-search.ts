// While someone types, the page updates the results as they go; those intermediate words ("mob",
// "mobbi") must not count as searches in the search gaps. The page marks such a navigation here and
// the load passes `live=1` to /api/suche; once typing rests, the settled words are counted once.

let typing = false;

export function markTypingNavigation(): void {
	typing = true;
}

/** Whether the navigation now loading came from typing; resets the mark. */
export function takeTypingNavigation(): boolean {
	const was = typing;
	typing = false;
	return was;
}
