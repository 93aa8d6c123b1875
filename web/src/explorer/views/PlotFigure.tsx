import { type JSX, type MouseEvent, useEffect, useRef, useState } from 'react';

/*
 * A chart drawn by Observable Plot inside React: Plot makes a DOM element, which is swapped in whenever what
 * it draws or the width it has changes. Marks given an `href` of `openHref(id)` become links in the SVG, so a
 * figure or an event can be opened by click or, focused with Tab, by Enter, and never navigate the page.
 */

const OPEN = '#open-entity=';

export function openHref(id: string): string {
  return `${OPEN}${encodeURIComponent(id)}`;
}

export function PlotFigure({
  draw,
  label,
  onOpen,
  className,
}: {
  /** Makes the chart for a width in pixels; a new function redraws it, so memoise it on what it draws. */
  draw(width: number): Element;
  label: string;
  onOpen(id: string): void;
  className?: string;
}): JSX.Element {
  const container = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      // Whole pixels, so a sub-pixel jitter of the panel does not redraw the chart.
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = container.current;
    if (!element || width === 0) return;
    const chart = draw(width);
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [draw, width]);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const link = (event.target as Element).closest('a');
    const href = link?.getAttribute('href') ?? link?.getAttribute('xlink:href');
    if (!href?.startsWith(OPEN)) return;
    event.preventDefault();
    onOpen(decodeURIComponent(href.slice(OPEN.length)));
  }

  return (
    // The links inside are the keyboard way in; the container only catches their clicks.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div ref={container} className={`plot-figure ${className ?? ''}`} role="group" aria-label={label} onClick={onClick} />
  );
}
