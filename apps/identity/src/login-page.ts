const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE = `
  body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f5f7;color:#1b1f24;margin:0;line-height:1.5}
  main{max-width:26rem;margin:3rem auto;background:#fff;padding:2rem;border-radius:8px;border:1px solid #c9ced6}
  h1{font-size:1.5rem;margin:0 0 .25rem}
  p.realm{margin:0 0 1.5rem;color:#3d4450}
  label{display:block;font-weight:600;margin-top:1rem}
  input{display:block;width:100%;box-sizing:border-box;font-size:1rem;padding:.6rem;border:2px solid #5a6270;border-radius:4px;margin-top:.25rem}
  input[aria-invalid=true]{border-color:#b00020}
  button{margin-top:1.5rem;width:100%;font-size:1rem;font-weight:600;padding:.7rem;border:0;border-radius:4px;background:#0b5394;color:#fff;cursor:pointer}
  :focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
  .error{background:#fde8ea;border-left:4px solid #b00020;color:#6b0012;padding:.75rem;margin-bottom:1rem}
  .note{font-size:.9rem;color:#3d4450;margin-top:1.5rem}`;

/** Keycloak's login page, in Swedish: username or e-mail and password. */
export function loginPage(options: { action: string; username?: string; error?: string; clientName: string }): string {
  const error = options.error ? `<div class="error" id="inloggningsfel" role="alert">${escapeHtml(options.error)}</div>` : '';
  const invalid = options.error ? ' aria-invalid="true" aria-describedby="inloggningsfel"' : '';
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Logga in – Projektkontor Östergötland</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Logga in</h1>
<p class="realm">till ${escapeHtml(options.clientName)}</p>
${error}
<form method="post" action="${escapeHtml(options.action)}" novalidate>
<label for="username">Användarnamn eller e-post</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(options.username ?? '')}"${invalid}${options.username ? '' : ' autofocus'}>
<label for="password">Lösenord</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}${options.username ? ' autofocus' : ''}>
<button type="submit">Logga in</button>
</form>
<p class="note">Testinloggning (ersättare för Keycloak). Demoanvändarnas lösenord är <strong>demo</strong>.</p>
</main>
</body>
</html>`;
}
