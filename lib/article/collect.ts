/**
 * Second pass: walks the article containers in document order and builds the text a
 * reader sees, with its map back to the Text nodes (see text-map.ts).
 */
import { isExcluded, isInline, isPreformatted, type DomRuleOptions } from './dom-rules';
import { TextMapBuilder } from './text-map';
import { nextNode, isElement, isText, STEP_CHUNK } from './walk';

export function* collectText(roots: Element[], builder: TextMapBuilder, opts: DomRuleOptions): Generator<void, void> {
  let steps = 0;
  for (const root of roots) {
    builder.addBlockBreak();
    if (isExcluded(root, opts)) continue;
    // Elements the walk is inside of: leaving a block ends its line, leaving a <pre> ends preserving.
    const open: Element[] = [];
    let pre = 0;
    let node: Node | null = root.firstChild;
    while (node) {
      let skip = false;
      if (isElement(node)) {
        skip = isExcluded(node, opts);
        if (!skip) {
          if (node.tagName.toUpperCase() === 'BR') builder.addLineBreak();
          else if (!isInline(node)) builder.addBlockBreak();
          if (node.firstChild) {
            open.push(node);
            if (isPreformatted(node)) pre++;
          }
        }
      } else if (isText(node)) {
        builder.addText(node, pre > 0);
      }
      node = nextNode(node, root, skip);
      while (open.length && !(node && open[open.length - 1].contains(node))) {
        const el = open.pop()!;
        if (!isInline(el)) builder.addBlockBreak();
        if (isPreformatted(el)) pre--;
      }
      if (++steps % STEP_CHUNK === 0) yield;
    }
  }
}
