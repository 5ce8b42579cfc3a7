import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startMailCatcher, type MailCatcher } from '../src/mail-catcher.js';

/** One SMTP conversation, line by line, as any client has it; resolves with the server's replies. */
async function sendRawMail(smtpUrl: string, message: { from: string; to: string; subject: string; body: string }): Promise<string[]> {
  const { hostname, port } = new URL(smtpUrl);
  const socket = connect(Number(port), hostname);
  const replies: string[] = [];
  let buffer = '';
  const nextReply = () =>
    new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        buffer += chunk.toString();
        // A reply ends with a line "NNN text" (multi-line replies use "NNN-text" before it).
        const lines = buffer.split('\r\n');
        const end = lines.findIndex((line) => /^\d{3} /.test(line));
        if (end === -1) return;
        buffer = lines.slice(end + 1).join('\r\n');
        socket.off('data', onData);
        resolve(lines[end]!);
      };
      socket.on('data', onData);
      socket.once('error', reject);
    });
  const say = async (line: string) => {
    socket.write(`${line}\r\n`);
    replies.push(await nextReply());
  };
  replies.push(await nextReply());
  await say('EHLO test.example');
  await say(`MAIL FROM:<${message.from}>`);
  await say(`RCPT TO:<${message.to}>`);
  await say('DATA');
  await say(`From: ${message.from}\r\nTo: ${message.to}\r\nSubject: ${message.subject}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${message.body}\r\n.`);
  await say('QUIT');
  socket.end();
  return replies;
}

describe('the mail catcher', () => {
  let catcher: MailCatcher | undefined;
  afterEach(async () => {
    await catcher?.close();
    catcher = undefined;
  });

  it('when a message arrives over SMTP, then waitFor finds it and the JSON list and the page show it, escaped', async () => {
    catcher = await startMailCatcher();
    const replies = await sendRawMail(catcher.smtpUrl, { from: 'app@example.com', to: 'ann@example.com', subject: 'Hello <Ann>', body: '<p>Hi <b>Ann</b></p>' });

    expect(replies.at(-2)).toMatch(/^250 /);
    const message = await catcher.waitFor((m) => m.to.includes('ann@example.com'));
    expect(message.subject).toBe('Hello <Ann>');
    expect(message.html).toContain('<b>Ann</b>');
    const list = (await (await fetch(new URL('/api/messages', catcher.webUrl))).json()) as { subject: string }[];
    expect(list.map((m) => m.subject)).toEqual(['Hello <Ann>']);
    const page = await (await fetch(catcher.webUrl)).text();
    expect(page).toContain('Hello &lt;Ann&gt;');
    expect(page).not.toContain('Hello <Ann>');
  });

  it('when a script asks for the messages to an address with wait, and a subject, then the answer waits for the one that arrives and lists only those', async () => {
    catcher = await startMailCatcher();
    await sendRawMail(catcher.smtpUrl, { from: 'app@example.com', to: 'other@example.com', subject: 'Not this', body: 'x' });
    await sendRawMail(catcher.smtpUrl, { from: 'app@example.com', to: 'erin@example.com', subject: 'Earlier', body: 'x' });
    const answer = fetch(new URL('/api/messages?to=erin@example.com&subject=this&wait=5', catcher.webUrl));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await sendRawMail(catcher.smtpUrl, { from: 'app@example.com', to: 'erin@example.com', subject: 'This one', body: 'y' });

    const list = (await (await answer).json()) as { subject: string }[];
    expect(list.map((m) => m.subject)).toEqual(['This one']);
  });

  it('when told to refuse the next message, then that one gets a temporary 451 and the one after is caught', async () => {
    catcher = await startMailCatcher();
    catcher.refuseNext(1);
    const refused = await sendRawMail(catcher.smtpUrl, { from: 'app@example.com', to: 'bob@example.com', subject: 'First', body: 'one' });
    const accepted = await sendRawMail(catcher.smtpUrl, { from: 'app@example.com', to: 'bob@example.com', subject: 'Second', body: 'two' });

    expect(refused.at(-2)).toMatch(/^451 /);
    expect(accepted.at(-2)).toMatch(/^250 /);
    expect(catcher.messages().map((m) => m.subject)).toEqual(['Second']);
  });

  it('when no matching message arrives in time, then waitFor rejects naming what did arrive', async () => {
    catcher = await startMailCatcher();
    await sendRawMail(catcher.smtpUrl, { from: 'app@example.com', to: 'carol@example.com', subject: 'Other', body: 'x' });

    await expect(catcher.waitFor((m) => m.to.includes('dave@example.com'), 200)).rejects.toThrow(/"Other" to carol@example.com/);
  });
});
