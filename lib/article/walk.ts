/**
 * Document-order traversal that can skip a subtree, without recursion (pages nest deep)
 * and without TreeWalker filters (callbacks into a filter are slow in an isolated world).
 */

/** The node after `node` within `root`; `skipChildren` steps over `node`'s subtree. */
export function nextNode(node: Node, root: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  let n: Node | null = node;
  while (n && n !== root) {
    if (n.nextSibling) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

export function isElement(n: Node): n is Element {
  return n.nodeType === ELEMENT_NODE;
}

export function isText(n: Node): n is Text {
  return n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE;
}

/** Steps between checks of the time budget in chunked walks. */
export const STEP_CHUNK = 256;
