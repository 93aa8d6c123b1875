import { escapeXml } from './xml.ts';

/**
 * The canvas as SVG. Sigma draws with WebGL and has no SVG export, so the picture is redrawn from what the
 * renderer shows (positions in pixels, colours, sizes, labels; see picture.ts): lines, then circles, then
 * labels, on a white background, the order sigma paints them in. DOM-free, so it is tested in Node.
 */

export interface PictureNode {
  id: string;
  x: number;
  y: number;
  radius: number;
  colour: string;
  /** Null when the canvas shows no label for it. */
  label: string | null;
  /** The type's pictogram, an SVG path in a 24×24 box (model/styles.ts), drawn white inside the circle. */
  icon?: string | null;
}

export interface PictureEdge {
  id: string;
  source: string;
  target: string;
  colour: string;
  width: number;
}

export interface Picture {
  width: number;
  height: number;
  title: string;
  nodes: PictureNode[];
  edges: PictureEdge[];
}

const LABEL_FONT = 'font-family="system-ui, sans-serif" font-size="12"';

/** Two decimals are finer than a pixel; fewer digits make a smaller file. */
const px = (value: number) => String(Math.round(value * 100) / 100);

export function toSvg(picture: Picture): string {
  const positions = new Map(picture.nodes.map((node) => [node.id, node]));
  const lines = picture.edges.flatMap((edge) => {
    const from = positions.get(edge.source);
    const to = positions.get(edge.target);
    if (!from || !to) return [];
    return [
      `    <line x1="${px(from.x)}" y1="${px(from.y)}" x2="${px(to.x)}" y2="${px(to.y)}" stroke="${escapeXml(edge.colour)}" stroke-width="${px(Math.max(edge.width, 0.5))}"/>`,
    ];
  });
  const circles = picture.nodes.map(
    (node) => `    <circle cx="${px(node.x)}" cy="${px(node.y)}" r="${px(Math.max(node.radius, 0.5))}" fill="${escapeXml(node.colour)}"/>`,
  );
  // The pictogram fills the middle of the circle, about as large as on the canvas.
  const icons = picture.nodes.flatMap((node) => {
    if (!node.icon) return [];
    const side = node.radius * 1.2;
    const at = `translate(${px(node.x - side / 2)} ${px(node.y - side / 2)}) scale(${px(side / 24)})`;
    return [`    <path transform="${at}" d="${escapeXml(node.icon)}"/>`];
  });
  const labels = picture.nodes.flatMap((node) =>
    node.label
      ? [`    <text x="${px(node.x + node.radius + 3)}" y="${px(node.y + 4)}">${escapeXml(node.label)}</text>`]
      : [],
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(picture.width)}" height="${px(picture.height)}" viewBox="0 0 ${px(picture.width)} ${px(picture.height)}" role="img">`,
    `  <title>${escapeXml(picture.title)}</title>`,
    `  <rect width="100%" height="100%" fill="#ffffff"/>`,
    '  <g class="edges">',
    ...lines,
    '  </g>',
    '  <g class="nodes">',
    ...circles,
    '  </g>',
    '  <g class="icons" fill="#ffffff" fill-rule="evenodd">',
    ...icons,
    '  </g>',
    `  <g class="labels" fill="#1a1a1a" ${LABEL_FONT}>`,
    ...labels,
    '  </g>',
    '</svg>',
    '',
  ].join('\n');
}
