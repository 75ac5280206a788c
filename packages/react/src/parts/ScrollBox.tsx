"use client";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { themeVar } from "../theme/tokens.js";

/** Props of {@link ScrollBox}. */
export interface ScrollBoxProps {
  /** What the box holds, for screen readers (it is a focusable region). */
  label: string;
  /** Past this height, px, the box scrolls down too (a long table). Default: none. */
  maxHeight?: number;
  children: ReactNode;
}

/**
 * A box that scrolls sideways when its content (a wide table) is wider than
 * it, reachable by keyboard, and that says so in words while some of the
 * content is out of view: a clipped table gives no sign of its hidden columns.
 * The note appears after measuring, so server and first client render match.
 */
export function ScrollBox(props: ScrollBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === "undefined") return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; this names a scroll box. */}
      <div
        ref={ref}
        style={
          props.maxHeight === undefined
            ? { overflowX: "auto" }
            : { overflow: "auto", maxHeight: props.maxHeight }
        }
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard (axe scrollable-region-focusable).
        tabIndex={0}
        role="group"
        aria-label={props.label}
      >
        {props.children}
      </div>
      {overflows ? (
        <p style={{ margin: "2px 0 0", fontSize: "0.85em", color: themeVar("muted") }}>
          Scroll sideways for more columns.
        </p>
      ) : null}
    </>
  );
}
