// Brings in mdast-util-to-hast's typing of `data.hName` / `hProperties` / `hChildren` on mdast nodes,
// which the directive plugins here use to choose the HTML they become.
import type {} from 'mdast-util-to-hast';
