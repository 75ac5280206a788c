"use client";
import { type KeyboardEvent, type PointerEvent, useCallback, useState } from "react";
import type { PointNavigation } from "./types.js";

/** What {@link usePointNavigation} returns: the active point and the handlers to spread. */
export interface PointNavigationState {
  active: number;
  focused: boolean;
  handlers: {
    onKeyDown(event: KeyboardEvent<Element>): void;
    onFocus(): void;
    onBlur(): void;
    onPointerMove(event: PointerEvent<Element>): void;
    onPointerDown(event: PointerEvent<Element>): void;
    onPointerLeave(event: PointerEvent<Element>): void;
  };
}

/**
 * Roving focus over a chart's points: the chart is one tab stop; arrow keys,
 * Home, End and PageUp/PageDown move the active point; Escape hides it. A mouse
 * shows the point under it, a tap shows it until the next tap elsewhere.
 */
export function usePointNavigation(nav: PointNavigation | undefined): PointNavigationState {
  const [active, setActive] = useState(-1);
  const [focused, setFocused] = useState(false);
  const count = nav?.count ?? 0;
  const clamp = useCallback((i: number) => Math.min(count - 1, Math.max(0, i)), [count]);
  const locate = (event: PointerEvent<Element>): number => {
    if (!nav) return -1;
    const box = (event.currentTarget as Element).getBoundingClientRect();
    return nav.indexAt(event.clientX - box.left, event.clientY - box.top);
  };
  const safeActive = active < count ? active : -1;
  return {
    active: safeActive,
    focused,
    handlers: {
      onKeyDown(event) {
        if (count === 0) return;
        const page = Math.max(1, Math.round(count / 10));
        const from = safeActive < 0 ? (nav?.initial ?? count - 1) : safeActive;
        let next: number | null = null;
        switch (event.key) {
          case "ArrowRight":
          case "ArrowUp":
            next = safeActive < 0 ? from : from + 1;
            break;
          case "ArrowLeft":
          case "ArrowDown":
            next = safeActive < 0 ? from : from - 1;
            break;
          case "PageUp":
            next = from + page;
            break;
          case "PageDown":
            next = from - page;
            break;
          case "Home":
            next = 0;
            break;
          case "End":
            next = count - 1;
            break;
          case "Escape":
            setActive(-1);
            return;
          default:
            return;
        }
        event.preventDefault();
        setActive(clamp(next));
      },
      onFocus() {
        setFocused(true);
        if (count > 0)
          setActive((a) => (a >= 0 && a < count ? a : clamp(nav?.initial ?? count - 1)));
      },
      onBlur() {
        setFocused(false);
        setActive(-1);
      },
      onPointerMove(event) {
        if (event.pointerType === "touch") return;
        setActive(locate(event));
      },
      onPointerDown(event) {
        if (event.pointerType !== "touch" && event.pointerType !== "pen") return;
        setActive(locate(event));
      },
      onPointerLeave(event) {
        if (event.pointerType === "touch" || focused) return;
        setActive(-1);
      },
    },
  };
}
