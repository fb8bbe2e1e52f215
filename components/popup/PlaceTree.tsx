/** The page's places as a tree from province down; places named in the text are buttons that reveal them. */
import type { PlaceMention } from '../../lib/schema/extraction';
import { placeTree, type PlaceNode } from './summarize';
import { useT } from './i18n';

export function PlaceTree({ places, onReveal }: { places: PlaceMention[]; onReveal: (p: PlaceMention) => void }) {
  const t = useT();
  if (places.length === 0) return <p class="dl-empty">{t('popup_no_places')}</p>;
  return (
    <ul class="dl-tree" data-testid="place-tree" aria-label={t('popup_places_heading')}>
      {placeTree(places).map((n) => (
        <Node key={n.key} node={n} onReveal={onReveal} />
      ))}
    </ul>
  );
}

function Node({ node, onReveal }: { node: PlaceNode; onReveal: (p: PlaceMention) => void }) {
  const t = useT();
  const first = node.mentions[0];
  return (
    <li data-place={node.name}>
      {first ? (
        <button type="button" class="dl-link" lang="zh" onClick={() => onReveal(first)} title={t('popup_reveal_hint')}>
          {node.name}
        </button>
      ) : (
        <span class="dl-tree__implied" lang="zh" title={t('popup_place_implied')}>
          {node.name}
        </span>
      )}
      {node.level && <span class="dl-tree__level">{t(`popup_level_${node.level}`)}</span>}
      {node.mentions.length > 1 && <span class="dl-tree__count">×{node.mentions.length}</span>}
      {first && first.code === null && <span class="dl-tree__nocode">{t('popup_place_no_code')}</span>}
      {node.children.length > 0 && (
        <ul>
          {node.children.map((c) => (
            <Node key={c.key} node={c} onReveal={onReveal} />
          ))}
        </ul>
      )}
    </li>
  );
}
