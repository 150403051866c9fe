/**
 * How near (degrees, ~0.1 mm) an edge must pass to a cell or sub-cell of the ward lookup grid for it
 * to count as touched, and the slack used when sorting edges into west of / over / east of a cell.
 * Far above the ~1e-13° by which rounding can move a point across a cell line.
 */
export const GRID_MARGIN_DEGREES = 1e-9
