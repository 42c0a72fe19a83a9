import type { NodeLabelDrawingFunction } from 'sigma/rendering';

/**
 * Sigma's label, on a white band: the labels' layer is drawn above the edges and their labels, so a
 * node's name stays readable where an edge or an edge's label runs under it.
 */
export const drawLabelOnBand: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(data.label).width;
  const x = data.x + data.size + 3;
  context.fillStyle = 'rgba(255, 255, 255, 0.88)';
  context.fillRect(x - 2, data.y - size / 2 - 3, width + 4, size + 6);
  context.fillStyle = '#111';
  context.fillText(data.label, x, data.y + size / 3);
};
