/**
 * One layout for every email, as plain text and as HTML: a greeting, paragraphs, at most one
 * action link, and a closing note. Every value is escaped for HTML; the text part shows the link's
 * address in full, since many clients show only the text part.
 */
export interface EmailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function renderEmail(content: EmailContent): { subject: string; text: string; html: string } {
  const footer = content.footer ?? 'You are receiving this because this address belongs to a Shelfwise account.';
  const text = [
    content.greeting,
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    '--',
    footer,
  ].join('\n\n');
  const button = content.action
    ? `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>
<p style="color:#555;font-size:13px">Or copy this address into your browser: ${escapeHtml(content.action.url)}</p>`
    : '';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:560px;margin:24px auto;padding:0 16px">
<p>${escapeHtml(content.greeting)}</p>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${button}
<hr style="border:none;border-top:1px solid #ddd;margin:24px 0">
<p style="color:#555;font-size:13px">${escapeHtml(footer)}</p>
</body></html>`;
  return { subject: content.subject, text, html };
}
