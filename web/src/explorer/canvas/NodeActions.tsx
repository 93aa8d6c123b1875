import { type JSX, useEffect, useRef, useState } from 'react';
import { relationshipLabel } from '../model/styles.ts';
import type { CanvasNode, RelationshipType } from '../model/types.ts';
import { TypeBadge } from '../search/SearchBox.tsx';

export type RelationshipCounts = { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; counts: { type: RelationshipType; count: number }[] };

export interface NodeActionsProps {
  node: CanvasNode;
  counts: RelationshipCounts;
  canCollapse: boolean;
  onExpand(follow: RelationshipType[] | null): void;
  onCollapse(): void;
  onTogglePin(): void;
  onHide(): void;
  onRemove(): void;
}

/** What can be done to the selected node, as buttons: the keyboard's way to what double-click and drag do. */
export function NodeActions(props: NodeActionsProps): JSX.Element {
  const { node } = props;
  const [menuOpen, setMenuOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => setMenuOpen(false), [node.id]);
  useEffect(() => {
    if (menuOpen) menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [menuOpen]);
  const total = props.counts.status === 'done' ? props.counts.counts.reduce((sum, { count }) => sum + count, 0) : null;
  return (
    <div className="node-actions" role="toolbar" aria-label={`Actions on ${node.label}`}>
      <span className="node-actions-name">
        <TypeBadge type={node.type} /> <strong>{node.label}</strong>
      </span>
      <button type="button" onClick={() => props.onExpand(null)} aria-label={`Expand all neighbours of ${node.label}`}>
        Expand{total !== null ? ` (${total})` : ''}
      </button>
      <div className="menu-anchor">
        <button
          ref={toggle}
          type="button"
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen((open) => !open)}
          aria-label="Expand by relationship type"
        >
          By type ▾
        </button>
        {menuOpen && (
          <div
            className="menu"
            role="menu"
            ref={menu}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setMenuOpen(false);
                toggle.current?.focus();
                event.preventDefault();
              }
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
                const index = items.indexOf(document.activeElement as HTMLButtonElement);
                items[(index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
                event.preventDefault();
              }
            }}
          >
            <ExpandByType counts={props.counts} onExpand={(type) => { setMenuOpen(false); props.onExpand([type]); }} />
          </div>
        )}
      </div>
      <button type="button" onClick={props.onCollapse} disabled={!props.canCollapse} aria-label={`Collapse what expanding ${node.label} added`}>
        Collapse
      </button>
      <button type="button" onClick={props.onTogglePin} aria-pressed={node.pinned} aria-label={node.pinned ? `Unpin ${node.label}` : `Pin ${node.label} where it is`}>
        {node.pinned ? 'Unpin' : 'Pin'}
      </button>
      <button type="button" onClick={props.onHide} aria-label={`Hide ${node.label}`}>
        Hide
      </button>
      <button type="button" onClick={props.onRemove} aria-label={`Remove ${node.label} from the canvas`}>
        Remove
      </button>
    </div>
  );
}

function ExpandByType({ counts, onExpand }: { counts: RelationshipCounts; onExpand(type: RelationshipType): void }): JSX.Element {
  if (counts.status === 'loading') {
    return (
      <p className="menu-note" role="status">
        <span className="spinner" aria-hidden="true" /> Counting relationships…
      </p>
    );
  }
  if (counts.status === 'error') return <p className="menu-note error" role="alert">{counts.message}</p>;
  if (counts.counts.length === 0) return <p className="menu-note">It has no relationships.</p>;
  return (
    <>
      {counts.counts.map(({ type, count }) => (
        <button key={type} type="button" role="menuitem" onClick={() => onExpand(type)}>
          <span>{relationshipLabel(type)}</span> <span className="count">{count}</span>
        </button>
      ))}
    </>
  );
}
