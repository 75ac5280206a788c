import type { ViewModel, WorkerResponse } from "./protocol";

/** The view on screen, and why the last settings could not be applied (or null). */
export interface ViewState {
  model: ViewModel | null;
  error: string | null;
}

/**
 * The view after the worker's answer: a new model clears the error; an error
 * keeps the last model on screen, so settings the core refuses never blank
 * the page.
 */
export function viewAfter(
  previous: ViewState,
  message: Extract<WorkerResponse, { type: "view" | "view-error" }>,
): ViewState {
  return message.type === "view"
    ? { model: message.model, error: null }
    : { model: previous.model, error: message.message };
}
