// How many main topics (and main target groups) a partner may mark. More would make every topic
// "main" and the ranking on the directory's topic pages meaningless.
export const MAX_MAIN_TERMS = 3;
