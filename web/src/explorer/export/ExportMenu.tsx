import { toBlob } from '@sigma/export-image';
import { type JSX, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type Sigma from 'sigma';
import type { CanvasGraph } from '../model/types.ts';
import { downloadBlob, downloadText } from './download.ts';
import { viewFileName } from './file-names.ts';
import { toGraphML } from './graphml.ts';
import { toJson } from './json.ts';
import { pictureOf } from './picture.ts';
import { toSvg } from './svg.ts';
import '../views/views.css';

interface ExportFormat {
  id: 'png' | 'svg' | 'json' | 'graphml';
  label: string;
  hint: string;
}

const FORMATS: ExportFormat[] = [
  { id: 'png', label: 'PNG image', hint: 'the view as you see it' },
  { id: 'svg', label: 'SVG drawing', hint: 'the view, scalable, for editing' },
  { id: 'json', label: 'JSON', hint: 'the visible entities and relationships' },
  { id: 'graphml', label: 'GraphML', hint: 'the visible subgraph, for Gephi or Cytoscape' },
];

/**
 * The export draws a second renderer, whose node icons are images it loads anew: it is given a moment to load
 * them and then drawn once more, right before the picture is taken (in the same task, while WebGL's buffer
 * still holds the frame).
 */
async function drawWithIcons(renderer: Sigma): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  renderer.refresh();
}

type Props = { graph: CanvasGraph; visible: { nodeIds: string[]; edgeIds: string[] }; getRenderer(): Sigma | null };

async function exportAs(format: ExportFormat['id'], { graph, visible, getRenderer }: Props): Promise<void> {
  const fileName = viewFileName(graph, visible, format);
  switch (format) {
    case 'json':
      return downloadText(toJson(graph, visible), fileName, 'application/json');
    case 'graphml':
      return downloadText(toGraphML(graph, visible), fileName, 'application/graphml+xml');
    case 'svg':
    case 'png': {
      const sigma = getRenderer();
      if (!sigma) throw new Error('The canvas is not drawn yet, so there is no picture to export. Try again once it shows.');
      if (format === 'svg') {
        const title = `Kazakhstan–China graph: ${fileName.replace(/\.svg$/, '').replaceAll('-', ' ')}`;
        return downloadText(toSvg(pictureOf(sigma, graph, visible, title)), fileName, 'image/svg+xml');
      }
      // A white background, as in the SVG: a transparent PNG is unreadable on a dark slide or viewer.
      const blob = await toBlob(sigma, { format: 'png', backgroundColor: '#ffffff', withTempRenderer: drawWithIcons });
      return downloadBlob(blob, fileName);
    }
  }
}

/**
 * The Export menu: a menu button (WAI-ARIA pattern) with the four formats. Arrow keys, Home and End move through
 * the items, Enter or Space exports, Escape closes and gives focus back to the button.
 */
export function ExportMenu(props: Props): JSX.Element {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();
  const empty = props.visible.nodeIds.length === 0;

  useEffect(() => {
    if (open) items.current[0]?.focus();
  }, [open]);

  useEffect(() => {
    if (status?.kind !== 'done') return;
    const timer = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  async function choose(format: ExportFormat) {
    close();
    try {
      await exportAs(format.id, props);
      setStatus({ kind: 'done', text: `Exported the view as ${format.label}.` });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'error', text: `The ${format.label} export failed: ${reason}` });
    }
  }

  function onMenuKey(event: KeyboardEvent<HTMLUListElement>) {
    const current = items.current.indexOf(document.activeElement as HTMLButtonElement);
    const last = FORMATS.length - 1;
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      const next = (moves[event.key]! + FORMATS.length) % FORMATS.length;
      items.current[next]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      close();
    }
  }

  return (
    <div
      className="export-menu"
      onBlur={(event) => {
        // Closes when focus leaves the menu for elsewhere on the page, as a click outside does.
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={empty ? 'Export: nothing is on the canvas to export' : 'Export the view'}
        disabled={empty}
        title={empty ? 'Put something on the canvas first' : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export ▾
      </button>
      {open && (
        <ul id={menuId} role="menu" aria-label="Export formats" onKeyDown={onMenuKey}>
          {FORMATS.map((format, index) => (
            <li key={format.id} role="none">
              <button
                ref={(element) => {
                  items.current[index] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-format={format.id}
                aria-label={`${format.label}: ${format.hint}`}
                onClick={() => void choose(format)}
              >
                {format.label}
                <small>{format.hint}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
      {status && (
        <p className={`view-status export-status ${status.kind === 'error' ? 'view-error' : ''}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </div>
  );
}
