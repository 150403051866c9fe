/** Boundary cells of the ward lookup grid are split into this many sub-cells per side (4 × 4). */
export const SUB_CELLS_PER_SIDE = 4
