import { fileURLToPath } from "node:url";

/** The checkout's root folder. */
export const root = fileURLToPath(new URL("../..", import.meta.url));
/** Where the package tests keep what a person may want to look at after a run (gitignored). */
export const artifacts = fileURLToPath(new URL("./_artifacts/", import.meta.url));
