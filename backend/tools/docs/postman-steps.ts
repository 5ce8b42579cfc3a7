// The pieces of Postman test scripts (run in Postman's sandbox, pm.*) that the session's folders share.

export const status = (code: number) => `pm.test('answers ${code}', () => pm.response.to.have.status(${code}));`;
export const problem = (code: number, name: string) => [
  status(code),
  `pm.test('problem code is ${name}', () => pm.expect(pm.response.json().code).to.eql('${name}'));`,
];
export const save = (variable: string, expression: string) => `pm.collectionVariables.set('${variable}', ${expression});`;

/** Saves the token of the emailed link to `page` from the newest message whose subject starts with `subject`. */
export const linkSaved = (variable: string, page: string, subject: string) => [
  `const message = pm.response.json().find((m) => m.subject.startsWith('${subject}'));`,
  `pm.test('the email arrived', () => pm.expect(message).to.be.an('object'));`,
  `${save(variable, `(/\\/${page}\\?token=([A-Za-z0-9_-]+)/.exec(message.text) || [])[1]`)}`,
];

export const tokensSaved = [
  "pm.test('returns a token pair', () => { const b = pm.response.json(); pm.expect(b.accessToken).to.be.a('string'); pm.expect(b.refreshToken).to.be.a('string'); });",
  "pm.test('sets the refresh cookie', () => pm.expect(pm.cookies.has('shelfwise_refresh')).to.be.true);",
  save('accessToken', 'pm.response.json().accessToken'),
];
