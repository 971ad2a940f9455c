import { t as translate } from '../../lib/i18n';
import type { Attachment } from '../../lib/links/attachments';

export interface AttachmentListProps {
  attachments: Attachment[];
  /** Opens one in the viewer (the caller sends the message or opens the tab). */
  onOpen: (attachment: Attachment) => void;
  t?: (key: string, substitutions?: string[]) => string;
}

/** The PDF and Word files a page links or embeds, each with an "Open" button. Nothing when none. */
export function AttachmentList({
  attachments,
  onOpen,
  t = (key, subs) => translate(key as never, subs),
}: AttachmentListProps) {
  if (attachments.length === 0) return null;
  return (
    <section class="attachments" data-testid="attachments">
      <h2>{t('attachmentsTitle')}</h2>
      <ul>
        {attachments.map((attachment) => (
          <li key={attachment.url} data-kind={attachment.kind}>
            <span class="attachment-kind">{attachment.kind.toUpperCase()}</span>{' '}
            <span class="attachment-title" title={attachment.url}>
              {attachment.title}
            </span>
            {attachment.via === 'embed' && <span class="attachment-via"> ({t('attachmentsViaEmbed')})</span>}{' '}
            <button type="button" onClick={() => onOpen(attachment)}>
              {t('attachmentsOpen')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
