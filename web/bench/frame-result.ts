/** What the frame-time page (frames.ts) reports, for scripts/measure-explorer.ts; free of the DOM so Node's tsconfig checks it too. */
export interface FrameBenchResult {
  /** Which code drew the graph: the variant of the explorer renderer measured. */
  renderer: string;
  nodes: number;
  edges: number;
  /** What WebGL runs on, as the browser reports it (SwiftShader: on the CPU). */
  webgl: string;
  /** How long the tour was planned to last, and how long it took: longer when frames are slower than its steps. */
  tourMs: number;
  elapsedMs: number;
  /** Milliseconds between consecutive animation frames during the tour. */
  frameIntervals: number[];
  /** Milliseconds each sigma render took during the tour. */
  renderDurations: number[];
}
