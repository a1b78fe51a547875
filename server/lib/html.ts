// Server-rendered pages for the few moments the React app cannot render
// (a failed install, a missing build): branded and styled, never blank.
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => escapes[c]!);

export function renderMessagePage(input: { title: string; message: string; tone?: 'error' | 'info'; action?: { href: string; label: string } }): string {
  const accent = input.tone === 'error' ? '#db3643' : '#3c64f4';
  const action = input.action
    ? `<p><a class="btn" href="${escapeHtml(input.action.href)}">${escapeHtml(input.action.label)}</a></p>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)} · Tandem</title>
<style>
  body{margin:0;font-family:"Source Sans 3","Source Sans Pro",system-ui,sans-serif;background:#f6f7fc;color:#313440}
  main{max-width:640px;margin:48px auto;background:#fff;border-radius:4px;box-shadow:0 1px 6px rgba(49,52,64,.2);padding:32px}
  .brand{font-weight:600;color:#3c64f4;letter-spacing:.02em;margin-bottom:16px}
  h1{font-size:24px;margin:0 0 12px;border-left:4px solid ${accent};padding-left:12px}
  p{line-height:1.5;color:#5e637a}
  .btn{display:inline-block;background:#3c64f4;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none}
</style></head>
<body><main><div class="brand">Tandem</div><h1>${escapeHtml(input.title)}</h1><p>${escapeHtml(input.message)}</p>${action}</main></body></html>`;
}
