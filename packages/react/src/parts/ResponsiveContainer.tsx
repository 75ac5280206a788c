"use client";
import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from "react";

/** Props of {@link ResponsiveContainer}. */
export interface ResponsiveContainerProps {
  /** Width used on the server and in the first client render (so hydration matches). Default 640. */
  fallbackWidth?: number;
  children: (width: number) => ReactNode;
  className?: string;
  style?: CSSProperties;
}

/**
 * Gives its child the container's width in px, from a `ResizeObserver`. Renders
 * `fallbackWidth` first (server and first client render alike), then measures.
 */
export function ResponsiveContainer(props: ResponsiveContainerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined && Number.isFinite(w) && w > 0) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const fallback = props.fallbackWidth ?? 640;
  return (
    <div
      ref={ref}
      className={props.className}
      style={{ width: "100%", minWidth: 0, ...props.style }}
    >
      {props.children(width ?? (Number.isFinite(fallback) && fallback > 0 ? fallback : 640))}
    </div>
  );
}
