"use client";
import type { ComponentType } from "react";
import { ResponsiveContainer } from "./ResponsiveContainer.js";

/** Wraps a chart so that, without a `width` prop, it takes its container's width. */
export function withWidth<P extends { width?: number }>(
  Chart: ComponentType<P & { width: number }>,
) {
  function Responsive(props: P) {
    const w = props.width;
    if (typeof w === "number" && Number.isFinite(w) && w > 0) return <Chart {...props} width={w} />;
    return (
      <ResponsiveContainer>{(width) => <Chart {...props} width={width} />}</ResponsiveContainer>
    );
  }
  return Responsive;
}
