import { useState } from 'preact/hooks';
import { useApp } from '../context.js';
import type { MediaRef } from '../lib/draft.js';
import { boxStyle, photoFacts, photoSummary } from '../lib/insights.js';

/** Height of the picture, px; narrow panels shrink it to fit. */
const PICTURE_HEIGHT = 148;

/**
 * What analysis saw in a photo, quietly: the photo with its face boxes outlined and its focus point as
 * a dot, and one line of facts under it (faces, the people layer for parallax, curation flags).
 */
export function PhotoInsight({
  media,
  src,
  fallbackName,
}: {
  media: MediaRef;
  src: string | undefined;
  fallbackName: string;
}) {
  const { t } = useApp();
  // The picture's own proportions once loaded (upright, as the browser shows it); the draft's until then.
  const [natural, setNatural] = useState<{ src: string; ratio: number } | undefined>();
  const ratio =
    natural && natural.src === src
      ? natural.ratio
      : media.width && media.height
        ? media.width / media.height
        : 4 / 3;
  const facts = photoFacts(media, t);
  const summary = photoSummary(media, t, t('insight.summary.photo', { name: fallbackName }));
  return (
    <figure class="insight" data-testid="photo-insight">
      {src ? (
        <div
          class="insight-frame"
          style={{
            aspectRatio: String(ratio),
            width: `min(100%, ${Math.round(PICTURE_HEIGHT * ratio)}px)`,
          }}
        >
          <img
            src={src}
            alt={summary}
            onLoad={(event) => {
              const image = event.currentTarget;
              if (image.naturalWidth > 0 && image.naturalHeight > 0)
                setNatural({ src, ratio: image.naturalWidth / image.naturalHeight });
            }}
          />
          {(media.faces ?? []).map((face, i) => (
            <span class="insight-face" key={`f${i}`} style={boxStyle(face)} aria-hidden="true" />
          ))}
          {media.focus ? (
            <span
              class="insight-focus"
              style={{
                left: `${(media.focus.x * 100).toFixed(2)}%`,
                top: `${(media.focus.y * 100).toFixed(2)}%`,
              }}
              aria-hidden="true"
            />
          ) : null}
        </div>
      ) : null}
      <figcaption class="insight-facts small" data-testid="photo-facts">
        {src ? null : <span class="visually-hidden">{summary}. </span>}
        {facts.map((fact, i) => (
          <span key={fact.text}>
            {i > 0 ? <span class="insight-sep"> · </span> : null}
            <span class={fact.tone ? `fact-${fact.tone}` : undefined}>{fact.text}</span>
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
