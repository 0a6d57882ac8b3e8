import type { ClientInit } from '@sveltejs/kit';

// The page is on screen before any JavaScript runs; hydrating it is the longest task a phone does.
// Yielding once here lets the browser handle input (and paint) between evaluating the scripts and
// hydrating, instead of one task that blocks both (issue #14: total blocking time).
export const init: ClientInit = () => new Promise((resolve) => setTimeout(resolve, 0));
